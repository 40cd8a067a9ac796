"""Qt widgets. Calls app/ only; never writes SQL."""
from ui.shell import pyside_guard
