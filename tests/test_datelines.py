"""DatelineFinder: lines of page metadata beside a date, against prose and tables that hold dates."""

from __future__ import annotations

import datetime as dt
import time
from functools import cache

import pytest

from artlint.builtin.metadata.datelines import DatelineFinder
from artlint.data import data_dir
from artlint.dates import DateFinder
from artlint.lexicons import load_lexicons


@cache
def finder() -> DatelineFinder:
    lexicons = load_lexicons((data_dir("rules") / "lexicons").glob("*.yaml"))
    return DatelineFinder(DateFinder(lexicons.months), lexicons.dateline_words, lexicons.entry("byline").prefixes)


@pytest.mark.parametrize("line", [
    "Nov. 18, 2024 7:04 pm ET",
    "October 16, 2020 · 8 min read",
    "PUBLISHED: 10:48, Tue, Nov 19, 2024 | UPDATED: 11:05, Tue, Nov 19, 2024",
    "Posted 2024-01-12T00:30:27+00:00 - Updated 2024-01-13T14:50:47+00:00",
    "5:27 am CST, Wednesday, November 20, 2024",
    "June 9, 2020 · 6 Comments",
    "November 19, 2024 / 12:21 AM / Updated 14 hours ago",
    "Publié le 3 mars 2025 à 10h30",
    "Veröffentlicht am 3. März 2025, 10:30 Uhr",
    "Publicado el 3 de marzo de 2025 a las 10:30",
    "  - Published 18 November 2024  ",
    "نشر في 4 مارس 2025",
    "نُشر في 4 مارس 2025",
    "2025年3月4日 08:12",
    "2025년 3월 4일 오전 8:12",
    "2025年3月4日 12時30分",
    "2025年3月4日 午前10時",
    "最終更新：2025年3月4日（火）",
    "2025년 3월 4일 8시 12분",
    "发布时间：2025年03月04日 08:12",
    "Laatst bijgewerkt: 27 augustus 2025, 09:45 uur",
    "Laatst gewijzigd: 22 oktober 2025",
    "Son güncelleme: 10 Aralık 2025",
    "Última actualización: 3 de marzo de 2025",
    "Dernière mise à jour : 3 mars 2025",
    "Última atualização: 3 de março de 2025",
    "Последнее обновление: 3 марта 2025",
])
def test_datelines(line: str) -> None:
    assert finder().match(line) is not None


@pytest.mark.parametrize("line", [
    "March 12, 2025",
    "29 November 2018 | 20 January 2019",
    "(Published Monday, Nov. 18, 2019)",
    "Published: March 2025",
    "The bridge closes on March 10, 2025 at 10 pm for two weeks.",
    "The work was approved by the council on February 3, 2025.",
    "2025年3月4日，市政府宣布新的交通计划。",
    "2025年3月4日午前10時、首相は記者会見を開いた。",
    "Approved by the council on March 3, 2025",
    "on March 3, 2025 by the committee",
    "Results: 12.50 on March 3, 2025",
    "4:00pm - 5:00pm",
    "Mon, Mar 23, 4:00pm - 5:00pm",
])
def test_not_datelines(line: str) -> None:
    assert finder().match(line) is None


def test_a_byline_beside_the_date_is_told() -> None:
    found = finder().match("March 3, 2025 by Tom Reed")
    assert found is not None and found.byline
    plain = finder().match("March 3, 2025 at 9:15 am")
    assert plain is not None and not plain.byline


def test_a_line_that_opens_with_a_byline_is_left_to_byline_leftover() -> None:
    assert finder().opens_with_byline("By Tom Reed | March 3, 2025")
    assert not finder().opens_with_byline("March 3, 2025 by Tom Reed")


@pytest.mark.parametrize("line", [
    "March 3, 2025 and March 4, 2025",
    "Saturday, March 8, 2025 & Sunday, March 9, 2025",
    "Le 3 mars 2025 et le 4 mars 2025",
    "Am 3. März 2025 und am 4. März 2025",
    "El 3 de marzo de 2025 y el 4 de marzo de 2025",
    "Il 3 marzo 2025 e il 4 marzo 2025",
    "Em 3 de março de 2025 e 4 de março de 2025",
    "Op 3 maart 2025 en 4 maart 2025",
    "3 марта 2025 и 4 марта 2025",
    "3 Mart 2025 ve 4 Mart 2025",
    "في 3 مارس 2025 و 4 مارس 2025",
])
def test_dates_joined_by_and_are_a_schedule(line: str) -> None:
    """Two days of an event, not a published and an updated date (those come with labels)."""
    assert finder().match(line) is None


@pytest.mark.parametrize("line", ["Am 3. März 2025 ist Montag", "Le 3 mars 2025 et le 4 mars 2025", "March 3, 2025 ET"])
def test_a_time_zone_stands_only_after_a_time(line: str) -> None:
    """'et', 'est', 'ist' are also French and German words: a zone counts only right after a time."""
    assert finder().match(line) is None


@pytest.mark.parametrize("line", ["Nov. 18, 2019 7:04 pm ET", "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)",
                                  "Updated: Nov 20 2019, 15:24pm ist", "Mon 18 Nov 2019 18.54 GMT"])
def test_a_time_zone_after_a_time(line: str) -> None:
    assert finder().match(line) is not None


@pytest.mark.parametrize("line", [
    "Saturday, 8 March 2025, 10:00 – 18:00",
    "March 3, 2025 @ 7:00 pm - 9:00 pm",
    "Monday, March 3, 2025, 10 am to 4 pm",
    "Samedi 8 mars 2025 de 10h à 18h",
    "8 de março de 2025 de 10h às 18h",
])
def test_opening_hours_are_an_event_listing(line: str) -> None:
    """A time range is when an event runs; a dateline gives one time per date."""
    assert finder().match(line) is None


@pytest.mark.parametrize("line", ["3 March 2025 | 1.08 | 0.85", "March 3, 2025: 12.50"])
def test_decimals_in_a_table_row_are_not_times(line: str) -> None:
    assert finder().match(line) is None


@pytest.mark.parametrize("line", [
    "Op 3 maart 2025 om 20.00 uur", "Sat 12 April 2025 at 7.30pm", "2025-10-30T10:45:07-04:00",
    "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
])
def test_times_that_stay_datelines(line: str) -> None:
    assert finder().match(line) is not None


@pytest.mark.parametrize("line", [
    "Date: March 3, 2025",
    "Date: March 3, 2025 Time: 7 pm",
    "Dated: 3 March 2025",
    "Datum: 3. März 2025",
    "Fecha: 3 de marzo de 2025",
    "Data: 3 marzo 2025",
    "Дата: 3 марта 2025",
])
def test_a_bare_date_label_is_an_event_or_a_document(line: str) -> None:
    """'Date:' heads an event listing's or a letter's date as often as a page's: only a publication label counts."""
    assert finder().match(line) is None


def test_a_publication_date_label_counts() -> None:
    assert finder().match("Published Date: June 11, 2025") is not None
    assert finder().match("Publication date: 11 June 2025") is not None


def test_a_long_run_of_names_is_read_in_linear_time() -> None:
    """Each token is matched once (atomic groups): a name that may end before a particle ('Di' is also an
    Italian dateline word) used to be retried both ways for every name, 2^n times."""
    line = "March 3, 2025 " + "by Ann Bo Cy Di " * 11 + "and more"
    started = time.perf_counter()
    assert finder().match(line) is None
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("line", ["First day: March 3, 2025", "Last day: March 3, 2025 at 5 pm", "Time: March 3, 2025"])
def test_first_and_last_count_only_as_a_label(line: str) -> None:
    """'First' and 'Last' stand beside a date in 'First published' and 'Last updated', but also in an
    event's 'Last day:'."""
    assert finder().match(line) is None


@pytest.mark.parametrize("line", ["First published March 3, 2025", "Last modified on Mon 18 Nov 2019 18.54 GMT",
                                  "Last updated: March 3, 2025, 3 comments", "March 3, 2025 · Reading time 4 minutes"])
def test_first_and_last_labels(line: str) -> None:
    assert finder().match(line) is not None


@pytest.mark.parametrize("line", ["3 March 2025 – 9 March 2025, 10:00", "12 years: March 3, 2013 – March 3, 2025",
                                  "Saturday 8 March 2025 – 30 March 2025"])
def test_two_dates_joined_by_a_dash_are_a_span(line: str) -> None:
    assert finder().match(line) is None


def test_a_dash_before_a_label_joins_two_datelines() -> None:
    assert finder().match("August 16, 2019 - Updated July 9, 2025") is not None


def test_the_date_finder_finds_each_form_at_its_start() -> None:
    """ISO, year-first, month-first, day-first and numeric dates, in any case, and none inside longer numbers."""
    dates = finder().dates
    text = ("2024-03-05 | 2024/3/6 | MARCH 7, 2024 | 8 de marzo de 2024 | 19.3.2024 | 12024-03-05 | Xmarch 7, 2024"
            " | 20-03-2024 | 21/03-2024 | 555-12-2024")
    found = [(text[m.start:m.end], m.date) for m in dates.finditer(text)]
    assert [(t, str(d)) for t, d in found] == [
        ("2024-03-05", "2024-03-05"), ("2024/3/6", "2024-03-06"), ("MARCH 7, 2024", "2024-03-07"),
        ("8 de marzo de 2024", "2024-03-08"), ("19.3.2024", "2024-03-19"), ("20-03-2024", "2024-03-20"),
    ]



@pytest.mark.parametrize(("text", "expected"), [
    ("2025年3月4日", dt.date(2025, 3, 4)),
    ("发布时间：2025年03月04日 08:12", dt.date(2025, 3, 4)),
    ("2025년 3월 4일 오전 8:12", dt.date(2025, 3, 4)),
    ("２０２５年３月４日", dt.date(2025, 3, 4)),
    ("2025年13月4日", None),
])
def test_chinese_japanese_and_korean_dates_by_their_year_month_and_day_marks(text: str, expected: dt.date | None) -> None:
    found = DateFinder({}).first_date(text)
    assert found is not None and found.date == expected


def test_a_year_and_a_month_alone_is_no_date() -> None:
    assert DateFinder({}).first_date("2025年3月的数据显示") is None


def test_a_month_written_with_digits_is_no_month_name_of_the_pattern() -> None:
    finder = DateFinder({"3월": 3, "3月": 3, "march": 3})
    assert "3월" not in finder.pattern.pattern and "3月" not in finder.pattern.pattern
    assert finder.first_date("March 4, 2025") is not None
    found = finder.first_date("2025년 3월 4일")
    assert found is not None and found.date == dt.date(2025, 3, 4)


@pytest.mark.parametrize("line", [
    "Updated May 4, 2024", "Dernière mise à jour : 3 mars 2025", "Laatst gewijzigd: 22 oktober 2025",
    "Ultimo aggiornamento: 3 marzo 2025", "Última atualização: 3 de março de 2025",
    "Letzte Aktualisierung: 3. März 2025",
])
def test_an_update_word_says_the_day_a_page_changed(line: str) -> None:
    from artlint.daterecord import UPDATED

    assert UPDATED.search(line)
    assert finder().match(line) is not None


@pytest.mark.parametrize("line", [
    "Pubblicato il 3 marzo 2025", "ROMA, 3 marzo 2025 – Il governo aggiorna le stime di crescita",
    "Publicado em 3 de março de 2025", "Veröffentlicht am 3. März 2025",
])
def test_a_publication_date_has_no_update_word(line: str) -> None:
    from artlint.daterecord import UPDATED

    assert UPDATED.search(line) is None
