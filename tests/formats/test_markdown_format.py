"""Markdown (.md): YAML front matter fields, `# Heading` titles, positions, and front matter edits."""

from __future__ import annotations

import pytest

from artlint.formats.base import DEFAULT_FIELDS, FileData
from artlint.formats.markdown import MarkdownDocument
from artlint.linter import FileResult
from artlint.testing import fix_text, lint_text, session

FRONT = (
    "---\n"
    "title: Ferry timetable cut for the winter\n"
    "author: Tomasz Wren\n"
    "url: https://islandherald.example/news/ferry-winter-timetable\n"
    "# kept as written: comment, list, quoting\n"
    "tags: [ferries, transport]\n"
    "section: 'Islands'\n"
    "---\n"
)
BODY = (
    "\n"
    "BRANNOCH, 2 October 2024 - The island ferry will sail twice a day instead of four times from November.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "The operator blamed a shortage of engineers.\n"
)


def document(text: str) -> MarkdownDocument:
    return MarkdownDocument("article.md", text.encode("utf-8"), DEFAULT_FIELDS)


def process(data: bytes, *, fix: bool = False, unsafe: bool = False) -> FileResult:
    result = session().linter.process("article.md", FileData("article.md", data), fix=fix, unsafe=unsafe)
    assert result is not None
    return result


def test_front_matter_fields_are_read():
    text = FRONT.replace("section:", "date: 2024-10-02\nsection:") + BODY
    article = document(text).entries[0]
    assert article.structured
    assert article.title == "Ferry timetable cut for the winter"
    assert article.value("author") == "Tomasz Wren"
    assert article.value("url") == "https://islandherald.example/news/ferry-winter-timetable"
    assert article.value("date") == "2024-10-02"
    assert dict(article.meta) == {"tags": ["ferries", "transport"], "section": "Islands"}
    assert article.body.value == BODY


def test_front_matter_date_aliases_and_datetimes():
    text = "---\ntitle: Ferry timetable cut\npublished: 2024-10-02T08:30:00\n---\nThe ferry sails less.\n"
    assert document(text).entries[0].value("date") == "2024-10-02T08:30:00"


def test_leading_heading_is_the_title_without_front_matter():
    text = "\n# Ferry timetable cut for the winter\n\nThe island ferry will sail twice a day.\n"
    article = document(text).entries[0]
    assert article.title == "Ferry timetable cut for the winter"
    assert not article.structured
    assert article.body.value == "\n\nThe island ferry will sail twice a day.\n"
    assert article.file_position("title", 0) == (2, 3)


def test_leading_heading_is_the_title_when_front_matter_has_none():
    text = "---\nauthor: Tomasz Wren\n---\n# Ferry timetable cut for the winter\nThe ferry will sail twice a day.\n"
    article = document(text).entries[0]
    assert article.title == "Ferry timetable cut for the winter"
    assert article.value("author") == "Tomasz Wren"
    assert article.file_position("title", 0) == (4, 3)


def test_heading_is_not_the_title_when_front_matter_has_one():
    text = FRONT + "# A different heading\n\nThe ferry will sail twice a day.\n"
    article = document(text).entries[0]
    assert article.title == "Ferry timetable cut for the winter"
    assert article.body.value.startswith("# A different heading\n")


def test_second_level_heading_is_not_the_title():
    article = document("## Ferry timetable\n\nThe ferry will sail twice a day.\n").entries[0]
    assert article.value("title") == ""


def test_positions_include_the_front_matter_offset():
    found = lint_text(FRONT + BODY, "article.md", select=["advertisement"])
    assert [(f.code, f.line, f.column) for f in found] == [("ART204", 12, 1)]
    assert (FRONT + BODY).splitlines()[11] == "Advertisement"


def test_positions_with_front_matter_and_heading_title():
    text = "---\nauthor: Tomasz Wren\n---\n# Ferry timetable cut\n\nFerry timetable cut\n\nAdvertisement\n"
    found = lint_text(text, "article.md", select=["duplicate-headline", "advertisement"])
    assert [(f.code, f.line) for f in found] == [("ART401", 6), ("ART204", 8)]


def test_missing_date_fix_inserts_date_into_front_matter():
    fixed = fix_text(FRONT + BODY, "article.md", select=["missing-date"], unsafe=True)
    front, rest = fixed[: fixed.index("---\n", 4) + 4], fixed[fixed.index("---\n", 4) + 4 :]
    assert rest == BODY
    assert front == FRONT.replace("section: 'Islands'\n", "section: 'Islands'\ndate: '2024-10-02'\n")
    assert document(fixed).entries[0].value("date") == "2024-10-02"


def test_missing_date_fix_keeps_rest_of_front_matter_byte_identical():
    fixed = fix_text(FRONT + BODY, "article.md", select=["missing-date"], unsafe=True)
    lines = fixed.splitlines(keepends=True)
    inserted = [line for line in lines if line.startswith("date:")]
    assert len(inserted) == 1
    lines.remove(inserted[0])
    assert "".join(lines) == FRONT + BODY


def test_missing_date_fix_fills_an_empty_date_key_in_place():
    text = FRONT.replace("author:", "date:\nauthor:") + BODY
    fixed = fix_text(text, "article.md", select=["missing-date"], unsafe=True)
    assert fixed == text.replace("date:\n", "date: '2024-10-02'\n")


def test_missing_date_fix_keeps_crlf_front_matter():
    data = (FRONT + BODY).replace("\n", "\r\n").encode()
    result = process(data, fix=True, unsafe=True)
    assert result.output is not None
    assert b"date: '2024-10-02'\r\n---\r\n" in result.output
    assert result.output.count(b"\n") == result.output.count(b"\r\n")


def test_missing_date_without_front_matter_has_no_fix():
    text = "# Ferry timetable cut\n\nThe island ferry will sail twice a day instead of four.\n"
    found = lint_text(text, "article.md", select=["missing-date"])
    assert [(f.code, f.fix) for f in found] == [("ART102", None)]


@pytest.mark.parametrize("front, problem", [
    ("---\ntitle: [Ferry timetable\n---\n", "invalid YAML front matter"),
    ("---\ntitle: Ferry: timetable: cut\n---\n", "mapping values are not allowed"),
    ("---\n- ferries\n- transport\n---\n", "not a mapping"),
    ("---\ntitle: Ferry timetable cut\n", "never closed"),
])
def test_invalid_front_matter_is_a_malformed_record(front, problem):
    found = lint_text(front + BODY, "article.md")
    assert [f.code for f in found] == ["ART902"]
    assert problem in found[0].message


def test_invalid_front_matter_file_is_not_rewritten():
    data = ("---\ntitle: [Ferry timetable\n---\n" + BODY).encode()
    result = process(data, fix=True, unsafe=True)
    assert [f.code for f in result.findings] == ["ART902"]
    assert result.output is None


def test_invalid_utf8_markdown_is_unreadable():
    result = process(b"# Ferry timetable\n\nCaf\xe9 on the quay.\n")
    assert [f.code for f in result.findings] == ["ART901"]
    assert "invalid UTF-8" in result.findings[0].message


def test_a_date_key_given_twice_is_set_where_yaml_reads_it() -> None:
    text = ("---\ntitle: Harbour reopens\ndate:\ndate: null\n---\nPublished 14 March 2025\n\n"
            "The harbour reopened on Monday after three weeks of repairs to the sea wall.\n")
    fixed = fix_text(text, "a.md", unsafe=True)
    assert fixed.startswith("---\ntitle: Harbour reopens\ndate:\ndate: '2025-03-14'\n---\n")
