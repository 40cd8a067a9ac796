"""Qt widgets. Calls app/ only; never writes SQL."""
from . import pyside_guard  # noqa: F401  (must run before PySide6 is used much: see the module)
