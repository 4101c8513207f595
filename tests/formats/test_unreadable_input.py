"""Input no format can read: invalid UTF-8, binary data, unsupported extensions named or found by walking."""

from __future__ import annotations

import pytest

from artlint.formats.base import FileData, InputError, decode
from artlint.linter import FileResult
from artlint.run import run_files
from artlint.testing import session

ARTICLE = "Harbour reopens after storm repairs\n\nBoats returned to the quay on 14 March 2024.\n"


def process(path: str, data: bytes, *, fix: bool = False, named: bool = True) -> FileResult | None:
    return session().linter.process(path, FileData(path, data), fix=fix, named=named)


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.json"])
def test_invalid_utf8_is_unreadable_with_the_byte(name):
    data = b"Caf\xe9 on the quay reopens\n\nBoats returned.\n"
    result = process(name, data, fix=True)
    assert result is not None
    assert [f.code for f in result.findings] == ["ART901"]
    assert result.findings[0].message == "invalid UTF-8 at byte 3: b'\\xe9 on'"
    assert result.findings[0].name == "unreadable-file"
    assert result.articles == 0
    assert result.output is None


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.json", "a.jsonl"])
def test_binary_file_is_unreadable(name):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    result = process(name, data)
    assert result is not None
    assert [f.code for f in result.findings] == ["ART901"]
    assert "binary file (NUL bytes)" in result.findings[0].message


def test_invalid_utf16_is_unreadable():
    data = b"\xff\xfe" + "Harbour".encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate
    result = process("a.txt", data)
    assert result is not None
    assert [f.code for f in result.findings] == ["ART901"]
    assert "invalid utf-16-le" in result.findings[0].message


def test_decode_refuses_with_the_reason():
    with pytest.raises(InputError, match="invalid UTF-8 at byte 1"):
        decode(b"a\xffb")
    with pytest.raises(InputError, match="NUL bytes"):
        decode(b"a\x00b")


def test_unsupported_extension_named_is_unreadable():
    result = process("notes.csv", ARTICLE.encode())
    assert result is not None
    assert [f.code for f in result.findings] == ["ART901"]
    assert "not an article format" in result.findings[0].message
    assert ".txt" in result.findings[0].message


def test_unsupported_extension_found_by_walking_is_skipped():
    assert process("notes.csv", ARTICLE.encode(), named=False) is None


def test_folder_walk_skips_unsupported_files_and_reads_the_rest(tmp_path):
    (tmp_path / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\xd8")
    results = {r.path: r for r in run_files(session().linter, [str(tmp_path)])}
    assert sorted(results) == [str(tmp_path / "bad.txt"), str(tmp_path / "harbour.txt")]
    assert [f.code for f in results[str(tmp_path / "bad.txt")].findings] == ["ART901"]
    assert results[str(tmp_path / "harbour.txt")].articles == 1


def test_named_unsupported_file_on_disk_is_reported(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n", encoding="utf-8")
    results = list(run_files(session().linter, [str(path)]))
    assert [(r.path, [f.code for f in r.findings]) for r in results] == [(str(path), ["ART901"])]


def test_missing_named_file_is_a_usage_error(tmp_path):
    results = list(run_files(session().linter, [str(tmp_path / "gone.txt")]))
    assert len(results) == 1
    assert results[0].error is not None and "no such file" in results[0].error


def test_classic_mac_line_breaks_are_refused_not_read_as_one_line():
    from artlint.testing import lint_text as lint

    findings = lint("Title\rBody line one.\rAdvertisement\r")
    assert [(f.code, f.message) for f in findings] == [
        ("ART901", "lines end in CR only (classic Mac); convert them to LF or CRLF")
    ]
    assert [f.code for f in lint("Title\r\nBody.\r\nAdvertisement\r\n", select=["ART204"])] == ["ART204"]
