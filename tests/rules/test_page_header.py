"""page-header (ART217): the block above the headline's copy, its option, and how it shares lines with the rules that
know some of them."""

from __future__ import annotations

import json
from typing import Any

from artlint.config import Settings
from artlint.testing import fix_text, lint_text

TITLE = "Harbour reopens after three weeks of storms"
ARTICLE = [
    "The harbour at Kellmouth reopened on Monday after three weeks of storms, the port authority said.",
    "Fishing boats were the first to leave, an hour before dawn, and the ferries followed at nine.",
    "The port authority said the timetable will be back to normal by Friday, once the buoys are back.",
    "Repairs to the northern pier will go on until the summer, and the car park stays closed.",
]
MENU = ["Skip to content", "News", "Sport", "Open a savings account in minutes with the Coast Bank app.", "Weather",
        "Tides"]


def record(*lines: str, **fields: Any) -> str:
    return json.dumps({"title": TITLE, "date": "2025-03-04", "text": "\n".join(lines), **fields}) + "\n"


def codes_by_line(content: str, select: list[str] | None = None, **options: Any) -> dict[int, list[str]]:
    settings = Settings(rule_options={"page-header": options}) if options else None
    found: dict[int, list[str]] = {}
    for finding in lint_text(content, "posts.jsonl", select, settings=settings):
        if finding.line is not None:
            found.setdefault(finding.line, []).append(finding.code)
    return found


def test_the_menu_is_one_block_and_the_general_rules_stay_quiet_inside_it() -> None:
    found = codes_by_line(record(*MENU, TITLE, *ARTICLE))
    assert found[1] == ["ART201", "ART217"]  # a safe fix of a known phrase stays beside the block's unsafe cut
    assert all("ART211" not in found.get(line, []) for line in range(1, 7))  # page-debris yields to the block
    assert found[7] == ["ART401"]


def test_the_fix_keeps_every_line_of_the_article() -> None:
    fixed = json.loads(fix_text(record(*MENU, TITLE, *ARTICLE), "posts.jsonl", ["page-header"], unsafe=True))
    assert fixed["text"].split("\n") == [TITLE, *ARTICLE]
    safe_only = json.loads(fix_text(record(*MENU, TITLE, *ARTICLE), "posts.jsonl", ["page-header"]))
    assert safe_only["text"].split("\n") == [*MENU, TITLE, *ARTICLE]


def test_max_share_bounds_the_text_above_the_headline() -> None:
    content = record(*MENU, TITLE, *ARTICLE)  # 18 of 93 words above the headline's copy
    assert 1 in codes_by_line(content, ["page-header"])
    assert codes_by_line(content, ["page-header"], max_share=0.15) == {}


def test_the_copy_without_the_sites_name_is_the_headline() -> None:
    content = record(*MENU, TITLE, *ARTICLE, title=f"{TITLE} | Kellmouth Courier")
    assert codes_by_line(content, ["page-header"]) == {1: ["ART217"]}
    assert codes_by_line(record(*MENU, "Harbour reopens", *ARTICLE, title="Harbour reopens | Kellmouth Courier"),
                         ["page-header"]) == {}  # a head of four words is no headline of its own
