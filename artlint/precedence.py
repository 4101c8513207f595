"""A finer rule takes over from a general one: a general rule's finding stands only where no finer rule reports the
line or deletes the block it stands in (a reading-time badge is reading-time, not also navigation-leftover)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping

from artlint.findings import Finding, Severity
from artlint.fixes import Applicability

SCORER_LEVEL = 3
"""Rule.general of a learned scorer (page-debris)."""

Taken = dict[tuple[str, int], list[tuple[int, int]]]
Blocks = dict[str, tuple[list[int], list[int], list[int]]]
"""For each field: the starts of the deletions findings' fixes make, ascending, and at each position the furthest
end of the deletions that start there or earlier, and of the safe ones among them (-1: none)."""


def with_general(findings: list[Finding], general: Mapping[int, list[tuple[Finding, Severity]]], deferring: set[str],
                 place: Callable[[Finding, Severity], Finding]) -> list[Finding]:
    """The finer rules' `findings` and, level by level (Rule.general, finest first), the general rules' findings that
    no finer one reports or deletes the block of, each placed in its file by `place`. Where a general finding fixes a
    line, a finding without a fix of a rule that defers (`deferring`: codes; Rule.defers_unfixed) gives way: the line
    is reported once, with the fix."""
    if not general:
        return findings
    merged = list(findings)
    fixed_by_general: set[tuple[str, int, int]] = set()
    for level in sorted(general):
        taken = _taken(merged, deferring)
        blocks = deleted_blocks(merged)
        kept = [
            place(finding, severity) for finding, severity in general[level]
            if not _reported(finding, taken, level) and not inside(finding, blocks)
        ]
        merged.extend(kept)
        fixed_by_general.update((f.span.field, f.span.start, f.span.end) for f in kept if _offered(f) > 0)
    if fixed_by_general:
        merged = [f for f in merged if _offered(f) > 0 or f.code not in deferring
                  or (f.span.field, f.span.start, f.span.end) not in fixed_by_general]
    return merged


def _taken(findings: list[Finding], deferring: set[str]) -> Taken:
    """(field, start) of each finding -> the end of each finding there, and how strongly it holds the span: 2 with a
    safe fix, 1 with an unsafe one, 3 with none (or one only to show), 0 with none from a rule that defers (see
    _reported)."""
    taken: Taken = {}
    for f in findings:
        if _offered(f) == 0:
            strength = 0 if f.code in deferring else 3
        else:
            strength = 2 if f.fix.applicability is Applicability.SAFE else 1  # type: ignore[union-attr]
        taken.setdefault((f.span.field, f.span.start), []).append((f.span.end, strength))
    return taken


def _offered(finding: Finding) -> int:
    """What a general finding's fix does: 2 safe, 1 unsafe, 0 nothing (no fix, or one only to show)."""
    if finding.fix is None or finding.fix.applicability is Applicability.DISPLAY_ONLY:
        return 0
    return 2 if finding.fix.applicability is Applicability.SAFE else 1


def _reported(finding: Finding, taken: Taken, level: int) -> bool:
    """A finer rule reports the finding's whole span from the same start, and holds it at least as strongly as the
    general finding's fix would act: a block cut that starts at a line with an unsafe fix leaves a safe fix of the
    line itself to the safe-only run; a finding with no fix (or one only to show) holds the line against any fix
    (truncated-body's cut-off last line is no navigation text to delete). A rule that defers (Rule.defers_unfixed)
    holds it only against a learned scorer and general findings that fix nothing either: duplicate-paragraph only
    reports a line that stands thrice; that it is navigation text is the more useful finding (silenced, it went one
    copy per fix round), while a repeated line it declines to fix (a training plan's 'Run easy 30 min') is no debris
    for a score to infer. A line's finding does not silence a block that starts at it."""
    offered = _offered(finding)
    return any(
        end >= finding.span.end and (held >= offered or (held == 0 and level >= SCORER_LEVEL))
        for end, held in taken.get((finding.span.field, finding.span.start), ())
    )


def deleted_blocks(findings: list[Finding]) -> Blocks:
    """The deletions that the findings' fixes make (a display-only fix makes none), indexed for `inside`."""
    deletions = sorted(
        (edit.span.field, edit.span.start, edit.span.end, f.fix.applicability is Applicability.SAFE)
        for f in findings if f.fix is not None and f.fix.applicability is not Applicability.DISPLAY_ONLY
        for edit in f.fix.edits if edit.is_deletion
    )
    blocks: Blocks = {}
    for name, start, end, safe in deletions:
        starts, ends, safe_ends = blocks.setdefault(name, ([], [], []))
        starts.append(start)
        ends.append(max(end, ends[-1]) if ends else end)
        safe_ends.append(max(end if safe else -1, safe_ends[-1]) if safe_ends else end if safe else -1)
    return blocks


def inside(finding: Finding, blocks: Blocks) -> bool:
    """The finding's span goes with a block a finer rule deletes, at least as safely as its own fix would (a line
    as it stands in the block; a general block only whole): a block that starts at or before the span's start
    and ends past its start and no earlier than its end. The furthest end among the blocks that start early
    enough tells whether there is one."""
    span = finding.span
    index = blocks.get(span.field)
    if index is None:
        return False
    starts, ends, safe_ends = index
    at = bisect_right(starts, span.start) - 1
    if at < 0:
        return False
    safe = finding.fix is not None and finding.fix.applicability is Applicability.SAFE
    return (safe_ends if safe else ends)[at] >= max(span.end, span.start + 1)
