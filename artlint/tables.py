"""Tables that a scraper flattened to lines: their cells joined with ' | ' (their header rows), or one cell a line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from artlint.textutil import DIGIT

TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
"""The delimiter row of a Markdown table ('|---|:---:|'): part of the table, however few words it has."""
TABLE_CELLS = 3
"""The fewest cells of a table header that may hold a figure itself ('Rank | State | 2024')."""
CELL_COLUMNS = range(2, 7)
"""How many columns a table set one cell a line may have (one_cell_a_line)."""
CELL_WORDS = 6
"""The longest cell of a table set one cell a line: 'Murray (Vic), high reliability'."""
CELL_ROWS = 2
"""The fewest rows below the header of a table set one cell a line."""


def delimiter_beside_a_row(texts: Sequence[str], index: int) -> bool:
    """A row of the cells of the delimiter row `texts[index]` stands right above or below it: a delimiter row alone is
    what is left of a table whose rows a fix deleted (a cookie table's). A dateline with one bar ('Nov 3, 2025 | 4 min
    read') is no row of a table of three columns."""
    bars = texts[index].strip("|").count("|")
    return any(texts[i].startswith("|") or texts[i].count(" | ") >= bars
               for i in (index - 1, index + 1) if 0 <= i < len(texts) and not TABLE_RULE.fullmatch(texts[i]))


def table_headers(texts: Sequence[str], known: list[bool]) -> Iterator[int]:
    """Layout indices of the first rows of tables whose cells a scraper joined with ' | ': a line that no lexicon
    knows whose next two rows (past a Markdown delimiter row) have as many cells and a figure each ('Day | Weather |
    High | Wind' / 'Thursday | Gales | 8 to 11 degrees | 75 mph'). The header is words alone, as a menu is; its
    rows show it is none, where a stack of menu bars has no figure. A header of fewer than TABLE_CELLS cells must
    hold no figure itself ('Area | Budget' / 'Parks | 1.2m'): two cells are as often a teaser under its section
    ('World | Storm closes the harbour') or a spec row ('85 g | 3.00 oz')."""
    for i in [i for i, text in enumerate(texts) if " | " in text]:
        text, separators = texts[i], texts[i].count(" | ")
        if known[i] or (i and (texts[i - 1].count(" | ") == separators or TABLE_RULE.fullmatch(texts[i - 1]))):
            continue
        rows = [row for row in texts[i + 1 : i + 4] if not TABLE_RULE.fullmatch(row)][:2]
        if len(rows) < 2 or any(row.count(" | ") != separators or not DIGIT.search(row) for row in rows):
            continue
        if separators + 1 >= TABLE_CELLS or DIGIT.search(text) is None:
            yield i


def table_rows(texts: Sequence[str], headers: Iterable[int]) -> Iterator[int]:
    """Layout indices of the rows below each header row (table_headers): the lines right below it, past a Markdown
    delimiter row, with as many cells."""
    for header in headers:
        separators = texts[header].count(" | ")
        row = header + 1
        while row < len(texts) and (texts[row].count(" | ") == separators or TABLE_RULE.fullmatch(texts[row])):
            yield row
            row += 1


def one_cell_a_line(cells: Sequence[str]) -> int:
    """How many of the lines, from the first, make up a table that a scraper set one cell a line: a header row of 2
    to 6 cells (CELL_COLUMNS) with a letter and no figure, then CELL_ROWS or more rows of as many cells, each a label
    with a letter and figures ('Route' / 'Distance' / 'Fuel' / 'City' / '38 km' / '0.0 l' / 'Motorway' / '210 km' /
    ...); 0 for none. Of the column counts that read so, the one that takes in the most lines: a row's label may hold
    a figure and its cells letters ('Route 1' / '38 km'), so that fewer columns also read as rows, short of the end.
    A menu or a block of teasers has no column of figures under words."""
    longest = 0
    for columns in CELL_COLUMNS:
        header = cells[:columns]
        if len(header) < columns or any(DIGIT.search(cell) or not any(map(str.isalpha, cell)) for cell in header):
            break  # a wider header holds the same cells
        end = columns
        while end + columns <= len(cells) and _figures_row(cells[end : end + columns]):
            end += columns
        if end >= columns * (1 + CELL_ROWS):
            longest = max(longest, end)
    return longest


def _figures_row(row: Sequence[str]) -> bool:
    """The cells read as a row of a table: a label with a letter, then figures."""
    return any(map(str.isalpha, row[0])) and all(DIGIT.search(cell) for cell in row[1:])
