"""Patterns grouped by the literal text each needs: the same answers as one alternation, fewer patterns run."""

from __future__ import annotations

from pathlib import Path

import pytest

from artlint.literals import KeyedPatterns, compile_alternation, needle

PATTERNS = [
    r"Related\s*:\s*\S.{0,200}",
    r".{0,120}\ball rights reserved\b.{0,60}",
    r".{0,300}?\s/\s*(?:AP|AFP|Reuters)",
    r"[^|]{1,120}?[.)]\s+(?-i:Credit):\s*(?-i:[A-Z])[^.!?]{0,40}",
    r"\d+\s*(?:min|minutes)\.?\s+read",
    r"(?:share|follow us)\s+on\s+(?:facebook|x)",
    r"©\s*[^\d\s][^\d]{0,60}",
    r"kommentare\s*\(\d+\)",
    r"\d[\d,.]*\s*[km]?",
]
LINES = [
    "Related: Harbour fees rise again",
    "RELATED : ferry timetable",
    "© 2024 Coast Post. All rights reserved.",
    "ALL RİGHTS RESERVED",  # dotted capital I: lower-cases to two characters, still an 'i' to the regex
    "all rightſ reserved",  # long s: the regex takes it for an 's'
    "The mayor reserved all rights to appeal, she said.",
    "A ferry leaves the pier at dawn / Reuters",
    "Gulls over the harbour. Credit: Jane Doe",
    "Gulls over the harbour. credit: jane doe",
    "5 min read",
    "Share on Facebook",
    "Follow us on X",
    "© Coast Post",
    "KOMMENTARE (12)",
    "Kommentare (12)",  # Kelvin sign: a 'k' to the regex
    "12,400",
    "The harbour reopened on Monday after the storm, and the first ferries left at noon.",
    "",
]


def test_keyed_patterns_answer_as_the_single_alternation_does() -> None:
    keyed, whole = KeyedPatterns(PATTERNS), compile_alternation(PATTERNS)
    assert whole is not None
    answers = [keyed.fullmatch(line) for line in LINES]
    assert answers == [bool(whole.fullmatch(line)) for line in LINES]
    assert answers.count(True) == 14


def test_a_line_without_a_patterns_literal_is_not_tried_on_it() -> None:
    keyed = KeyedPatterns(PATTERNS)
    assert keyed.always is not None  # no literal needed, or the first character is one
    assert keyed.always.pattern == "|".join(f"(?:{p})" for p in [PATTERNS[0], PATTERNS[6], PATTERNS[7], PATTERNS[8]])
    assert [key for key, _ in keyed.exact_case] == ["/", "Credit"]
    assert [key for key, _ in keyed.folded] == ["all rights reserved", "read", "on"]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"Related\s*:\s*\S.{0,200}", ("related", True)),
    (r".{0,300}?\s/\s*(?:AP|AFP)", ("/", False)),
    (r"[^|]{1,40}?(?-i:Credit):\s*\w+", ("Credit", False)),
    (r"(?:ab)+c(?:dd)?xyz", ("xyz", True)),  # 'c' and 'xyz' stand apart in 'cddxyz'
    (r"(?:minutes|minute)\s+ago", ("minute", True)),  # the parser takes the common part out of the branches
    (r"(?:read|see) more", (" more", True)),
    (r"élan vital", ("lan vital", True)),
    (r"\d+ (?:min|mins)?", None),
    (r"(?=.*cookies).{0,80}", None),
])
def test_the_needle_is_the_longest_literal_run_every_match_contains(
    pattern: str, expected: tuple[str, bool] | None,
) -> None:
    assert needle(pattern) == expected


def test_needle_lines_are_the_lines_that_hold_a_literal_some_pattern_needs() -> None:
    """Every line a pattern matches is among them, and so is a line holding a dotted capital I or a long s
    (either may stand for a letter of a folded literal); with a pattern that needs no literal, any line may match."""
    patterns = [PATTERNS[2], PATTERNS[3], PATTERNS[4], PATTERNS[5]]
    keyed = KeyedPatterns(patterns)
    assert keyed.always is None
    found = keyed.needle_lines(LINES)
    assert found == [3, 4, 6, 7, 9, 10, 11, 16]  # 16: 'on' in 'reopened on Monday'
    assert [i for i, line in enumerate(LINES) if keyed.fullmatch(line)] == [6, 7, 9, 10, 11]
    assert KeyedPatterns(PATTERNS).needle_lines(LINES) is None


def test_patterns_that_refer_back_to_a_group_stay_one_alternation() -> None:
    patterns = [r"(a)x", r"(b)\1"]
    keyed, whole = KeyedPatterns(patterns), compile_alternation(patterns)
    assert whole is not None and not whole.fullmatch("bb")  # \1 is the first pattern's group, unset here
    assert not keyed.fullmatch("bb") and keyed.fullmatch("ax")
    assert keyed.exact_case == () and keyed.folded == ()


def test_the_shipped_lexicons_patterns_answer_as_one_alternation_on_the_example_articles() -> None:
    from artlint.data import data_dir
    from artlint.lexicons import load_lexicons

    lexicons = load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml")))
    root = Path(__file__).resolve().parents[1] / "examples"
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(root.rglob("*")) if path.is_file()]
    lines = {line.strip() for text in texts for line in text.splitlines() if 0 < len(line.strip()) <= 300}
    lines |= {"Photo: AP", "ALL RİGHTS RESERVED", "Leave a comment", "3 min read", "Read more: harbour fees"}
    matched = 0
    for entries in lexicons.by_language.values():
        patterns = [p for entry in entries.values() for p in entry.patterns]
        keyed, whole = KeyedPatterns(patterns), compile_alternation(patterns)
        assert whole is not None
        for line in lines:
            answer = keyed.fullmatch(line)
            assert answer == bool(whole.fullmatch(line)), line
            matched += answer
    assert len(lines) > 200 and matched > 20


EDGE_PATTERNS = [
    r"(?-i:Foo)bar", r"(?i:foo)BAR", r"(?:ski)++ing", r"(?>sk)i", r"x{0}yz", r"k{2,3}in", r"İzmir", r"ſtar",
    r"(?x: k i t )", r"(?-i:ÜBER)all", r"q?uick", r"(?:ab){0,1}ef",
]
EDGE_LINES = [
    "Foobar", "FOOBAR", "fooBAR", "FOObar", "SKISKIing", "ſkiing", "ſki", "SKi", "yz", "xyz", "KKin", "\u212a\u212ain",
    "izmir", "İZMİR", "İzmir", "ıZMİR", "star", "STAR", "ſtar", "KIT", "\u212aıt", "ÜBERALL", "überall", "QUICK", "uick",
    "ABEF", "ef", "abab ef",
]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?-i:Foo)bar", ("Foo", False)),  # case-sensitive inside the group: found in the line as written
    (r"(?:ski)++ing", ("ski", True)),  # a possessive repeat of at least one
    (r"(?>sk)i", ("sk", True)),  # an atomic group
    (r"x{0}yz", ("yz", True)),  # a repeat of none holds nothing
    (r"İzmir", ("zmir", True)),  # a non-ASCII cased letter ends a run: its case partners are not all known
    (r"(?x: k i t )", ("kit", True)),  # verbose: the spaces are not literals
])
def test_the_needle_of_flagged_repeated_and_non_ascii_patterns(pattern: str, expected: tuple[str, bool]) -> None:
    assert needle(pattern) == expected


def test_keyed_patterns_answer_as_the_single_alternation_does_on_flags_repeats_and_case_partners() -> None:
    keyed, whole = KeyedPatterns(EDGE_PATTERNS), compile_alternation(EDGE_PATTERNS)
    assert whole is not None
    answers = [keyed.fullmatch(line) for line in EDGE_LINES]
    assert answers == [bool(whole.fullmatch(line)) for line in EDGE_LINES]
    assert sum(answers) >= 15 and not all(answers)
