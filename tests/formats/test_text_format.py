"""Plain text (.txt): title picking below header debris, file positions, and byte-exact round trips."""

from __future__ import annotations

import codecs

import pytest

from artlint.formats.base import FileData
from artlint.formats.headerlines import is_header_debris
from artlint.formats.text import TextDocument
from artlint.linter import FileResult
from artlint.testing import fix_text, lint_text, session

HEADER = " 14 March 2024 LOCAL\n3 min read\nCOASTAL AFFAIRS\n"
TITLE = "Harbour at Kellmouth reopens after storm repairs"
ARTICLE = (
    HEADER
    + TITLE + "\n"
    + "Fishing boats returned to the quay on Thursday morning after six weeks of work.\n"
    + "\n"
    + "The harbour master, Ruth Okafor, said the new breakwater had passed its final inspection.\n"
    + "\n"
    + "Advertisement\n"
    + "\n"
    + "Traders on the front said the closure had cost them most of the spring season.\n"
)


def process(data: bytes, filename: str = "article.txt", *, fix: bool = False, unsafe: bool = False,
            select: list[str] | None = None) -> FileResult:
    result = session(select).linter.process(filename, FileData(filename, data), fix=fix, unsafe=unsafe)
    assert result is not None
    return result


def document(text: str) -> TextDocument:
    return TextDocument("article.txt", text.encode("utf-8"))


# -- title picking -------------------------------------------------------------------------------


def test_title_is_picked_below_header_debris():
    article = document(ARTICLE).entries[0]
    assert article.title == TITLE


def test_header_debris_stays_as_the_body_leading_lines():
    article = document(ARTICLE).entries[0]
    leading = [line.text for line in article.body.lines[:4]]
    assert leading == [" 14 March 2024 LOCAL", "3 min read", "COASTAL AFFAIRS",
                       "Fishing boats returned to the quay on Thursday morning after six weeks of work."]
    assert TITLE not in article.body.value


def test_title_placement_is_its_file_line():
    article = document(ARTICLE).entries[0]
    assert article.file_position("title", 0) == (4, 1)


def test_first_line_is_title_without_debris():
    article = document(TITLE + "\n\nBoats returned to the quay on Thursday.\n").entries[0]
    assert article.title == TITLE
    assert article.body.value == "\nBoats returned to the quay on Thursday.\n"


@pytest.mark.parametrize("line", [
    " 14 March 2024 LOCAL", "2024-03-14 WORLD", "14.03.2024", "March 14, 2024", "3 min read",
    "12 mins read", "COASTAL AFFAIRS", "NEWS", "",
    "Home | World | Politics | Business | Sport", "News • Local • Weather", "World > Europe",
    "Home › News › Local Politics", "Sport / Rugby",
])
def test_header_debris_shapes(line):
    assert is_header_debris(line)


@pytest.mark.parametrize("line", [
    TITLE,
    "Council approves 2025 budget",
    "Euro 2024: Kellmouth fans plan screenings",
    "Top 10 coast walks of 2024",
    "Why did the breakwater fail?",
    "Storm closes the ferry | Kellmouth Courier",
    "Storm closes the ferry » Kellmouth Courier",
    "Opinion | Why the breakwater failed | Courier",
    "Fish prices / What the quota means for Kellmouth",
])
def test_headlines_are_not_header_debris(line):
    assert not is_header_debris(line)


def test_a_menu_above_the_headline_is_not_the_title():
    text = "Home | World | Politics | Sport\nFloods force thousands from their homes\nThe river burst its banks on Sunday.\n"
    assert document(text).entries[0].title == "Floods force thousands from their homes"


def test_headline_with_a_year_is_the_title():
    text = "3 min read\nCouncil approves 2025 budget\nThe vote passed by 31 to 12 on Tuesday evening.\n"
    assert document(text).entries[0].title == "Council approves 2025 budget"


def test_title_line_counts_only_newline_breaks():
    # A form feed is not a line break for the line index, so it must not be one for the title either.
    text = "3 min read\f\nMARITIME\n" + TITLE + "\nBoats returned on Thursday.\n"
    article = document(text).entries[0]
    assert article.title == TITLE
    assert article.file_position("title", 0) == (3, 1)


# -- positions -----------------------------------------------------------------------------------


def test_positions_before_the_title_are_file_lines():
    found = {(f.code, f.line) for f in lint_text(ARTICLE, select=["navigation-leftover", "reading-time"])}
    assert ("ART202", 2) in found  # "3 min read"
    assert ("ART201", 3) in found  # "COASTAL AFFAIRS"


def test_positions_after_the_title_shift_by_one():
    found = lint_text(ARTICLE, select=["advertisement"])
    advert = [f for f in found if "Advertisement" in f.message]
    assert len(advert) == 1
    # body line 8 is file line 9: the title line stands between
    assert ARTICLE.splitlines()[advert[0].line - 1] == "Advertisement"
    assert (advert[0].line, advert[0].column, advert[0].end_line) == (9, 1, 9)


def test_duplicate_headline_position_is_the_repeated_line():
    text = HEADER + TITLE + "\n" + TITLE + "\nBoats returned to the quay on Thursday.\n"
    found = lint_text(text, select=["duplicate-headline"])
    assert [(f.code, f.line) for f in found] == [("ART401", 5)]


# -- fixing --------------------------------------------------------------------------------------


def test_fix_deleting_header_lines_puts_the_title_back_first():
    fixed = fix_text(ARTICLE, unsafe=True)
    lines = fixed.splitlines()
    assert lines[0] == TITLE
    assert lines[1].startswith("Fishing boats returned")
    assert "3 min read" not in fixed and "COASTAL AFFAIRS" not in fixed and "Advertisement" not in fixed


def test_safe_fix_keeps_title_between_the_header_lines_left():
    # Safe fixes only: the badge and the advert go, the unsafe-only date stamp and label stay.
    fixed = fix_text(ARTICLE)
    assert fixed.splitlines()[:4] == [" 14 March 2024 LOCAL", "COASTAL AFFAIRS", TITLE,
                                      "Fishing boats returned to the quay on Thursday morning after six weeks of work."]


def test_fix_deleting_the_line_after_the_title_keeps_the_title_in_place():
    text = TITLE + "\n" + TITLE + "\nBoats returned to the quay on Thursday.\n"
    assert fix_text(text) == TITLE + "\nBoats returned to the quay on Thursday.\n"


def test_fixed_text_reparses_with_the_same_title():
    fixed = fix_text(ARTICLE, unsafe=True)
    assert document(fixed).entries[0].title == TITLE


# -- bytes on disk -------------------------------------------------------------------------------


def test_crlf_is_kept():
    data = ARTICLE.replace("\n", "\r\n").encode()
    result = process(data, fix=True)
    assert result.output is not None
    assert b"3 min read" not in result.output
    assert result.output.count(b"\n") == result.output.count(b"\r\n") > 0
    assert result.output.startswith(b" 14 March 2024 LOCAL\r\nCOASTAL AFFAIRS\r\n" + TITLE.encode() + b"\r\n")


def test_crlf_positions_and_title_have_no_carriage_return():
    data = ARTICLE.replace("\n", "\r\n").encode()
    article = TextDocument("a.txt", data).entries[0]
    assert article.title == TITLE
    assert "\r" not in article.value("title")
    advert = [f for f in process(data).findings if "Advertisement" in f.message]
    assert [f.line for f in advert] == [9]


def test_missing_final_newline_is_kept():
    data = ARTICLE.rstrip("\n").encode()
    result = process(data, fix=True)
    assert result.output is not None
    assert result.output.endswith(b"most of the spring season.")
    assert not result.output.endswith(b"\n")


def test_title_as_last_line_without_newline():
    data = b"3 min read\n" + TITLE.encode()
    result = process(data, fix=True)
    assert result.output == TITLE.encode()


def test_utf8_bom_is_kept():
    data = codecs.BOM_UTF8 + ARTICLE.encode()
    article = TextDocument("a.txt", data).entries[0]
    assert article.title == TITLE
    assert not article.body.value.startswith("\ufeff")
    result = process(data, fix=True)
    assert result.output is not None
    assert result.output.startswith(codecs.BOM_UTF8 + b" 14 March 2024 LOCAL\n")
    assert result.output.count(codecs.BOM_UTF8) == 1


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom_is_read_and_written_back(codec, bom):
    text = ARTICLE.replace("Ruth Okafor", "Ruth Ökafor")
    data = bom + text.encode(codec)
    found = process(data).findings
    assert ("ART204", 9) in {(f.code, f.line) for f in found}
    result = process(data, fix=True)
    assert result.output is not None
    assert result.output.startswith(bom)
    written = result.output[len(bom):].decode(codec)
    assert written == fix_text(text)
    assert "Ruth Ökafor" in written


def test_file_with_nothing_fixable_is_byte_identical():
    # Only a missing-date finding (no fix in plain text), CRLF, BOM and no final newline.
    text = TITLE + "\r\n\r\nBoats returned to the quay on Thursday.\r\n\r\nTraders welcomed them."
    data = codecs.BOM_UTF8 + text.encode()
    result = process(data, fix=True, unsafe=True)
    assert [f.code for f in result.findings] == ["ART102"]
    assert result.fixes_applied == 0
    assert result.output is None
    assert result.original == data


def test_clean_file_is_byte_identical():
    text = TITLE + "\n\nKELLMOUTH, 14 March 2024 - Boats returned to the quay on Thursday.\n"
    result = process(text.encode(), fix=True, unsafe=True)
    assert result.findings == []
    assert result.output is None
