"""The document model: line index, positions, placements."""

from __future__ import annotations

import pytest

from artlint import Article, Placement, Source, Span, Text


def test_lines_strip_terminators_and_keep_offsets() -> None:
    text = Text("one\r\ntwo\n\nthree")
    assert [line.text for line in text.lines] == ["one", "two", "", "three"]
    assert [(line.start, line.end) for line in text.lines] == [(0, 3), (5, 8), (9, 9), (10, 15)]
    assert text.lines[2].is_blank and not text.lines[0].is_blank


def test_final_newline_opens_no_extra_line() -> None:
    assert len(Text("a\nb\n").lines) == 2
    assert len(Text("").lines) == 1


@pytest.mark.parametrize(("offset", "expected"), [(0, (1, 1)), (4, (2, 1)), (6, (2, 3)), (8, (3, 1))])
def test_position_is_one_based(offset: int, expected: tuple[int, int]) -> None:
    assert Text("abc\ndef\n\n").position(offset) == expected


def test_lines_span_covers_whole_lines_with_terminators() -> None:
    text = Text("a\nbb\nccc")
    span = text.lines_span("body", 2, 2)
    assert text.value[span.start : span.end] == "bb\n"
    last = text.lines_span("body", 3, 3)
    assert text.value[last.start : last.end] == "ccc"


def test_placement_skips_holes_and_offsets_first_column() -> None:
    placement = Placement(first_line=5, first_column=3, holes=(3,))
    assert placement.file_position(1, 1) == (5, 3)
    assert placement.file_position(2, 4) == (6, 4)
    assert placement.file_position(3, 1) == (8, 1)


def test_article_file_position_uses_placement() -> None:
    article = Article.from_values(
        {"title": "T", "body": "a\nb"}, source=Source("x.txt"), placements={"body": Placement(1, 1, (2,))}
    )
    assert article.file_position("body", 2) == (3, 1)
    assert article.file_position("title", 0) == (1, 1)


def test_invalid_span_is_refused() -> None:
    with pytest.raises(ValueError):
        Span("body", 5, 2)
