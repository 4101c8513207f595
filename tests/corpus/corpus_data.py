"""An invented corpus for corpus-rule tests: two sites with their own promo lines, a copy, a near copy."""

from __future__ import annotations

import json
from pathlib import Path

STORIES = [
    "The council approved a new budget for the harbour on Tuesday after a long debate.",
    "A storm closed the coastal road for a second night, the police said on Monday.",
    "The school choir won the regional contest with a song about the northern lights.",
    "Ferry services resumed on the northern route after repairs to the main pier.",
    "The museum opened a new wing on the history of fishing in the bay.",
    "Farmers reported a record apple harvest despite a dry summer in the valley.",
]
PROMO = "Get the Herald briefing every morning"
LONG = ("Traders at the quay said the closure had cost them most of a week's income, and the port authority promised "
        "a full report on the storm damage by the end of next month.")


def record(index: int, text: str, site: str = "herald.example", url: str | None = None) -> str:
    return json.dumps({"id": f"{site}-{index}", "url": url or f"https://www.{site}/news/{index}",
                       "title": f"Story {index}", "date": "2025-03-14", "text": text})


def write_corpus(folder: Path) -> list[Path]:
    """Two JSON Lines files and a text file: six Herald articles with a promo line, the same page saved again,
    an exact copy in another file, a near copy, and a Gazette article."""
    herald = [record(i, f"{s}\n{PROMO}\nThe office gave no further details on item {i}.") for i, s in enumerate(STORIES)]
    herald.append(record(0, f"{STORIES[0]}\n{PROMO}\nThe office gave no further details on item 0."))
    first = folder / "herald.jsonl"
    first.write_text("\n".join(herald) + "\n", encoding="utf-8")
    near = LONG.replace("next month", "the month")
    second = folder / "mirror.jsonl"
    second.write_text("\n".join([
        record(1, f"{LONG}\n{LONG}", "gazette.example"),
        record(2, f"{STORIES[3]}\n{PROMO}\nThe office gave no further details on item 3.", "copies.example"),
        record(3, f"{near}\n{LONG}", "copies.example"),
    ]) + "\n", encoding="utf-8")
    text = folder / "note.txt"
    text.write_text("Gallery opens\n\nThe gallery opened a show of harbour paintings on Friday.\n", encoding="utf-8")
    return [first, second, text]
