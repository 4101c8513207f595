"""Languages are data: each lexicon file adds its phrases and month names; none needs code."""

from __future__ import annotations

from pathlib import Path

from artlint.config import Settings
from artlint.testing import lint_text


def test_german_phrases_and_dates() -> None:
    article = (
        "Hafen nach Sturm wieder offen\n3 Min. Lesezeit\n5. September 2025\nDer Hafen ist wieder offen.\nAnzeige\n"
        "Die Fähren fahren ab Montag wieder nach dem alten Fahrplan, sagte der Hafenmeister.\n"
    )
    findings = lint_text(article)
    assert [(f.name, f.line) for f in findings] == [("reading-time", 2), ("advertisement", 5)]


def test_french_month_names_count_as_a_date() -> None:
    article = "Le port rouvre après la tempête\n12 janvier 2024\nLe port a rouvert lundi.\n"
    assert lint_text(article, select=["missing-date"]) == []


def test_languages_setting_limits_the_lexicons() -> None:
    article = "Hafen nach Sturm wieder offen\n2025-09-05\nDer Hafen ist wieder offen.\nAnzeige\n"
    assert [f.line for f in lint_text(article, select=["advertisement"])] == [4]
    assert lint_text(article, select=["advertisement"], settings=Settings(languages=["en"])) == []


def test_a_new_language_is_one_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "lexicon_plugin.py").write_text(
        "from pathlib import Path\nfrom artlint import hookimpl\n\n"
        "@hookimpl\ndef artlint_register_lexicons(register):\n"
        "    register(Path(__file__).with_name('eo.yaml'))\n"
    )
    (tmp_path / "eo.yaml").write_text(
        "language: eo\nmonths: {septembro: 9}\nentries:\n  navigation:\n    phrases: [Reklamo, Kunhavigi]\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    article = "La haveno remalfermiĝas\n5 septembro 2025\nLa haveno estas malfermita.\nReklamo\n"
    findings = lint_text(article, settings=Settings(plugins=["lexicon_plugin"]))
    assert [(f.name, f.line) for f in findings] == [("navigation-leftover", 4)]
