"""Keep PySide6 6.12 from killing the interpreter on Python 3.11.

PySide6/shiboken6 6.12.0 (abi3 wheels) returns None, True and False from C++ calls without taking a
reference, as is allowed from Python 3.12 on where those objects are immortal. On Python 3.10/3.11 each
call to a void method (setText, setVisible, …) then lowers None's reference count by one, and after a few
thousand calls Python aborts with "Fatal Python error: none_dealloc". PySide6 6.11.3 does not do this.

Until the pinned PySide6 is fixed (or the app runs on Python ≥ 3.12), give these singletons a reference
count so large that it can never reach zero: what 3.12 does by design. Imported by ui/__init__.py, so it
runs before any window is built.
"""
from __future__ import annotations

import ctypes
import sys

_SINGLETONS = (None, True, False, NotImplemented, Ellipsis)
_HEADROOM = 1 << 40  # a trillion unmatched releases before trouble


def install() -> bool:
    """Returns True when the guard was needed and applied."""
    if sys.version_info >= (3, 12) or getattr(install, "done", False):
        return False
    for obj in _SINGLETONS:
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    install.done = True
    return True


install()
