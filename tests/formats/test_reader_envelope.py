"""Jina Reader's text output (.md or .txt): its envelope holds title, URL and date, and is never body."""

from __future__ import annotations

from pathlib import Path

import pytest

from artlint.article import Span, Text
from artlint.config import Settings
from artlint.fixes import Edit, with_heading_underlines
from artlint.formats.base import DEFAULT_FIELDS, FileData
from artlint.formats.markdown import MarkdownDocument, text_document
from artlint.formats.readerenvelope import split_envelope
from artlint.formats.text import TextDocument
from artlint.testing import run_text, session

PARAGRAPHS = (
    "The harbour council voted on Tuesday evening to approve a new ferry timetable, ending a dispute that had left "
    "island residents without an early crossing.\n\n"
    "Under the plan, the first sailing will leave at 6.15am on weekdays, forty-five minutes earlier than at present.\n"
)
HEAD = (
    "Title: Harbour council approves new ferry timetable\n\n"
    "URL Source: https://news.example.com/local/ferry-timetable\n\n"
    "Published Time: 2026-03-14T09:30:00+00:00\n\n"
    "Markdown Content:\n"
)
CONTENT = (
    "[Skip to content](https://news.example.com/local/ferry-timetable#main)\n\n"
    "Harbour council approves new ferry timetable\n"
    "============================================\n\n"
    + PARAGRAPHS
)
SUMMARIES = (
    "\nImages:\n- ![Image 1: The ferry at dawn](https://cdn.example.com/ferry.jpg)\n\n"
    "Links/Buttons:\n- [Home](https://news.example.com/)\n- [Share on X](https://x.com/share)\n"
)


def process(tmp_path: Path, name: str, text: str, fix: bool = False, unsafe: bool = False):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(text.encode())
    result = session(None, Settings(root=tmp_path)).linter.process(str(path), FileData(str(path)), fix=fix, unsafe=unsafe)
    assert result is not None
    return result


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
def test_the_envelope_gives_the_fields_and_only_the_content_is_body(name: str) -> None:
    text = HEAD + CONTENT + SUMMARIES
    document = (MarkdownDocument if name.endswith(".md") else text_document)(name, text.encode(), DEFAULT_FIELDS)
    article = document.entries[0]
    assert article.title == "Harbour council approves new ferry timetable"
    assert article.value("url") == "https://news.example.com/local/ferry-timetable"
    assert article.value("date") == "2026-03-14T09:30:00+00:00"
    assert article.body.value == CONTENT and article.structured and article.markup == "markdown"
    assert article.format == ("markdown" if name.endswith(".md") else "text")
    assert article.file_position("date", 0)[0] == 5


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
def test_findings_stand_on_their_file_lines_and_a_fix_keeps_the_envelope(tmp_path: Path, name: str) -> None:
    text = HEAD + CONTENT + "\nAdvertisement\n" + SUMMARIES
    found = process(tmp_path, name, text).findings
    lines = text.splitlines()
    assert not {"missing-title", "missing-date"} & {f.name for f in found}
    skip = next(f for f in found if f.name == "navigation-leftover")
    headline = next(f for f in found if f.name == "duplicate-headline")
    assert lines[skip.line - 1].startswith("[Skip to content]")
    assert lines[headline.line - 1] == "Harbour council approves new ferry timetable"
    assert not any(f.line > text[: text.index("\nImages:")].count("\n") + 1 for f in found)
    fixed = process(tmp_path, name, text, fix=True)
    assert not [f for f in fixed.findings if f.code.startswith("ART9")]
    assert fixed.output.decode() == HEAD + "\n" + PARAGRAPHS + SUMMARIES


def test_a_fix_that_fills_the_date_writes_a_published_time_line(tmp_path: Path) -> None:
    head = HEAD.replace("Published Time: 2026-03-14T09:30:00+00:00\n\n", "")
    text = head + "14 March 2026\n\n" + PARAGRAPHS
    result = process(tmp_path, "page.md", text)
    assert "missing-date" in {f.name for f in result.findings}
    fixed = process(tmp_path, "page.md", text, fix=True, unsafe=True).output.decode()
    assert fixed.startswith(head.replace("Markdown Content:", "Published Time: 2026-03-14\n\nMarkdown Content:"))
    assert fixed.endswith(PARAGRAPHS)


def test_a_text_that_only_starts_with_title_is_plain_text() -> None:
    text = "Title: a film that changed how we see the sea\n\n" + PARAGRAPHS
    document = text_document("notes.txt", text.encode(), DEFAULT_FIELDS)
    assert isinstance(document, TextDocument)
    assert document.entries[0].title == "Title: a film that changed how we see the sea"


def test_a_setext_heading_is_the_title_of_a_markdown_file_without_front_matter(tmp_path: Path) -> None:
    text = "Skip to content\n\n" + CONTENT.split("\n", 2)[2] + "\nAdvertisement\n"
    document = MarkdownDocument("page.md", text.encode(), DEFAULT_FIELDS)
    article = document.entries[0]
    assert article.title == "Harbour council approves new ferry timetable"
    assert "=====" not in article.body.value
    found = process(tmp_path, "page.md", text).findings
    assert "missing-title" not in {f.name for f in found}
    advert = next(f for f in found if f.name == "advertisement")
    assert text.splitlines()[advert.line - 1] == "Advertisement"


@pytest.mark.parametrize("heading", ["# Harbour council approves new ferry timetable\n",
                                     "Harbour council approves new ferry timetable\n=========\n"])
def test_a_heading_that_repeats_the_title_goes_safely_with_its_underline(tmp_path: Path, heading: str) -> None:
    text = "---\ntitle: Harbour council approves new ferry timetable\ndate: 2026-03-14\n---\n\n" + heading + "\n" + PARAGRAPHS
    found = process(tmp_path, "page.md", text).findings
    assert [f.name for f in found if f.fix is not None] == ["duplicate-headline"]
    fixed = process(tmp_path, "page.md", text, fix=True).output.decode()
    assert fixed == text.replace(heading + "\n", "")


@pytest.mark.parametrize("name", ["page.md", "page.txt"])
def test_a_crlf_envelope_gives_its_fields_and_a_date_fix_keeps_its_line_breaks(tmp_path: Path, name: str) -> None:
    head = HEAD.replace("Published Time: 2026-03-14T09:30:00+00:00\n\n", "")
    text = (head + "14 March 2026\n\n" + PARAGRAPHS + SUMMARIES).replace("\n", "\r\n")
    article = text_document(name, text.encode(), DEFAULT_FIELDS).entries[0] if name.endswith(".txt") else \
        MarkdownDocument(name, text.encode(), DEFAULT_FIELDS).entries[0]
    assert article.title == "Harbour council approves new ferry timetable"
    assert article.value("url") == "https://news.example.com/local/ferry-timetable"
    fixed = process(tmp_path, name, text, fix=True, unsafe=True)
    assert not [f for f in fixed.findings if f.code.startswith("ART9")]
    output = fixed.output.decode()
    assert "Published Time: 2026-03-14\r\n\r\nMarkdown Content:\r\n" in output and "\n" not in output.replace("\r\n", "")


def test_an_envelope_value_is_placed_at_its_column(tmp_path: Path) -> None:
    text = HEAD.replace("Title: Harbour council approves", "Title: Harbour council &amp; approves") + PARAGRAPHS
    remnant = next(f for f in process(tmp_path, "page.md", text).findings if f.name == "html-remnant")
    assert (remnant.line, remnant.column) == (1, text.index("&amp;") + 1)


@pytest.mark.parametrize("text", [
    "Skip to content\n\n" + PARAGRAPHS + "\nHarbour council approves new ferry timetable\n=====",
    "Advertisement\nHarbour council approves new ferry timetable\n=====\n\n" + PARAGRAPHS + "\nAdvertisement\n",
    PARAGRAPHS + "Advertisement\nRelated stories\n===============\n\nAdvertisement\n",
])
def test_fixes_around_a_setext_heading_apply_and_take_an_underline_with_its_line(tmp_path: Path, text: str) -> None:
    result = process(tmp_path, "page.md", text, fix=True, unsafe=True)
    assert not [f for f in result.findings if f.code.startswith("ART9")]
    fixed = result.output.decode()
    assert "Advertisement" not in fixed and "Skip to content" not in fixed and PARAGRAPHS.split("\n")[0] in fixed
    assert "=====" not in fixed or "Related stories\n=====" in fixed or "timetable\n=====" in fixed


SHARE_PACK = """\
pack: share
rules:
  - code: SHR201
    name: share-item
    kind: line-match
    summary: A share item.
    fix: safe
    match:
      phrases: ["Share on Facebook"]
"""


@pytest.mark.parametrize("text", [
    "Skip to content\nThe Harbour Ferry Resumes Service\n=================================\n---\n\n" + PARAGRAPHS,
    "Skip to content\n# The Harbour Ferry Resumes Service\n---\n\n" + PARAGRAPHS,
])
def test_a_rule_that_is_no_underline_of_the_deleted_line_stays(tmp_path: Path, text: str) -> None:
    """A '---' below where the title heading was cut out of the body, or below a list item, is a thematic break."""
    (tmp_path / "share.yaml").write_text(SHARE_PACK)
    path = tmp_path / "page.md"
    path.write_bytes(text.encode())
    settings = Settings(root=tmp_path, packs=[tmp_path / "share.yaml"])
    result = session(None, settings).linter.process(str(path), FileData(str(path)), fix=True)
    assert result is not None and result.output is not None
    fixed = result.output.decode()
    assert "Skip to content" not in fixed and "Share on Facebook" not in fixed
    assert fixed.count("---") == 1


@pytest.mark.parametrize(("body", "start", "end", "extended"), [
    ("Share on X\n---\n\nText.\n", 0, 11, 15),    # a heading's text and its underline
    ("- Share on X\n---\n\nText.\n", 0, 13, 13),  # a list item: '---' is a thematic break
    ("## Related\n---\n\nText.\n", 0, 11, 11),     # an ATX heading, then a break
    ("Text.\n\n---\n\nMore.\n", 6, 7, 7),          # a blank line deleted on its own
])
def test_a_deletion_takes_only_a_real_heading_underline(body: str, start: int, end: int, extended: int) -> None:
    edits = with_heading_underlines(Text(body), [Edit(Span("body", start, end))])
    assert edits == [Edit(Span("body", start, extended))]


@pytest.mark.parametrize("data", [b"Title: 0 \x1f\n\nURL Source: \n\nMarkdown Content:",
                                  b"Title: \r\x1f\n\nURL Source: \n\nMarkdown Content:\n\r\x1f"])
def test_a_fix_in_the_title_line_neither_moves_nor_makes_an_envelope(tmp_path: Path, data: bytes) -> None:
    """Found by the property test: a title's trailing space, and a title line that a lone CR kept from being read
    as an envelope until a fix removed the control character after it."""
    path = tmp_path / "page.md"
    path.write_bytes(data)
    result = session(None, Settings(root=tmp_path)).linter.process(str(path), FileData(str(path)), fix=True)
    assert result is not None and not [f for f in result.findings if f.code.startswith("ART9")]


def test_lines_between_the_title_and_markdown_content_do_not_decide_the_format() -> None:
    """A stray line among the labels kept a .txt plain text until a fix deleted it: the next run read it as an
    envelope (the fuzzer's case had a lone CR before 'URL Source:')."""
    data = b"Title: Harbour reopens\n\n\rURL Source: not a url\r\nAdvertisement\nMarkdown Content:\nThe harbour reopened.\n"
    article = text_document("page.txt", data, DEFAULT_FIELDS).entries[0]
    assert article.title == "Harbour reopens" and article.body.value == "The harbour reopened.\n"


def test_a_label_line_with_a_lone_cr_keeps_its_value() -> None:
    """'Published Time: 2000-01-01\\r\\r\\n' was no label line at all: missing-date then filled a date the envelope
    had, and the fix was rejected (ART905)."""
    data = (b"Title: Harbour reopens\r\n\r\nURL Source: \n\r\nPublished Time: 2000-01-01\r\r\nMarkdown Content:\r\n"
            b"January 01, 2000\r\nThe harbour reopened on Monday after the storm, the port authority said.")
    article = MarkdownDocument("page.md", data, DEFAULT_FIELDS).entries[0]
    assert article.value("date").strip() == "2000-01-01"
    result = run_text(data.decode(), "page.md", fix=True, unsafe=True)
    assert not [f for f in result.findings if f.code.startswith("ART9") or f.name == "missing-date"]


def test_a_bare_summary_label_at_the_end_is_the_pages_own_line() -> None:
    bare = "Title: Harbour\nMarkdown Content:\nThe harbour reopened.\n\nImages:"
    assert split_envelope(bare).tail == ""  # type: ignore[union-attr]
    listed = "Title: Harbour\nMarkdown Content:\nThe harbour reopened.\n\nImages:\n- ![Pier](https://x.example/p.jpg)\n"
    assert split_envelope(listed).tail == "\nImages:\n- ![Pier](https://x.example/p.jpg)\n"  # type: ignore[union-attr]
