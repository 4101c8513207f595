"""The only record of an undated article's date survives the fix: kept in plain text, deleted only by an
unsafe fix in a record (where missing-date fills the date field from it in the same round)."""

from __future__ import annotations

import json

from artlint.testing import fix_text

PARAGRAPHS = ["The crew of the Kellmouth lifeboat received a bravery award on Friday for rescuing six fishermen.",
              "The six men had been clinging to their capsized boat for two hours when the crew reached them."]


def plain(*opening: str) -> str:
    return "\n".join(["Lifeboat crew honoured for storm rescue", *opening, *PARAGRAPHS]) + "\n"


def test_of_two_date_stamps_the_first_stays_in_plain_text() -> None:
    fixed = fix_text(plain("Published May 3, 2024", "Updated May 4, 2024"), unsafe=True)
    assert "Published May 3, 2024" in fixed
    assert "Updated May 4, 2024" not in fixed


def test_a_stamp_stays_and_a_dated_teaser_above_it_goes() -> None:
    fixed = fix_text(plain("Related: Harbour closes for the storm - May 1, 2024", "Published May 3, 2024"), unsafe=True)
    assert "Published May 3, 2024" in fixed
    assert "Harbour closes" not in fixed


def test_a_bare_dateline_below_a_long_menu_stays_and_the_menu_goes() -> None:
    menu = ["Skip to content", "Menu", "News", "Local", "Politics", "Business", "Sport", "Weather", "Opinion",
            "Podcasts", "Events", "Home > News > Local"]
    fixed = fix_text(plain(*menu, "March 14, 2025"), unsafe=True)
    assert fixed == plain("March 14, 2025")


def test_in_a_record_the_stamp_goes_only_with_the_unsafe_fix_that_fills_the_date() -> None:
    record = {"title": "Lifeboat crew honoured", "date": None, "text": "\n".join(["Published May 3, 2024", *PARAGRAPHS])}
    data = json.dumps(record)
    safe = json.loads(fix_text(data, "article.json"))
    unsafe = json.loads(fix_text(data, "article.json", unsafe=True))
    assert safe["text"].startswith("Published May 3, 2024\n") and safe["date"] is None
    assert unsafe["text"] == "\n".join(PARAGRAPHS) and unsafe["date"] == "2024-05-03"


def test_a_date_record_with_a_time_zone_is_kept_when_english_is_not_loaded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from artlint.config import load_settings

    (tmp_path / ".artlint.yaml").write_text("languages: [de]\n")
    article = ("Hafen öffnet nach dem Sturm wieder\n\n14.03.2025 10:05 CET\n\n"
               "Der Hafen wurde am Montag nach drei Wochen Reparaturen an der Mauer wieder geöffnet, sagte die Behörde.\n\n"
               "Die erste Fähre legte pünktlich ab, wie der Kapitän am Montag sagte, und die Händler waren froh.\n")
    settings = load_settings(tmp_path / ".artlint.yaml")
    assert "14.03.2025 10:05 CET" in fix_text(article, settings=settings, unsafe=True)


def test_a_time_written_with_dotted_am_or_pm_keeps_the_stamp() -> None:
    for stamp in ("Updated May 3, 2024 at 10:05 a.m. ET", "Published May 3, 2024, 4:40 p.m.", "May 3, 2024 4:40 P.M. EDT"):
        fixed = fix_text(plain("Related: Harbour closes for the storm - May 1, 2024", stamp), unsafe=True)
        assert stamp in fixed, stamp


def test_an_undated_record_keeps_its_only_date_under_safe_fixes_and_the_unsafe_fix_fills_it() -> None:
    records = [
        ("Publicado el 10 de febrero de 2025 a las 09:15 h", "2025-02-10"),  # 'a las': a two-word dateline word
        ("Veröffentlicht am 13.11.2024, 14:32 Uhr", "2024-11-13"),
    ]
    for stamp, iso in records:
        data = json.dumps({"title": "Lifeboat crew honoured", "text": "\n".join([stamp, *PARAGRAPHS])})
        safe = json.loads(fix_text(data, "article.json"))
        unsafe = json.loads(fix_text(data, "article.json", unsafe=True))
        assert safe["text"].startswith(stamp) and "date" not in safe, stamp
        assert unsafe["text"] == "\n".join(PARAGRAPHS) and unsafe["date"] == iso, stamp


def test_an_update_date_alone_is_no_publication_date_and_stays_in_the_text() -> None:
    for stamp in ("Updated May 4, 2024", "Last updated on 4 May 2024 at 10:05 am", "Aktualisiert am 04.05.2024, 14:32 Uhr",
                  "Actualizado el 4 de mayo de 2024"):
        data = json.dumps({"title": "Lifeboat crew honoured", "text": "\n".join([stamp, *PARAGRAPHS])})
        unsafe = json.loads(fix_text(data, "article.json", unsafe=True))
        assert "date" not in unsafe and unsafe["text"].startswith(stamp), stamp
    published = {"title": "Lifeboat crew honoured", "text": "\n".join(["Published May 3, 2024 - Updated May 4, 2024", *PARAGRAPHS])}
    assert json.loads(fix_text(json.dumps(published), "article.json", unsafe=True))["date"] == "2024-05-03"


def test_no_safe_fix_deletes_a_dated_line_from_an_undated_record() -> None:
    record = {"title": "Lifeboat crew honoured", "text": "\n".join(["Published May 3, 2024", "Updated May 4, 2024", *PARAGRAPHS])}
    safe = json.loads(fix_text(json.dumps(record), "article.json"))
    assert safe["text"] == record["text"]  # the record is 'Published May 3', but the field is empty: nothing is certain
    assert "Updated May 4, 2024" not in fix_text(plain("Published May 3, 2024", "Updated May 4, 2024"))  # plain text keeps its record


GERMAN = ["Die Besatzung des Rettungsboots wurde am Freitag für die Rettung von sechs Fischern ausgezeichnet.",
          "Die sechs Männer hatten sich zwei Stunden lang an ihr gekentertes Boot geklammert, als die Crew sie erreichte."]


def test_a_numeric_date_is_read_day_first_in_a_language_that_writes_it_so() -> None:
    for stamp, paragraphs, iso in (("Veröffentlicht am 12.11.2024, 14:32 Uhr", GERMAN, "2024-11-12"),
                                   ("Published 12.11.2024 14:32", PARAGRAPHS, None)):
        data = json.dumps({"title": "Rettungsboot ausgezeichnet", "text": "\n".join([stamp, *paragraphs])})
        fixed = json.loads(fix_text(data, "article.json", unsafe=True))
        assert fixed.get("date") == iso, stamp
        assert fixed["text"].startswith(stamp) == (iso is None)  # kept while it is the only, unread record


DUTCH = ["De bemanning van de reddingsboot kreeg vrijdag een onderscheiding voor de redding van zes vissers.",
         "De zes mannen hadden zich twee uur lang aan hun omgeslagen boot vastgeklampt toen de bemanning hen bereikte."]


def test_a_dashed_numeric_date_fills_the_field_and_a_phone_number_does_not() -> None:
    for stamp, iso in (("Gepubliceerd: 04-03-2025, 14:32", "2025-03-04"), ("Bel 06-12-1234", None)):
        data = json.dumps({"title": "Reddingsboot onderscheiden", "text": "\n".join([stamp, *DUTCH])})
        fixed = json.loads(fix_text(data, "article.json", unsafe=True))
        assert fixed.get("date") == iso, stamp
        assert fixed["text"].startswith(stamp) == (iso is None), stamp
