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

import sys

_SINGLETONS = (None, True, False, NotImplemented, Ellipsis)
_HEADROOM = 1 << 40  # a trillion unmatched releases before trouble


def install() -> bool:
    """Returns True when the guard was needed and applied."""
    if sys.version_info >= (3, 12) or getattr(install, "done", False):
        return False
    import ctypes  # only here: on 3.12 and later, start-up need not load it

    for obj in _SINGLETONS:
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    install.done = True
    return True


def skip_feature_source_scan() -> bool:
    """Spare the start-up PySide6's reading of the source of every module imported after it.

    shibokensupport's import hook (feature.feature_imported) calls inspect.getsource() on each new module to
    see whether it names PySide6 and so might select a `from __feature__ import …` (snake_case,
    true_property). This program selects no feature anywhere, and in the built program, which has no
    source files, every module already comes out "does not use PySide6" — so the answer is fixed to that,
    here too: the start-up from the source tree read ~120 files for nothing (~15 ms). Call after importing
    PySide6. Returns False when this PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True


def _uses_no_feature(_module) -> bool:
    return False


install()
