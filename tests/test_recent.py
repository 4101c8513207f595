"""Recent: a remembered line reads as a new one would, and the memory stays within its budget."""

from __future__ import annotations

from artlint.article import Article
from artlint.layout import build_layout
from artlint.recent import Recent
from artlint.textutil import lower_words


def test_a_remembered_line_gets_the_value_it_would_get_anew() -> None:
    calls: list[str] = []
    recent = Recent(lambda text: calls.append(text) or lower_words(text), budget=1_000)
    first = recent(["Harbour Fees RISE", "Подписаться на новости", "***"])
    again = recent(["Don't miss", "Harbour Fees RISE", "***"])
    assert first == [["harbour", "fees", "rise"], ["подписаться", "на", "новости"], []]
    assert again == [["don't", "miss"], ["harbour", "fees", "rise"], []]
    assert again[1] is first[0] and calls == ["Harbour Fees RISE", "Подписаться на новости", "***", "Don't miss"]


def test_the_memory_is_emptied_once_it_would_hold_more_than_its_budget_of_characters() -> None:
    recent = Recent(len, budget=20)
    assert recent(["Weather and tides", "Ferry"]) == [17, 5]
    assert recent.chars <= 20 and set(recent.values) <= {"Ferry"}
    assert recent(["Weather and tides"]) == [17] and recent.chars == 17


def test_two_bodies_that_share_lines_are_laid_out_alike() -> None:
    shared = "The ferry between Halden Point and the islands resumed service on Friday after a pause."
    one = build_layout(Article.from_values({"body": f"Weather\n{shared}\nShare this"}).body.lines)
    two = build_layout(Article.from_values({"body": f"{shared}\nWeather"}).body.lines)
    assert one.tokens[1] == two.tokens[0] == lower_words(shared)
    assert (one.paragraph, two.paragraph, one.first, two.first) == ([False, True, False], [True, False], 1, 0)
