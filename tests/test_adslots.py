"""artlint.adslots: which lines label an ad slot beside the article's text, and the layout without them."""

from __future__ import annotations

from artlint.adslots import ad_slot_labels, article_ad_slots, without_lines
from artlint.article import Article
from artlint.layout import layout
from artlint.lexicons import builtin_lexicons

LEAD = "The council voted on Tuesday to extend the night bus network to four outer districts of the city."
NEXT = "The operator said the first buses would run from Monday, with a review of the timetable in spring."


def _labels(body: str) -> tuple[list[str], set[int]]:
    article = Article.from_values({"title": "Night buses", "body": body})
    index = builtin_lexicons().index()
    view = layout(article)
    return view.texts, ad_slot_labels(view, index.lines(article), index.positions(article))


def test_a_label_or_a_run_of_labels_beside_a_paragraph_is_a_slot() -> None:
    texts, labels = _labels(f"{LEAD}\nAdvertisement\nRoutes\n{NEXT}")
    assert [texts[i] for i in sorted(labels)] == ["Advertisement"]
    texts, labels = _labels(f"{LEAD}\nRoutes\nAdvertisement\n{NEXT}")  # the paragraph below it
    assert [texts[i] for i in sorted(labels)] == ["Advertisement"]
    texts, labels = _labels(f"{LEAD}\nAdvertisement\nScroll to continue with content\nRoutes\n{NEXT}")
    assert [texts[i] for i in sorted(labels)] == ["Advertisement", "Scroll to continue with content"]


def test_a_label_between_the_articles_blocks_is_a_slot_with_no_paragraph_beside_it() -> None:
    stops = "The new routes will stop at:\nMill Lane\nOrchard Park\nThe Quay"
    body = f"{LEAD}\n{stops}\n- Advertisement -\nTimetable\nWhen does it start?\n{NEXT}"
    texts, labels = _labels(body)
    assert [texts[i] for i in sorted(labels)] == ["- Advertisement -"]
    texts, labels = _labels(f"{LEAD}\n{stops}\nADVERTISEMENT\nTimetable\nWhen does it start?\n{NEXT}")
    assert [texts[i] for i in sorted(labels)] == ["ADVERTISEMENT"]


def test_a_label_beside_a_name_that_opens_in_lower_case_is_a_slot_and_one_over_teasers_is_none() -> None:
    devices = "The update reaches these devices first:\nVision Pro"
    texts, labels = _labels(f"{LEAD}\n{devices}\n- Advertisement -\niPad\nMacBook Air\n{NEXT}")
    assert [texts[i] for i in sorted(labels)] == ["- Advertisement -"]
    teasers = "Sponsored content\nThe best travel deals of the year\nCheap flights to Spain this spring"
    assert _labels(f"{LEAD}\nWhat happens next\n{teasers}\nWhy doctors love this pillow\n{NEXT}")[1] == set()


def test_a_label_among_page_chrome_or_at_the_edges_without_a_paragraph_is_none() -> None:
    assert _labels(f"{LEAD}\nrel\nSponsored\ntarget\n{NEXT}")[1] == set()
    assert _labels(f"{LEAD}\nclass\nbtn-primary\nGet Tickets\nhref\nsponsored\nTickets\nRoutes\n{NEXT}")[1] == set()
    assert _labels(f"Menu\nAdvertisement\nSearch\n{LEAD}\n{NEXT}\nMore\nAdvertisement\nLogin")[1] == set()
    assert _labels("Advertisement\nMenu\nSearch")[1] == set()
    assert _labels("")[1] == set()


def test_the_layout_without_the_labels_keeps_the_other_lines_and_where_they_stood() -> None:
    body = f"Routes\nAdvertisement\n{LEAD}\nAdvertisement\n{NEXT}"
    article = Article.from_values({"title": "Night buses", "body": body})
    index = builtin_lexicons().index()
    view, found = layout(article), index.lines(article)
    kept, kept_found, index_of = without_lines(view, found, {1, 3})
    assert kept.texts == ["Routes", LEAD, NEXT] and list(index_of) == [0, 2, 4]
    assert [view.texts[i] for i in index_of] == kept.texts and len(kept_found) == 3
    assert (kept.first, kept.last) == (1, 2) and kept.paragraph == [False, True, True]
    same, same_found, identity = without_lines(view, found, set())
    assert same is view and same_found is found and list(identity) == list(range(len(view.texts)))


def test_an_articles_ad_slots_are_found_once_and_shared() -> None:
    article = Article.from_values({"title": "Night buses", "body": f"{LEAD}\nAdvertisement\nRoutes\n{NEXT}"})
    index = builtin_lexicons().index()
    slots = article_ad_slots(article, index)
    assert slots == ad_slot_labels(layout(article), index.lines(article), index.positions(article)) == {1}
    assert article_ad_slots(article, index) is slots
