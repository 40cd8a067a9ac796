"""The Windows-ready build: PyInstaller builds the one-folder program here, and the built program passes the
smoke test (tools/smoke_bundle.py) headless. Takes about half a minute; `pytest -m "not bundle"` skips it.

PyInstaller comes from requirements-dev.txt (./test.sh installs it), so CI always runs this.
"""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import winversion  # noqa: E402

@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """Build once for this module, into a temporary folder (the developer's dist/ stays as it is)."""
    base = tmp_path_factory.mktemp("pyinstaller")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(base / "dist"), "--workpath", str(base / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return base / "dist" / "jiaozheng"


@pytest.mark.bundle
def test_built_program_passes_the_smoke_test(bundle):
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "smoke_bundle.py"), str(bundle)],
                            capture_output=True, text=True, timeout=600)
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert "smoke test passed" in result.stdout


@pytest.mark.bundle
def test_bundle_carries_what_the_program_needs_and_not_what_it_does_not(bundle):
    internal = bundle / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert "resources/fonts/ZFSong-Regular.ttf" in names
    assert "resources/translations/jiaozheng_en.qm" in names
    assert "resources/icons/jiaozheng-32.png" in names
    qt_translations = {n.rsplit("/", 1)[-1] for n in names if "/Qt/translations/" in n}
    assert qt_translations == {"qtbase_zh_CN.qm"}
    unused = [n for n in names if any(part in n for part in
                                      ("QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtMultimedia", "QtNetwork.",
                                       "QtSql", "QtDesigner", "plugins/wayland", "plugins/tls", "libqgtk3"))]
    assert unused == []


@pytest.mark.bundle
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads ELF files")
def test_every_library_the_bundle_links_to_is_in_it(bundle):
    """build.spec leaves out libraries; here every library that a bundled file links to directly must be in
    the bundle too, unless PyInstaller never bundles it (libc, libGL, …). The smoke test alone cannot show
    this on a developer's Linux machine, where a missing library is quietly taken from the system."""
    import shutil

    from PyInstaller.depend import bindepend, dylib

    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) not installed")
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and (".so" in p.name or p.parent == bundle)]
    present = {p.name for p in bundle.rglob("*")}
    missing = set()
    for path in files:
        if path.read_bytes()[:4] != b"\x7fELF":
            continue
        dynamic = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True).stdout
        for line in dynamic.splitlines():
            if "(NEEDED)" in line:
                name = line.split("[", 1)[1].rstrip("]")
                if name in present or name.startswith("ld-linux") or not dylib.include_library(name):
                    continue
                if bindepend.resolve_library_path(name) is None:
                    continue  # not on this machine either, so PyInstaller could not take it (it warned)
                missing.add(f"{name} (needed by {path.relative_to(bundle)})")
    assert not missing, "\n".join(sorted(missing))


def test_version_resource_is_made_from_app_version(tmp_path):
    """The resource text is the VSVersionInfo expression PyInstaller evaluates on Windows (where it needs
    pefile, absent on Linux): evaluate it here with recording stand-ins for its classes."""
    from app import APP_NAME, __version__

    path = winversion.write_version_file(tmp_path / "version.txt")

    def record(kind):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    info = eval(path.read_text(encoding="utf-8"), {name: record(name) for name in names})  # noqa: S307
    numbers = winversion.version_tuple(__version__)
    assert info["ffi"]["filevers"] == numbers == info["ffi"]["prodvers"]
    strings = dict(entry["args"] for entry in info["kids"][0]["args"][0][0]["args"][1])
    assert strings["ProductVersion"] == __version__
    assert strings["FileDescription"] == strings["ProductName"] == APP_NAME
    assert winversion.version_tuple("1.2") == (1, 2, 0, 0)
    assert winversion.version_tuple("2.10.3rc1") == (2, 10, 3, 0)


def test_icon_file_holds_every_size_from_16_to_256():
    import struct

    data = (ROOT / "resources" / "icons" / "jiaozheng.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _height, _colors, _reserved, _planes, bits, _length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and bits == 32
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes


def test_windows_carry_the_program_icon(qtbot):
    from ui.shell.application import create_application

    sizes = {size.width() for size in create_application().windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
