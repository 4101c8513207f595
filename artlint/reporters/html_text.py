"""The HTML report's article text: a field with its findings' spans highlighted, and the lines a fix would change."""

from __future__ import annotations

import bisect
import difflib
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from artlint.article import Span, Text
from artlint.fixes import Edit, apply_edits

CONTEXT = 3
"""Lines kept around a flagged line when a long text is shortened."""
FULL_TEXT = 12_000
"""A field up to this many characters is shown whole; a longer one keeps its flagged lines and their context."""
MAX_SHOWN = 30_000
"""Characters of one field shown at most, whatever is flagged."""
DIFF_CONTEXT = 1
MAX_DIFF_LINES = 80
"""Changed lines shown per field in a fix preview; the rest are counted."""


@dataclass(frozen=True, slots=True)
class Mark:
    """One finding's span in a field: the offsets, the anchor id, the family class, the label and the tooltip."""

    start: int
    end: int
    anchor: str
    family: str
    code: str
    rule: str
    tip: str


def highlighted(text: Text, marks: Sequence[Mark], line_number: Callable[[int], int]) -> str:
    """The field as lines (`<span class="l" data-n=N>`), each finding's span a `<mark>`; a span that crosses
    lines is cut at each line break. Where spans overlap, the innermost one gives the colour and every one
    covering the text is named in the tooltip. `line_number(offset)` is the number shown for a line."""
    lines = text.lines
    flagged = _flagged_lines(lines, marks)
    keep = _kept_lines(len(lines), flagged, len(text.value))
    out: list[str] = []
    shown = 0
    skipped_from: int | None = None
    for index, line in enumerate(lines):
        if index not in keep or shown > MAX_SHOWN:
            if skipped_from is None:
                skipped_from = index
            continue
        if skipped_from is not None:
            out.append(_skipped(lines, skipped_from, index - 1, line_number, flagged))
            skipped_from = None
        shown += len(line.text)
        out.append(f'<span class="l" data-n="{line_number(line.start)}">{_segments(line.start, line.end, line.text, marks)}</span>')
    if skipped_from is not None:
        out.append(_skipped(lines, skipped_from, len(lines) - 1, line_number, flagged))
    return "".join(out)


def _flagged_lines(lines: Sequence, marks: Sequence[Mark]) -> set[int]:
    starts = [line.start for line in lines]
    flagged: set[int] = set()
    for mark in marks:
        first = _line_index(starts, mark.start)
        last = _line_index(starts, max(mark.start, mark.end - 1))
        flagged.update(range(first, last + 1))
    return flagged


def _line_index(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _kept_lines(count: int, flagged: set[int], length: int) -> set[int]:
    if length <= FULL_TEXT:
        return set(range(count))
    keep: set[int] = set()
    for index in flagged:
        keep.update(range(max(0, index - CONTEXT), min(count, index + CONTEXT + 1)))
    keep.update(range(min(count, CONTEXT)))  # the opening lines, so the reader knows the article
    return keep


def _skipped(lines: Sequence, first: int, last: int, line_number: Callable[[int], int], flagged: set[int]) -> str:
    count = last - first + 1
    where = f"{line_number(lines[first].start)}–{line_number(lines[last].start)}" if count > 1 else str(line_number(lines[first].start))
    why = (f"the page shows at most {MAX_SHOWN:,} characters of an article" if flagged.intersection(range(first, last + 1))
           else "no findings")
    return f'<span class="l skip">⋯ {count} line{"s" * (count != 1)} left out (line{"s" * (count != 1)} {where}: {why})</span>'


def _segments(start: int, end: int, value: str, marks: Sequence[Mark]) -> str:
    """One line's text [start, end) with the marks that cover parts of it."""
    inside = [m for m in marks if m.start < end and start < m.end]
    if not inside:
        return escape(value)
    cuts = sorted({start, end, *(max(start, min(end, p)) for m in inside for p in (m.start, m.end))})
    parts = []
    for left, right in itertools.pairwise(cuts):
        piece = escape(value[left - start : right - start])
        covering = [m for m in inside if m.start <= left and right <= m.end]
        if not covering:
            parts.append(piece)
            continue
        inner = min(covering, key=lambda m: (m.end - m.start, m.anchor))
        opening = sorted((m for m in covering if m.start == left), key=lambda m: (m.end - m.start, m.anchor))
        attrs = ""
        if opening:  # the label names every finding that starts here; each has an anchor for the findings list
            codes = " ".join(dict.fromkeys(m.code for m in reversed(opening)))
            attrs = f' id="{opening[0].anchor}" data-code="{escape(codes)}"'
            parts.extend(f'<span id="{m.anchor}"></span>' for m in opening[1:])
        rules = " ".join(sorted({m.rule for m in covering}))
        tip = "\n".join(dict.fromkeys(m.tip for m in sorted(covering, key=lambda m: m.end - m.start)))
        parts.append(f'<mark class="hl fam-{inner.family}" data-rule="{escape(rules)}" title="{escape(tip)}"{attrs}>{piece}</mark>')
    return "".join(parts)


# -- what a fix changes --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DiffLine:
    kind: str
    """"ctx" (unchanged context), "del" (removed by the fix) or "ins" (added by it)."""
    number: int | None
    text: str


@dataclass(slots=True)
class FieldDiff:
    field: str
    lines: list[DiffLine]
    removed: int
    added: int


def field_diff(field: str, value: str, edits: Sequence[Edit], line_number: Callable[[int], int]) -> FieldDiff:
    """The lines of `value` that `edits` change, as a unified diff with DIFF_CONTEXT lines of context: the
    edits are applied to the text of the lines they touch, and the before and after lines are compared.
    Numbers are the before lines' `line_number(offset)`."""
    text = Text(value)
    starts = [line.start for line in text.lines]
    groups: list[list[int]] = []  # [first line index, last line index, *edit indexes]
    ordered = sorted(range(len(edits)), key=lambda i: (edits[i].span.start, edits[i].span.end))
    for i in ordered:
        span = edits[i].span
        first = _line_index(starts, span.start)
        last = _line_index(starts, max(span.start, span.end - 1))
        if groups and first <= groups[-1][1] + 2 * DIFF_CONTEXT + 1:
            groups[-1][1] = max(groups[-1][1], last)
            groups[-1].append(i)
        else:
            groups.append([first, last, i])
    result = FieldDiff(field, [], 0, 0)
    for first, last, *members in groups:
        lo, hi = max(0, first - DIFF_CONTEXT), min(len(starts) - 1, last + DIFF_CONTEXT)
        region_start = text.line_start(lo + 1)
        region_end = text.line_start(hi + 2)
        region = value[region_start:region_end]
        shifted = [Edit(Span(field, edits[i].span.start - region_start, min(edits[i].span.end, region_end) - region_start),
                        edits[i].replacement) for i in members]
        before = region.splitlines()
        after = apply_edits(region, shifted).splitlines()
        numbers = [line_number(text.line_start(n + 1)) for n in range(lo, lo + len(before))]
        if result.lines:
            result.lines.append(DiffLine("gap", None, ""))
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for tag, b1, b2, a1, a2 in matcher.get_opcodes():
            if tag == "equal":
                result.lines.extend(DiffLine("ctx", numbers[k], before[k]) for k in range(b1, b2))
                continue
            result.lines.extend(DiffLine("del", numbers[k], before[k]) for k in range(b1, b2))
            result.lines.extend(DiffLine("ins", None, after[k]) for k in range(a1, a2))
            result.removed += b2 - b1
            result.added += a2 - a1
    return result


def render_diff(diff: FieldDiff) -> str:
    rows = []
    changed = 0
    for line in diff.lines:
        if line.kind in ("del", "ins"):
            changed += 1
            if changed > MAX_DIFF_LINES:
                continue
        sign = {"del": "−", "ins": "+", "ctx": " ", "gap": "⋯"}[line.kind]
        number = "" if line.number is None else str(line.number)
        rows.append(f'<span class="d {line.kind}" data-n="{number}" data-s="{sign}">{escape(line.text)}</span>')
    if changed > MAX_DIFF_LINES:
        rows.append(f'<span class="d gap" data-n="" data-s="⋯">… {changed - MAX_DIFF_LINES} more changed lines</span>')
    return f'<div class="diff" data-field="{escape(diff.field)}"><div class="dfield">{escape(diff.field)}</div><pre>{"".join(rows)}</pre></div>'
