"""An article we wrote with the seed's exact layout: its 47 lines get exactly the seed's verdict."""

from __future__ import annotations

from artlint.testing import fix_text, lint_text

LINES = [
    " date 2025-06-02 REGION",                                                     # 1 stamp + section
    "3 min read",                                                                  # 2 badge
    "Why is Valdora asking Norland to 'fully honour' the 1921 river treaty?",     # 3 title
    "Valdora ties Norland's reading of the treaty to the disputed Sarn delta, hoping to settle a century-old quarrel.",  # 4 deck
    "Why is Valdora asking Norland to 'fully honour' the 1921 river treaty?",     # 5 repeated headline
    "Minister Ilse Varga speaks to reporters in Korvin on Monday. / Photo agency",  # 6 caption (not a foundation rule)
    "June 2, 2025",                                                                # 7 dateline
    "",
    "Valdora's foreign minister on Monday called on Norland to honour the 1921 river treaty in full, according to a statement from the ministry.",
    "",
    "\u201cThe treaty gave both nations equal rights to the Sarn and its delta,\u201d the statement said.",
    "",
    "\u201cWe urge Norland to respect the shared management of the river,\u201d Varga said at a press conference.",
    "",
    "She added that joint surveys of the delta would resume in the autumn.",
    "",
    "Norland's government has not yet responded to the statement.",
    "",
    "A century of disputes",                                                       # 19 sub-heading
    "",
    "RECOMMENDED",                                                                 # 21
    "",
    "\u201cThe river has fed both our peoples for centuries,\u201d Varga said.",
    "",
    "\u201cOur duty is to keep it open to both,\u201d she added.",
    "",
    "The delta has been the subject of talks since the treaty was signed, without a final settlement of the border along its channels.",
    "",
    "RelatedKorvin Daily - What is at stake in the Sarn delta talks?",             # 29
    "",
    "Explore",                                                                      # 31
    "Rail workers in Ostmark vote to extend strike into second week",
    "Storm Hedda brings floods to the northern coast",
    "Central bank holds rates as inflation cools",
    "Museum returns bronze masks to island community",
    "Ferry operator orders two electric vessels",
    "'A new chapter': Korvin book fair opens after renovation",
    "Border crossing reopens after three-day closure",
    "Farmers protest over grain import quotas",
    "Space agency delays launch of weather satellite",
    "Court rules on disputed fishing licences",
    "Heatwave warnings issued for southern provinces",
    "Coalition talks stall over budget rules",
    "Glacier retreat speeds up, survey finds",
    "By Tomas Reyer",
    "National team names squad for summer tournament",
    "Airline cancels flights as pilots walk out",                                  # 47
]
ARTICLE = "\n".join(LINES)
EXPECTED = {(1, "navigation-leftover"), (2, "reading-time"), (5, "duplicate-headline"),
            (21, "related-link"), (29, "related-link"), (31, "unrelated-spillover")}
SELECT = ["navigation-leftover", "reading-time", "related-link", "duplicate-headline", "unrelated-spillover",
          "missing-date"]


def test_lint_gives_the_seed_verdict() -> None:
    findings = lint_text(ARTICLE, select=SELECT)
    assert {(f.line, f.name) for f in findings} == EXPECTED
    block = next(f for f in findings if f.name == "unrelated-spillover")
    assert (block.line, block.end_line) == (31, 47)


def test_unsafe_fix_removes_exactly_the_debris_lines() -> None:
    fixed = fix_text(ARTICLE, select=SELECT, unsafe=True)
    removed = {1, 2, 5, 21, 29, *range(31, 48)}
    kept = [line for number, line in enumerate(LINES, start=1) if number not in removed]
    assert fixed == "\n".join(kept) + "\n"


def test_safe_fix_removes_only_what_no_editor_would_keep() -> None:
    fixed = fix_text(ARTICLE, select=SELECT).split("\n")
    assert "3 min read" not in fixed, "a reading-time badge is safe to drop anywhere"
    assert fixed.count(LINES[2]) == 1
    assert LINES[0] in fixed and LINES[30] in fixed, "weaker signals wait for --unsafe-fixes"
    assert "RECOMMENDED" in fixed, "a lexicon line between paragraphs waits for --unsafe-fixes"


def test_without_stamp_and_dateline_the_date_is_missing() -> None:
    undated = "\n".join(line for number, line in enumerate(LINES, start=1) if number not in (1, 7))
    assert [f.name for f in lint_text(undated, select=["missing-date"])] == ["missing-date"]
    assert lint_text(ARTICLE, select=["missing-date"]) == []
