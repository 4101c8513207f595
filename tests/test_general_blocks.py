"""A general rule's finding is dropped inside a block a finer rule deletes: the indexed lookup answers as a scan
of every block does."""

from __future__ import annotations

import random

import pytest

from artlint.article import Span
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability, Edit, Fix
from artlint.precedence import deleted_blocks, inside

APPLICABILITIES = [Applicability.SAFE, Applicability.UNSAFE, Applicability.DISPLAY_ONLY, None]


def finding(field: str, start: int, end: int, applicability: Applicability | None, replacement: str = "") -> Finding:
    fix = None if applicability is None else Fix(applicability, (Edit(Span(field, start, end), replacement),))
    return Finding("ART999", "test", Severity.WARNING, "m", Span(field, start, end), fix)


def scanned(general: Finding, finer: list[Finding]) -> bool:
    """Some deletion of a finer finding's fix (display-only fixes make none) starts at or before the span, ends
    past its start and no earlier than its end, and is at least as safe as the general finding's own fix."""
    span = general.span
    safe = general.fix is not None and general.fix.applicability is Applicability.SAFE
    return any(
        edit.span.field == span.field and edit.span.start <= span.start < edit.span.end
        and span.end <= edit.span.end and (f.fix.applicability is Applicability.SAFE or not safe)
        for f in finer if f.fix is not None and f.fix.applicability is not Applicability.DISPLAY_ONLY
        for edit in f.fix.edits if edit.is_deletion
    )


def test_a_line_inside_a_deleted_block_and_one_past_it() -> None:
    finer = [finding("body", 10, 50, Applicability.UNSAFE), finding("body", 60, 70, Applicability.SAFE, "x")]
    blocks = deleted_blocks(finer)
    assert inside(finding("body", 20, 30, Applicability.UNSAFE), blocks)
    assert inside(finding("body", 10, 50, None), blocks)
    assert not inside(finding("body", 20, 30, Applicability.SAFE), blocks)  # the block's cut is less sure
    assert not inside(finding("body", 40, 55, Applicability.UNSAFE), blocks)  # runs past the block
    assert not inside(finding("body", 62, 65, Applicability.UNSAFE), blocks)  # a replacement deletes nothing
    assert not inside(finding("title", 20, 30, Applicability.UNSAFE), blocks)
    assert not inside(finding("body", 50, 50, Applicability.UNSAFE), blocks)  # at the block's end, not in it


@pytest.mark.parametrize("seed", range(5))
def test_the_indexed_blocks_answer_as_a_scan_of_every_block(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        finer = []
        for _ in range(rng.randrange(0, 8)):
            start = rng.randrange(0, 60)
            finer.append(finding(rng.choice(["body", "title"]), start, start + rng.randrange(0, 30),
                                 rng.choice(APPLICABILITIES), rng.choice(["", "", "x"])))
        blocks = deleted_blocks(finer)
        for _ in range(20):
            start = rng.randrange(0, 80)
            general = finding(rng.choice(["body", "title"]), start, start + rng.randrange(0, 25), rng.choice(APPLICABILITIES))
            assert inside(general, blocks) == scanned(general, finer)
