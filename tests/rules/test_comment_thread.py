"""comment-thread (ART214): which lines open like a reader's comment, each option's threshold, and a thread
in a JSON Lines record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from artlint.builtin.boilerplate.comment_thread import CommentThread
from artlint.config import Settings
from artlint.data import builtin_lexicon_files
from artlint.lexicons import builtin_lexicons, load_lexicons
from artlint.testing import fix_text, lint_text

CASES = Path(__file__).parent / "cases" / "comment-thread"


def reader(language: str | None) -> Any:
    rule = CommentThread()
    rule.setup(builtin_lexicons())
    return rule.reader(language)


@pytest.mark.parametrize(("line", "kind"), [
    ("Hi,", "greeting"),
    ("Hi Donna Jo, I am sorry but I have no answer for the burn hole.", "greeting"),
    ("Hey Ann", "greeting"),
    ("Congratulations!", "greeting"),
    ("Thanks for the lovely article.", "praise"),
    ("Thank you so much!", "praise"),
    ("Great post, as always.", "praise"),
    ("So incredibly helpful!", "praise"),
    ("Great advice about the bindweed.", "praise"),
    ("Thank you for reading, and see you next week!", ""),
    ("Thanks for joining me on this journey!", ""),
    ("Thank you so much, as always, for reading!", ""),
    ("Thanks for sticking with me this year.", ""),
    ("Thanks for following up on this story!", "praise"),
    ("Thanks for following along, everyone!", ""),
    ("Bravo Company was pinned down for six hours.", ""),
    ("Hello Kitty turns 50 this year, and the brand is worth billions.", ""),
    ("Hey Jude was recorded in 1968.", ""),
    ("Hi-fi sales rose for the third year.", ""),
    ("Congratulations poured in from across the town.", ""),
    ("Thank you to the volunteers who cleared the beach.", ""),
    ("Many thanks to the judges, Ms Olsen added.", ""),
    ("Thanks for coming, she said, and closed the door.", ""),
    ("Love it or loathe it, Marmite is back on the shelves.", ""),
    ("You did a beautiful job on the drawers.", "praise"),
    ("Good job. It looks great.", "praise"),
    ("Wow. Just wow, what a finish.", ""),
    ("Bravo, she said.", ""),
    ("Beautiful, but deadly: the box jellyfish is back.", ""),
    ("Like you, I quit my job when my son was born.", ""),
    ("Ciao Darwin torna in prima serata.", ""),
    ("Merhaba, the restaurant on the quay, opens on Friday.", ""),
])
def test_an_english_line_opens_like_a_comment_only_with_a_greeting_before_a_name_or_thanks_for_the_post(
        line: str, kind: str) -> None:
    assert reader("en").kind(line) == kind


def test_greetings_of_the_article_language_count_and_others_do_not() -> None:
    assert reader("it").kind("Ciao Marco, grazie per la ricetta!") == "greeting"
    assert reader("it").kind("Grazie a tutti i volontari del porto.") == ""
    assert reader("de").kind("Vielen Dank für die tolle Anleitung!") == "praise"
    assert reader("en").kind("Vielen Dank für die tolle Anleitung!") == ""
    assert reader(None).kind("Vielen Dank für die tolle Anleitung!") == "praise"
    assert reader("de").kind("Vielen Dank fürs Lesen und bis nächste Woche!") == ""
    assert reader("nl").kind("Bedankt voor het lezen!") == ""


def case_input(name: str) -> str:
    return str(yaml.safe_load((CASES / name).read_text(encoding="utf-8"))["input"])


def thread_found(text: str, **options: Any) -> bool:
    settings = Settings(rule_options={"comment-thread": options}) if options else None
    return any(f.code == "ART214" for f in lint_text(text, select=["comment-thread"], settings=settings))


@pytest.mark.parametrize("option", [
    {"min_comments": 6}, {"min_share": 0.9}, {"min_words_before": 500}, {"min_words": 500},
])
def test_each_option_raised_past_the_thread_keeps_it(option: dict[str, Any]) -> None:
    text = case_input("fail.yaml")
    assert thread_found(text)
    assert not thread_found(text, **option)


def test_the_interview_goodbyes_would_be_a_thread_of_three_and_four_comment_lines_keep_them() -> None:
    text = case_input("pass-interview-without-labels.yaml")
    assert not thread_found(text)
    assert thread_found(text, min_comments=3)


def test_a_thread_in_a_json_lines_record_is_cut_and_the_other_fields_stay() -> None:
    body = case_input("fail.yaml").split("\n", 1)[1]
    record = {"title": "Restoring a vintage dresser", "text": body, "date": "2025-05-12", "shop": {"id": 7}}
    fixed = json.loads(fix_text(json.dumps(record) + "\n", "posts.jsonl", ["comment-thread"], unsafe=True))
    assert fixed["shop"] == {"id": 7} and fixed["date"] == "2025-05-12"
    assert fixed["text"].rstrip().endswith("thanks for being here.")
    assert "Thank you so much" not in fixed["text"]


def test_a_lexicon_of_another_language_teaches_its_sign_off_and_whom_thanks_go_to(tmp_path: Path) -> None:
    polish = tmp_path / "pl.yaml"
    polish.write_text(yaml.safe_dump({
        "language": "pl", "stopwords": ["i", "w", "na", "nie", "się", "jest"],
        "comment_openers": ["Dziękuję", "Dzięki za"], "comment_addressed": ["wszystkim"],
        "sign_off_for": ["za"], "sign_off_skipped": ["wasze", "z"],
        "sign_off_done": ["czytanie", "uwagę", "bycie z nami"],
    }, allow_unicode=True), encoding="utf-8")
    rule = CommentThread()
    rule.setup(load_lexicons([*builtin_lexicon_files(), polish]))
    polish_reader = rule.reader("pl")
    assert polish_reader.kind("Dziękuję za świetny artykuł!") == "praise"
    assert polish_reader.kind("Dziękuję za wasze czytanie i do zobaczenia!") == ""
    assert polish_reader.kind("Dzięki za bycie z nami przez cały rok.") == ""  # a skipped word inside the phrase
    assert polish_reader.kind("Dziękuję wam wszystkim bardzo bardzo serdecznie za wasze bycie z nami!") == ""
    assert polish_reader.kind("Dziękuję za bycie tutaj.") == "praise"
    assert polish_reader.kind("Dziękuję wszystkim wolontariuszom.") == ""
    assert reader("ru").kind("Спасибо за прочтение!") == "" and reader("ru").kind("Спасибо за статью!") == "praise"
    assert reader("fr").kind("Merci beaucoup a tous les bénévoles.") == ""
    assert polish_reader.kind("Thanks for reading!") == ""
    assert reader("en").kind("Thanks for being with us all year.") == "praise"
