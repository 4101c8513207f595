"""JSON Lines (.jsonl, .jsonl.gz): record index and file line, malformed records, byte-exact unchanged records."""

from __future__ import annotations

import gzip
import json

import pytest

from artlint.article import Span
from artlint.fixes import Edit
from artlint.formats.base import DEFAULT_FIELDS, FileData, InputError, RecordError
from artlint.formats.jsonl import JsonlDocument
from artlint.linter import FileResult
from artlint.testing import session

CLEAN = json.dumps({
    "title": "Orrin valley bus route saved",
    "text": "The county agreed on Monday, 8 July 2024, to keep the number 14 bus running.\n\nRiders had collected 900 signatures.",
    "date": "2024-07-08",
    "source": {"site": "valleypost.example", "rank": 3},
})
WITH_ADVERT = json.dumps({
    "date_publish": "2024-07-09 10:00:00",
    "maintext": "Advertisement\nThe county library will open on Sundays from September.\n\nShare this article",
    "title": "Library to open on Sundays",
}, separators=(",", ":"))
UNDATED = json.dumps({
    "title": "Caf\u00e9 on the quay changes hands",
    "text": "KELLMOUTH, 10 July 2024 - The caf\u00e9 on the quay has new owners.",
}, ensure_ascii=False)
MALFORMED = '{"title": "Storm warning for the coast", "text": "Gales are expected'
RECORDS = [CLEAN, "", WITH_ADVERT, "   ", MALFORMED, UNDATED]
CONTENT = "\n".join(RECORDS) + "\n"


def process(data: bytes, filename: str = "night.jsonl", *, fix: bool = False, unsafe: bool = False) -> FileResult:
    result = session().linter.process(filename, FileData(filename, data), fix=fix, unsafe=unsafe)
    assert result is not None
    return result


def test_blank_lines_are_skipped_and_records_numbered_from_zero():
    doc = JsonlDocument("night.jsonl", CONTENT.encode(), DEFAULT_FIELDS)
    sources = [(e.source.record, e.source.line) for e in doc.entries]
    assert sources == [(0, 1), (1, 3), (2, 5), (3, 6)]
    assert isinstance(doc.entries[2], RecordError)
    assert doc.entries[3].title == "Caf\u00e9 on the quay changes hands"


def test_findings_carry_record_index_and_file_line():
    found = process(CONTENT.encode()).findings
    seen = [(f.code, f.source.record, f.source.line) for f in found]
    assert ("ART204", 1, 3) in seen  # Advertisement
    assert ("ART203", 1, 3) in seen  # Share this article
    assert ("ART102", 3, 6) in seen  # undated
    assert all(f.source.path == "night.jsonl" for f in found)
    assert not [f for f in found if f.source.record == 0]  # the clean record


def test_positions_inside_a_record_are_field_lines():
    found = [f for f in process(CONTENT.encode()).findings if f.code in ("ART203", "ART204")]
    assert [(f.code, f.source.record, f.span.field, f.line) for f in found] == [
        ("ART204", 1, "body", 1), ("ART203", 1, "body", 4)]


def test_malformed_line_names_record_and_line_and_later_records_are_linted():
    found = process(CONTENT.encode()).findings
    malformed = [f for f in found if f.code == "ART902"]
    assert len(malformed) == 1
    assert (malformed[0].source.record, malformed[0].source.line) == (2, 5)
    assert malformed[0].message == "invalid JSON at line 1 column 50: Unterminated string starting"
    assert "night.jsonl:5 [record 2]" == str(malformed[0].source)
    assert any(f.source.record == 3 for f in found if f.code != "ART902")


def test_non_object_record_is_malformed():
    found = process(b'["a list"]\n' + CLEAN.encode() + b"\n").findings
    assert [(f.code, f.source.record) for f in found] == [("ART902", 0)]
    assert "expected a JSON object" in found[0].message


def test_invalid_utf8_in_one_record_is_malformed_and_others_are_read():
    data = b'{"title": "Caf\xe9", "text": "x"}\n' + CLEAN.encode() + b"\n"
    result = process(data)
    assert [(f.code, f.source.record) for f in result.findings] == [("ART902", 0)]
    assert "invalid UTF-8" in result.findings[0].message
    assert result.articles == 1


def test_fix_keeps_untouched_records_byte_identical():
    data = CONTENT.encode()
    result = process(data, fix=True, unsafe=True)
    assert result.output is not None
    before, after = data.split(b"\n"), result.output.split(b"\n")
    assert len(before) == len(after)
    changed = [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
    assert changed == [2, 5]  # the advert record and the undated one; clean, blank and malformed lines stay
    assert json.loads(after[2]) == {
        "date_publish": "2024-07-09 10:00:00",
        "maintext": "The county library will open on Sundays from September.",
        "title": "Library to open on Sundays",
    }
    assert after[2].startswith(b'{"date_publish":"2024-07-09 10:00:00","maintext":')
    assert after[5] == before[5][:-1] + b', "date": "2024-07-10"}'
    assert "Caf\u00e9".encode() in after[5]  # raw UTF-8 stays raw


def test_fix_keeps_crlf_line_endings():
    data = CONTENT.replace("\n", "\r\n").encode()
    result = process(data, filename="night.ndjson", fix=True)
    assert result.output is not None
    assert result.output.count(b"\n") == result.output.count(b"\r\n") == data.count(b"\r\n")


def test_missing_final_newline_is_kept():
    data = (CLEAN + "\n" + WITH_ADVERT).encode()
    result = process(data, fix=True)
    assert result.output is not None
    assert result.output.startswith(CLEAN.encode() + b"\n")
    assert result.output.endswith(b"}")


def test_file_with_nothing_fixable_is_byte_identical():
    data = (CLEAN + "\n\n" + MALFORMED + "\n").encode()
    result = process(data, fix=True, unsafe=True)
    assert [f.code for f in result.findings] == ["ART902"]
    assert result.output is None


def test_gzip_is_read_and_written_back_compressed():
    data = gzip.compress(CONTENT.encode())
    found = process(data, "night.jsonl.gz").findings
    assert {(f.code, f.source.record, f.source.line) for f in found} >= {("ART204", 1, 3), ("ART902", 2, 5)}
    result = process(data, "night.jsonl.gz", fix=True, unsafe=True)
    assert result.output is not None
    assert result.output[:2] == b"\x1f\x8b"
    plain = process(CONTENT.encode(), fix=True, unsafe=True).output
    assert gzip.decompress(result.output) == plain


def test_gzip_without_a_fix_is_byte_identical():
    data = gzip.compress((CLEAN + "\n").encode(), mtime=1234)
    result = process(data, "night.jsonl.gz", fix=True, unsafe=True)
    assert result.findings == []
    assert result.output is None


def test_not_gzip_data_in_a_gz_file_is_unreadable():
    found = process(b'{"title": "x"}\n', "night.jsonl.gz").findings
    assert [f.code for f in found] == ["ART901"]
    assert "gzip" in found[0].message


@pytest.mark.parametrize("data", [
    b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\n\x00\x00\x03\x00>\x00\x01\x00\n\x00\x00",
    "\ufeff".encode("utf-16-le") + (CLEAN + "\n").encode("utf-16-le"),
], ids=["binary", "utf-16"])
def test_binary_or_utf16_jsonl_is_one_unreadable_file(data):
    found = process(data).findings
    assert [f.code for f in found] == ["ART901"]


def test_malformed_record_location_claims_no_field_position():
    from artlint.reporters.location import location

    malformed = [f for f in process(CONTENT.encode()).findings if f.code == "ART902"]
    assert location(malformed[0]).startswith("night.jsonl:5 [record 2]")
    assert "body:" not in location(malformed[0])


LONE_SURROGATE = '{"title":"Caf\u00e9","text":"Share\\nThe caf\u00e9 \\ud83d reopened on Monday."}\n'


def test_lone_surrogate_escape_survives_a_fix():
    result = process(LONE_SURROGATE.encode(), fix=True)
    assert result.output == '{"title":"Caf\u00e9","text":"The caf\u00e9 \\ud83d reopened on Monday."}\n'.encode()


def test_lone_surrogate_record_through_the_cli(run_cli, tmp_path):
    (tmp_path / "a.jsonl").write_text(LONE_SURROGATE, encoding="utf-8")
    result = run_cli("fix", "a.jsonl")
    assert "Fixed 1 finding" in result.output
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == LONE_SURROGATE.replace("Share\\n", "")


def test_replacement_with_a_lone_surrogate_is_written_escaped():
    doc = JsonlDocument("night.jsonl", (CLEAN + "\n" + UNDATED + "\n").encode(), DEFAULT_FIELDS)
    edit = Edit(Span("body", 0, 0), "\ud800")
    article = doc.update(1, {"body": "\ud800" + doc.entries[1].value("body")}, [edit])
    assert article.value("body").startswith("\ud800")
    assert doc.to_bytes().split(b"\n")[1] == UNDATED.replace('"text": "', '"text": "\\ud800').encode()


def test_text_that_cannot_be_encoded_is_an_input_error(monkeypatch):
    doc = JsonlDocument("night.jsonl", (CLEAN + "\n").encode(), DEFAULT_FIELDS)
    monkeypatch.setattr("artlint.formats.jsonl.rewrite", lambda *args: '{"title": "\ud800"}')
    with pytest.raises(InputError, match="cannot be written as UTF-8"):
        doc.update(0, {"title": "\ud800"}, [])
    assert doc.to_bytes() == (CLEAN + "\n").encode()


def test_duplicate_key_makes_that_record_malformed_and_others_are_read():
    data = b'{"title": "A", "text": "Share\\nBody.", "title": "B"}\n' + CLEAN.encode() + b"\n"
    result = process(data, fix=True)
    assert [(f.code, f.source.record, f.source.line) for f in result.findings] == [("ART902", 0, 1)]
    assert result.findings[0].message == "duplicate key 'title' at line 1 column 40: keep one of them"
    assert result.articles == 1
    assert result.output is None
