"""save_replacing: an output file is replaced whole or not at all, and a failure reads in Chinese."""
import pytest

from app.common.files import save_replacing
from app.errors import AppError


def test_a_complete_write_replaces_the_old_file(tmp_path):
    out = tmp_path / "sub" / "导出.xlsx"
    save_replacing(out, lambda part: part.write_bytes(b"old"))
    save_replacing(out, lambda part: part.write_bytes(b"new"))
    assert out.read_bytes() == b"new"
    assert [p.name for p in out.parent.iterdir()] == ["导出.xlsx"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path):
    out = tmp_path / "导出.xlsx"
    out.write_bytes(b"old")

    def half_then_fail(part):
        part.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(AppError, match="无法写入.*No space left on device"):
        save_replacing(out, half_then_fail)
    assert out.read_bytes() == b"old"
    assert not (tmp_path / "导出.xlsx.part").exists()


def test_a_file_held_open_elsewhere_is_named_in_the_message(tmp_path):
    def locked(part):
        raise PermissionError(13, "Permission denied")

    with pytest.raises(AppError, match="无法写入 台账.xlsx：文件可能正在 Excel 或 WPS 中打开"):
        save_replacing(tmp_path / "台账.xlsx", locked)


def test_errors_of_the_writer_itself_pass_through_unchanged(tmp_path):
    def broken(part):
        raise ValueError("bad cell")

    with pytest.raises(ValueError, match="bad cell"):
        save_replacing(tmp_path / "x.xlsx", broken)
    assert not (tmp_path / "x.xlsx.part").exists()
