"""The run-level features of the page-debris scorer: means over each run of lines outside the paragraphs."""

from __future__ import annotations

import pytest

from artlint.article import Article
from artlint.data import data_dir
from artlint.formats.text import parse_text
from artlint.layout import layout
from artlint.lexiconindex import Strength
from artlint.lexicons import load_lexicons
from artlint.linefeatures import (
    FEATURES,
    MARKER_WORDS,
    NO_MARKER,
    Signals,
    _marked,
    _run_means,
    _run_spans,
    _runs,
    _since,
    line_features,
)
from artlint.testing import fix_text, lint_text

NO_RUN = (-1.0,) * 5
STORM = ("A deep low crosses the North Sea on Thursday, with gusts of up to 75 mph on the coast.",
         "Ferries will not sail before Wednesday, the operator said in a statement on Monday.")
"""Two paragraphs of an article, for the lines around them to stand beside."""


def test_run_means_of_an_empty_body_and_of_paragraphs_only() -> None:
    assert _run_spans([]) == [] and _run_means([], [], 0) == []
    assert _run_spans([True, True]) == []
    assert _run_means([NO_RUN, NO_RUN], [], 2) == [NO_RUN, NO_RUN]


def _since_of(found: list, keys: frozenset[str], counts: list[int]) -> list[int]:  # type: ignore[type-arg]
    return _since(_marked(found, keys, counts), len(found))


def test_lines_since_a_marker_count_from_the_nearest_earlier_marker_line() -> None:
    comment, related = {"comment-section": Strength.EXACT}, {"related-link": Strength.WEAK}
    found = [None, comment, None, None, related, comment, None]
    short = [3] * 7
    assert _since_of(found, frozenset(["comment-section"]), short) == [NO_MARKER, NO_MARKER, 1, 2, 3, 4, 1]
    assert _since_of(found, frozenset(["related-link"]), short) == [NO_MARKER] * 5 + [1, 2]
    assert _since_of([None, None, comment], frozenset(["comment-section"]), short) == [NO_MARKER] * 3
    assert _since_of([], frozenset(["comment-section"]), []) == []


def test_a_sentence_that_starts_like_a_marker_is_none() -> None:
    related = {"related-link": Strength.WEAK}
    found = [None, related, None]
    assert _since_of(found, frozenset(["related-link"]), [20, MARKER_WORDS, 20]) == [NO_MARKER, NO_MARKER, 1]
    assert _since_of(found, frozenset(["related-link"]), [20, MARKER_WORDS + 1, 20]) == [NO_MARKER] * 3
    exact = [None, {"related-link": Strength.EXACT}, None]
    assert _since_of(exact, frozenset(["related-link"]), [20, 40, 20]) == [NO_MARKER, NO_MARKER, 1]


def test_each_run_gets_its_own_means_at_the_start_between_paragraphs_and_at_the_end() -> None:
    values = [(1.0, 0, 0, 0, 2), (0.0, 1, 0, 0, 4), NO_RUN, (0.5, 0, 1, 1, 6), NO_RUN, (0.0, 1, 0, 0, 1),
              (0.0, 1, 0, 1, 3), (0.3, 0, 0, 0, 5)]
    paragraph = [False, False, True, False, True, False, False, False]
    spans = _run_spans(paragraph)
    assert spans == [(0, 2), (3, 4), (5, 8)]
    assert _runs(spans, len(paragraph)) == [2, 2, 0, 1, 0, 3, 3, 3]
    means = _run_means(values, spans, len(paragraph))
    assert means[0] == means[1] == (0.5, 0.5, 0.0, 0.0, 3.0)
    assert means[2] == means[4] == NO_RUN
    assert means[3] == (0.5, 0.0, 1.0, 1.0, 6.0)
    assert means[5:] == [pytest.approx((0.1, 2 / 3, 0.0, 1 / 3, 3.0))] * 3


def test_a_menu_run_shares_fewer_words_with_the_article_than_the_articles_own_list() -> None:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    text = ("Weather\nIslands\nHarbours\n"
            "The ferry between Halden Point and the islands resumed service on Friday after a three-week pause.\n"
            "Ferry fares\nHalden Point pier\nIslands timetable\n"
            "The operator said the new timetable and fares for the islands would apply from the first of May.")
    article = Article.from_values({"title": "Ferry service resumes", "body": text})
    at = FEATURES.index("run_vocabulary")
    features = dict(line_features(article, signals))
    texts = layout(article).texts
    menu = [features[i][at] for i in range(3)]
    own_list = [features[i][at] for i in range(4, 7)]
    assert texts[4] == "Ferry fares" and len(set(menu)) == len(set(own_list)) == 1
    assert menu[0] < own_list[0]


def test_a_long_line_without_closing_punctuation_is_prose_and_scored_only_after_a_marker() -> None:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    quote = ("We moved the whole night shift to the new depot in March and the drivers noticed the difference "
             "within a week because the routes are shorter and the loading bays are finally covered - Ana Ruiz, "
             "depot manager")
    short = "Depot opening hours and the loading plan"
    closing = "The depot opened on Monday and the first buses left it before dawn, on time and full."
    text = f"{quote}\n{short}\n{closing}\nComments\n{quote} and more\n{short} today"
    article = Article.from_values({"title": "A new depot", "body": text})
    assert len(quote.split()) >= 30 and not quote.endswith((".", "!", "?"))
    scored = dict(line_features(article, signals))
    assert 0 not in scored and 1 in scored and 2 not in scored
    assert 4 in scored and 5 in scored


def _sentences_scored(text: str) -> set[int]:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    article = Article.from_values({"title": "Council approves budget", "body": text})
    return {i for i, vector in line_features(article, signals) if vector[FEATURES.index("closes")] and vector[0] >= 4}


def test_sentences_are_scored_below_a_comments_marker_only_where_it_opens_a_thread() -> None:
    lead = "Councillors approved the budget shortly before midnight on Tuesday after a five-hour debate."
    body = ["The council had proposed shutting two libraries to save money over the coming year.",
            "Opposition councillors said the cuts would hurt older residents who rely on them."]
    comments = ["I have used the Kimbury library for thirty years and it is a disgrace.",
                "Nobody asked the people who actually use these buildings every week."]
    counter_under_the_lead = _sentences_scored("\n".join([lead, "Comments (12)", *body]))
    assert counter_under_the_lead == set()
    thread_after_the_article = _sentences_scored("\n".join([lead, *body, "Comments (12)", comments[0], "Reply", comments[1]]))
    assert thread_after_the_article == {4, 6}
    counter_above_paragraphs = _sentences_scored("\n".join([lead, *body, "Comments (12)", *comments]))
    assert counter_above_paragraphs == set()
    dateline_under_the_counter = _sentences_scored("\n".join([lead, "Comments (12)", "Published 12 March 2025", *body]))
    assert dateline_under_the_counter == set()
    menu = ["Home", "World", "Europe", "Politics", "Business", "Sport", "Culture", "Opinion", "Video"]
    long_comments = [c + " I will be writing to my councillor about it this week, and so should everyone else here."
                     for c in comments]
    timestamped_thread = _sentences_scored("\n".join([*menu, lead, "Comments (12)", "12 March 2025", *long_comments]))
    assert timestamped_thread == {12, 13}
    rubric = _sentences_scored("\n".join([lead, *body, "Comments?", *comments]))
    assert rubric == set()
    closed_thread = _sentences_scored("\n".join([lead, "Top Rated Comments", *comments, *comments, "Read All Comments"]))
    assert closed_thread == {2, 3, 4, 5}
    heading_without_evidence = _sentences_scored("\n".join([lead, "Top Rated Comments", *comments, *comments]))
    assert heading_without_evidence == set()
    live_blog = [line for i, entry in enumerate(body + comments) for line in (f"10:{i:02d}", entry)]
    live_blog_under_a_counter = _sentences_scored("\n".join([*menu, lead, "Comments (48)", *live_blog]))
    assert live_blog_under_a_counter == set()
    prompt_sentence = ("Leave a reply to the consultation by Friday if you want your view counted in the final report "
                       "on the libraries.")
    counter_then_prompt_sentence = _sentences_scored("\n".join([lead, "Comments (12)", prompt_sentence, *body]))
    assert counter_then_prompt_sentence == set()


def test_a_comments_link_between_the_articles_paragraphs_opens_no_thread() -> None:
    paragraphs = [f"Paragraph {word} of the report on the night buses, which the council approved on Tuesday evening."
                  for word in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")]
    for marker in ("Comments", "Join the conversation", "Top Comments"):
        assert _sentences_scored("\n".join([*paragraphs[:3], marker, *paragraphs[3:]])) == set(), marker
    for marker in ("Comments", "3 Comments"):
        assert _sentences_scored("\n".join([*paragraphs[:6], marker, *paragraphs[6:]])) == set(), marker
        near_the_end = _sentences_scored("\n".join([*paragraphs[:7], marker, *paragraphs[7:]]))
        assert near_the_end == {8, 9}, marker
    under_a_share_bar = _sentences_scored("\n".join([*paragraphs[:6], "Share", "3 Comments", *paragraphs[6:]]))
    assert under_a_share_bar == {8, 9, 10}
    zero_under_a_share_bar = _sentences_scored("\n".join([*paragraphs[:6], "Share", "0 Comments", *paragraphs[6:]]))
    assert zero_under_a_share_bar == set()


def _candidates(article: Article) -> set[str]:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    texts = layout(article).texts
    return {texts[i] for i, _ in line_features(article, signals)}


def test_a_markdown_table_keeps_its_delimiter_row_and_rows() -> None:
    body = ("The council published the results of the vote on Tuesday evening, ward by ward.\n"
            "| Ward | For | Against |\n|---|:---:|---:|\n| North | 12 | 3 |\n| South | 9 | 7 |\n| East | 8 | 8 |\n"
            "Turnout was the highest the city has seen in a local vote for twenty years.")
    candidates = _candidates(Article.from_values({"title": "Night buses approved", "body": body}))
    assert "| North | 12 | 3 |" not in candidates and "|---|:---:|---:|" not in candidates
    assert "| Ward | For | Against |" not in candidates


def test_a_table_flattened_to_lines_is_no_candidate_but_a_bar_of_links_is() -> None:
    lead, after = STORM
    table = ("Day | Weather | High | Wind\nThursday | Gales, showers | 8 to 11 degrees | 75 mph\n"
             "Friday | Sleet | 5 to 8 degrees | 40 mph\nSaturday | Dry, bright | 4 to 7 degrees | light")
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{lead}\n{table}\n{after}"}))
    assert "Day | Weather | High | Wind" not in candidates and "Friday | Sleet | 5 to 8 degrees | 40 mph" not in candidates
    budget = "Area | Budget\nParks | 1.2m\nLibraries | 800,000"
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{lead}\n{budget}\n{after}"}))
    assert "Area | Budget" not in candidates
    teasers = "World | Storm closes the harbour\nSport | Rovers win the derby\nBusiness | Ferry fares rise"
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{lead}\n{after}\n{teasers}"}))
    assert "World | Storm closes the harbour" in candidates
    bars = "Home | News | Sport | Weather\nSubscribe\nPrivacy | Terms | Contact | Jobs"
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{lead}\n{after}\n{bars}"}))
    assert {"Home | News | Sport | Weather", "Privacy | Terms | Contact | Jobs"} <= candidates


def test_a_standfirst_under_the_title_line_of_a_plain_text_is_no_candidate() -> None:
    dek = "Four outer districts get buses after midnight from March, paid for by higher parking fees"
    lead = "The city council voted on Tuesday to extend the night bus network to four outer districts."
    text = f"Transport\nNight buses to reach outer districts\n{dek}\n2 min read\n{lead}\n"
    article = parse_text("bus.txt", text.encode()).entries[0]
    assert article.title == "Night buses to reach outer districts"
    assert dek not in _candidates(article) and "2 min read" in _candidates(article)
    record = Article.from_values({"title": "Night buses to reach outer districts", "body": f"{dek}\n2 min read\n{lead}"})
    assert dek in _candidates(record)
    heading = Article.from_values({"title": "Night buses to reach outer districts", "body": f"### {dek}\n2 min read\n{lead}"})
    assert f"### {dek}" not in _candidates(heading)


def test_a_marker_with_a_headline_after_its_colon_links_one_article_and_opens_no_block() -> None:
    lead = "The city council voted on Tuesday to extend the night bus network to four outer districts."
    after = "The operator said it would review the spare parts supply in its spring plan."
    glued = _candidates(Article.from_values({"title": "Night buses", "body": f"{lead}\nRead more: Tram fares to rise in April\n{after}"}))
    assert after not in glued
    block = _candidates(Article.from_values({"title": "Night buses", "body": f"{lead}\nRead more\n{after}"}))
    assert after in block


def test_a_label_known_glued_to_a_link_with_a_headline_after_it_links_one_article() -> None:
    dutch = ("De gemeenteraad heeft dinsdag besloten dat de nachtbus vanaf april ook naar de vier buitenwijken rijdt.",
             "De vervoerder zegt dat het de dienstregeling in het voorjaar opnieuw zal bekijken.")
    spanish = ("El ayuntamiento ha decidido que el autobús nocturno llegue a los cuatro barrios de las afueras.",
               "La empresa dice que revisará los horarios de la línea en la primavera.")
    for (lead, after), teaser, heading in (
        (dutch, "Lees ook Steeds meer scholen in de regio kampen met lerarentekort", "Meer van de Valleipost"),
        (spanish, "Lee también Detenida una banda que clonaba tarjetas en cajeros", "Más sobre el transporte"),
        (spanish, "Lee también El Xerez despide a su entrenador tras la derrota", "Más de Diario del Sur"),
    ):
        body = f"{lead}\n{teaser}\n{after}"
        assert after not in _candidates(Article.from_values({"title": "Nachtbus", "body": body})), teaser
        body = f"{lead}\n{heading}\n{after}"
        assert after in _candidates(Article.from_values({"title": "Nachtbus", "body": body})), heading
    lead = "The city council voted on Tuesday to extend the night bus network to four outer districts."
    after = "The operator said it would review the spare parts supply in its spring plan."
    body = f"{lead}\nRead More From Our Blog\n{after}"
    assert after in _candidates(Article.from_values({"title": "Night buses", "body": body}))


def test_a_short_standfirst_under_the_title_is_no_candidate_but_a_byline_there_is() -> None:
    lead = "The chancellor announced a package of support for households on Wednesday, worth four billion pounds."
    for dek in ("Other measures include a freeze on tax thresholds", "FTSE 100 closes at record high as miners rally",
                "Ferries cancelled as gales batter the coast", "Latest from Gaza as aid convoys reach the north",
                "More on the way as forecasters warn of a second storm this weekend"):
        article = parse_text("budget.txt", f"Budget: energy bills help extended\n{dek}\n{lead}\n".encode()).entries[0]
        assert dek not in _candidates(article), dek
    byline = "By Aroha Tane, Local Democracy Reporter"
    article = parse_text("budget.txt", f"Budget: energy bills help extended\n{byline}\n{lead}\n".encode()).entries[0]
    assert byline in _candidates(article)
    for label in ("Politics live", "Posted by admin in Local News", "This article is more than 5 years old"):
        article = parse_text("budget.txt", f"Budget: energy bills help extended\n{label}\n{lead}\n".encode()).entries[0]
        assert label in _candidates(article), label
    sponsored = "Sponsored content from our partners at Visa"  # an ad slot's label: the advertisement rule's to delete
    text = f"Budget: energy bills help extended\n{sponsored}\n{lead}\n"
    assert sponsored not in _candidates(parse_text("budget.txt", text.encode()).entries[0])
    assert sponsored not in fix_text(text, "budget.txt")


def test_the_short_line_that_closes_the_article_is_no_candidate() -> None:
    paragraphs = ["The jury heard on Monday that the defendant had moved the money through four companies.",
                  "The prosecution said the scheme ran for six years before an auditor noticed the gaps."]
    for closing in ("The trial continues.", "Thank you, Ayesha.", "It's a start."):
        body = "\n".join([*paragraphs, closing, "Share"])
        assert closing not in _candidates(Article.from_values({"title": "Fraud trial", "body": body})), closing
    for prompt in ("Type your email…", "Thanks for reading!", "Comments are closed.", "Want more?", "Sign up today!",
                   "AP."):
        body = "\n".join([*paragraphs, prompt, "Share"])
        assert prompt in _candidates(Article.from_values({"title": "Fraud trial", "body": body})), prompt
    between = "\n".join([paragraphs[0], "The trial continues.", paragraphs[1], "Share"])
    assert "The trial continues." in _candidates(Article.from_values({"title": "Fraud trial", "body": between}))


def test_sentences_where_the_article_goes_on_under_a_box_of_one_teaser_are_no_candidates() -> None:
    before = "Seiteneinsteiger sollen künftig zudem von erfahrenen Mentoren begleitet werden, sagte der Minister."
    resumed = ["Lesen, schreiben, rechnen – das sei der Kern, sagte Clemens. „Die Grundlagen müssen wieder sitzen.“",
               "Das Kabinett will das Gesetz noch vor der Sommerpause beschließen."]
    tail = "Jana Weber ist Redakteurin im Ressort Kassel und berichtet über Energie."
    box = [before, "Auch interessant", "Abitur 2025: So schnitten Sachsens Schüler ab", *resumed, "Link kopieren", tail]
    candidates = _candidates(Article.from_values({"title": "Lehrermangel", "body": "\n".join(box)}))
    assert not candidates & set(resumed) and tail in candidates
    teasers = [before, "Auch interessant", "Abitur 2025: So schnitten Sachsens Schüler ab", resumed[0],
               "Neue Mensa für die Oberschule in Pirna", resumed[1]]
    candidates = _candidates(Article.from_values({"title": "Lehrermangel", "body": "\n".join(teasers)}))
    assert set(resumed) <= candidates
    question = "Wie geht es mit den Schulen in Sachsen weiter?"
    teaser_question = [before, "Auch interessant", "Abitur 2025: So schnitten Sachsens Schüler ab", resumed[1], question]
    candidates = _candidates(Article.from_values({"title": "Lehrermangel", "body": "\n".join(teaser_question)}))
    assert resumed[1] in candidates
    bio = ["Jana Weber ist Redakteurin im Ressort Kassel.", "Sie ist unter der Nummer 0351 erreichbar."]
    box_then_bio = [before, "Auch interessant", "Abitur 2025: So schnitten Sachsens Schüler ab", *resumed, *bio]
    candidates = _candidates(Article.from_values({"title": "Lehrermangel", "body": "\n".join(box_then_bio)}))
    assert not candidates & set(resumed) and set(bio) <= candidates


def test_a_section_where_the_article_goes_on_under_a_box_of_one_teaser_is_no_candidate() -> None:
    lead = STORM[0]
    box = ["READ MORE:", "Harbour wall repairs to start in spring"]
    section = ["Clean-up", "Volunteers will meet at the lifeboat station at nine on Saturday morning, the council said.",
               "Gloves are provided."]
    body = "\n".join([lead, *box, *section, "Share this article"])
    candidates = _candidates(Article.from_values({"title": "Storm", "body": body}))
    assert not candidates & {section[0], section[2]} and box[1] in candidates
    blurb = "Repairs to the harbour wall will take until the summer, the port authority said on Friday."
    teasers = [lead, *box, "Ferry fares rise in April", blurb, "New lifeboat for Whitby", "Crew members get their keys."]
    assert "Ferry fares rise in April" in _candidates(Article.from_values({"title": "Storm", "body": "\n".join(teasers)}))
    repeated = [lead, "Learn more", box[1], section[0], section[1], section[2], "Learn more", "Next story"]
    assert section[0] in _candidates(Article.from_values({"title": "Storm", "body": "\n".join(repeated)}))
    card = [lead, *box, "12 March 2025", blurb, STORM[1]]
    assert {"12 March 2025", blurb} <= _candidates(Article.from_values({"title": "Storm", "body": "\n".join(card)}))
    dropped_links = [lead, "Read more", *section, "Share this article"]
    candidates = _candidates(Article.from_values({"title": "Storm", "body": "\n".join(dropped_links)}))
    assert not candidates & {section[0], section[2]}
    statements = ["Volunteers will meet at the lifeboat station at nine on Saturday.", "Gloves and bags are provided."]
    short_subhead = [lead, "Read more", "Beach clean-up", *statements, STORM[1]]
    assert "Beach clean-up" not in _candidates(Article.from_values({"title": "Storm", "body": "\n".join(short_subhead)}))
    long_headline = [lead, "Read more", "Ferry fares rise in April", *section[1:], "Share this article"]
    candidates = _candidates(Article.from_values({"title": "Storm", "body": "\n".join(long_headline)}))
    assert "Ferry fares rise in April" in candidates


def test_a_line_that_ends_in_a_german_or_swiss_closing_quote_closes_like_a_sentence() -> None:
    lines = ["„Die Grundlagen müssen wieder sitzen.“", "Er sagte: ‚Das reicht nicht.‘", "»Wir bleiben hier.«",
             "„Die Grundlagen müssen wieder“"]
    view = layout(Article.from_values({"title": "Schule", "body": "\n".join(lines)}))
    assert view.closes == [True, True, True, False]


def test_the_article_goes_on_under_a_box_of_one_teaser_through_every_fix_round() -> None:
    """Round one deletes the box's marker and headline; round two must not read the marker's place as a tail."""
    paragraphs = [f"Absatz {word} über den Lehrermangel in Sachsen, den das Ministerium am Montag vorgestellt hat."
                  for word in ("eins", "zwei", "drei", "vier", "fünf", "sechs")]
    resumed = ["Lesen, schreiben, rechnen – das sei der Kern, sagte Clemens. „Die Grundlagen müssen wieder sitzen.“",
               "Das Kabinett will das Gesetz noch vor der Sommerpause im Landtag beschließen."]
    text = "\n".join(["Lehrermangel: Sachsen holt Seiteneinsteiger", *paragraphs, "Auch interessant:",
                      "Abitur 2025: So schnitten Sachsens Schüler ab", *resumed, "Link kopieren", "Artikel verschenken"])
    fixed = fix_text(text + "\n", unsafe=True)
    assert all(line in fixed for line in resumed)
    assert "Auch interessant" not in fixed and "Abitur 2025" not in fixed and "Link kopieren" not in fixed


def test_a_live_blogs_entry_times_and_headings_are_no_candidates_but_a_video_lists_lengths_are() -> None:
    entries = [("16:45", "Ferries cancelled", "All sailings to the islands are cancelled until Saturday morning, the operator said."),
               ("15:20", "", "A reader in Westcliff says waves are breaking over the promenade railings this afternoon."),
               ("14:05", "Red warning extended", "The red warning for wind now runs until 9pm after gusts of 92mph at Holm Point."),
               ("12:00", "Good afternoon", "Welcome to our live coverage of the storm, with the latest on travel and power cuts.")]
    body = "\n".join("\n".join(filter(None, [time, heading, text, "Share"])) for time, heading, text in entries)
    candidates = _candidates(Article.from_values({"title": "Storm live", "body": body}))
    assert not {"16:45", "15:20", "12:00", "Ferries cancelled", "Good afternoon"} & candidates
    assert "Share" in candidates
    videos = "\n".join(f"{length}\n{title}" for length, title in
                       [("01:45", "Harbour wall breached in night storm"), ("09:09", "How the ferries decide to sail"),
                        ("01:52", "Power cuts: what to do")])
    body = f"{entries[0][2]}\n{entries[1][2]}\n{videos}"
    assert {"01:45", "09:09"} <= _candidates(Article.from_values({"title": "Storm live", "body": body}))


def test_a_list_that_a_line_introduces_and_that_finishes_its_sentence_is_no_candidate() -> None:
    lead = "The Met Office has issued an amber warning for wind from 6pm on Thursday until noon on Friday."
    after = "Gusts of 70mph are possible on exposed coasts, with large waves and spray on promenades."
    items = ["coastal Cumbria from Silloth to Barrow", "the Northumberland coast and Lindisfarne causeway",
             "high routes across the North Pennines"]
    body = "\n".join([lead, "The warning covers:", *items, after])
    candidates = _candidates(Article.from_values({"title": "Amber warning", "body": body}))
    assert not {"The warning covers:", *items} & candidates
    teasers = ["Storm Ingrid: what we know so far", "Ferry timetable for the weekend", "Power cuts: how to claim"]
    body = "\n".join([lead, after, "More from the Valley Post:", *teasers])
    assert set(teasers) <= _candidates(Article.from_values({"title": "Amber warning", "body": body}))
    code = ["int t(int *a) {", "return *a + 1;", "}"]
    body = "\n".join([lead, "The C equivalent looks like this:", *code, after])
    assert "return *a + 1;" in _candidates(Article.from_values({"title": "Amber warning", "body": body}))


def test_a_list_of_names_that_a_sentence_introduces_and_the_article_goes_on_from_is_no_candidate() -> None:
    lead, after = STORM
    districts = ["Karşıyaka", "Bornova", "North Merrick", "Buca"]
    body = "\n".join([lead, "Crews were sent first to these districts:", *districts, after])
    candidates = _candidates(Article.from_values({"title": "Storm", "body": body}))
    assert not {"Crews were sent first to these districts:", *districts} & candidates
    at_the_end = "\n".join([lead, after, "Read more of our coverage here:", *districts])
    assert set(districts) <= _candidates(Article.from_values({"title": "Storm", "body": at_the_end}))
    labelled = "\n".join([lead, "Districts:", *districts, after])
    assert "Bornova" in _candidates(Article.from_values({"title": "Storm", "body": labelled}))
    caption = "Flooded streets in Buca. Photo: Ege Haber"
    captioned = "\n".join([lead, "Crews were sent first to these districts:", *districts, caption, after])
    candidates = _candidates(Article.from_values({"title": "Storm", "body": captioned}))
    assert not set(districts) & candidates
    heading = f"Read this story in other languages:\nTürkçe\nDeutsch\n{lead}\n{after}"
    assert "Deutsch" in _candidates(Article.from_values({"title": "Storm", "body": heading}))
    days = f"{lead}\nCrews were sent on these days of the month:\n12\n14\n19\n{after}"
    assert "14" in _candidates(Article.from_values({"title": "Storm", "body": days}))
    subhead = "\n".join([lead, "Crews were sent first to these districts:", *districts, caption, "Clean-up", after])
    assert not set(districts) & _candidates(Article.from_values({"title": "Storm", "body": subhead}))
    share = "\n".join([lead, "Crews were sent first to these districts:", *districts, "Share", "Clean-up", after])
    assert "Bornova" in _candidates(Article.from_values({"title": "Storm", "body": share}))


def test_a_list_of_names_goes_on_past_a_box_set_into_the_article_and_into_a_table_or_a_question() -> None:
    lead, after = STORM
    districts = ["Karşıyaka", "Bornova", "North Merrick", "Buca"]
    box = ["Related", "Storm surge warnings extended to the south coast"]
    table = ["Route | Stops | Every", "N1 | Harbour – Station | 20 min", "N2 | Buca – Airport | 30 min"]
    body = "\n".join([lead, *box, "Crews were sent first to these districts:", *districts, "Night buses", *table, after])
    candidates = _candidates(Article.from_values({"title": "Storm", "body": body}))
    assert not {"Crews were sent first to these districts:", *districts, "Night buses"} & candidates
    assert box[1] in candidates
    boxed = "\n".join([lead, "Crews were sent first to these districts:", *districts, *box, "Questions and answers",
                       "Do the school buses run?", after])
    candidates = _candidates(Article.from_values({"title": "Storm", "body": boxed}))
    assert not {*districts, "Questions and answers", "Do the school buses run?"} & candidates
    under_a_heading = "\n".join([lead, "Storm watch", *box, "Crews were sent first to these districts:", *districts,
                                 "Night buses", *table, after])
    assert "Bornova" in _candidates(Article.from_values({"title": "Storm", "body": under_a_heading}))
    emoji = "\n".join([lead, "Crews were sent first to these districts:", *districts, "💧", after])
    assert "💧" in _candidates(Article.from_values({"title": "Storm", "body": emoji}))
    no_rows = "\n".join([lead, "Crews were sent first to these districts:", *districts, "Night buses", table[0], after])
    assert "Bornova" in _candidates(Article.from_values({"title": "Storm", "body": no_rows}))


def test_a_list_of_names_below_a_read_also_label_and_the_headlines_it_introduces_is_no_candidate() -> None:
    lead, after = STORM
    roads = ["R463 Ballina Road", "R466 Montpelier", "L3022 Ardnataggle"]
    intro = "The roads closed since this morning are:"
    links = ["Status orange rain warning for five counties", "Council increases flow at the weir"]
    for box in (["Read more:"], ["READ MORE:", *links]):
        body = "\n".join([lead, *box, intro, *roads, after])
        candidates = _candidates(Article.from_values({"title": "Storm", "body": body}))
        assert not {intro, *roads} & candidates, box
    heading = "\n".join([lead, "Related", *links, intro, *roads, after])
    assert "R466 Montpelier" in _candidates(Article.from_values({"title": "Storm", "body": heading}))


def test_a_list_of_names_goes_on_past_a_box_of_several_links_and_a_three_word_lead_in_introduces_it() -> None:
    lead, after = STORM
    stops = ["Stradom", "Plac Wolnica", "Miodowa", "Starowiślna"]
    links = ["Read more: Tram fares to rise in April as the city raises prices", "Read more: Night buses to run on Fridays"]
    body = "\n".join([lead, "Trams will skip these stops:", *stops, *links, "Advertisement", after])
    assert not set(stops) & _candidates(Article.from_values({"title": "Storm", "body": body}))
    four_links = "\n".join([lead, "Trams will skip these stops:", *stops, *links, *links, after])
    assert "Miodowa" in _candidates(Article.from_values({"title": "Storm", "body": four_links}))
    label = "\n".join([lead, "Stops closed:", *stops, after])
    assert "Miodowa" in _candidates(Article.from_values({"title": "Storm", "body": label}))
    prompt = f"{lead}\nListen and subscribe:\nApple Podcasts\nSpotify\nGoogle Podcasts\n{after}"
    assert "Spotify" in _candidates(Article.from_values({"title": "Storm", "body": prompt}))
    for intro, names in (("Seferlerin uğrayacağı iskeleler:", ["Bostanlı", "Karşıyaka", "Göztepe"]),
                         ("התחנות שייסגרו הן:", ["חוף הכרמל", "בת גלים", "חיפה מרכז"])):
        body = "\n".join([lead, intro, *names, after])
        assert not set(names) & _candidates(Article.from_values({"title": "Storm", "body": body})), intro


def test_a_box_needs_its_own_limits_a_menu_bar_is_no_table_and_a_list_at_the_top_no_lead_in() -> None:
    lead, after = STORM
    districts = ["Karşıyaka", "Bornova", "North Merrick", "Buca"]
    intro = "Crews were sent first to these districts:"
    headlines = ["Harbour wall repairs start", "Ferry fares rise in April", "New lifeboat for Whitby", "Bike lanes planned"]
    teasers = "\n".join([lead, intro, *districts, "READ MORE:", *headlines, after])
    assert "Bornova" in _candidates(Article.from_values({"title": "Storm", "body": teasers}))
    bars = ["Europe | Asia | Africa | Americas", "Football | Cricket | Rugby | Tennis", "Film | Music | Books | Art"]
    menu = "\n".join([lead, after, "Explore more topics here:", "Storms", "UK weather", "Flooding", *bars])
    assert "UK weather" in _candidates(Article.from_values({"title": "Storm", "body": menu}))
    at_the_top = ("Explore our other sites:\nStorms\nUK weather\nFlooding\nDay | Rain\nMonday | 12 mm\nTuesday | 4 mm\n"
                  "All rights reserved by the Harbour Post and its partners, 2025.")
    assert "UK weather" in _candidates(Article.from_values({"title": "Storm", "body": at_the_top}))


def test_a_prompt_under_a_heading_introduces_no_list_of_names() -> None:
    lead, after = STORM
    teasers = ["Storm closes harbour", "Ferry strike called off", "New bridge opens"]
    body = "\n".join([lead, "Most popular", "Stories our readers are enjoying right now:", *teasers, after])
    assert set(teasers) <= _candidates(Article.from_values({"title": "Storm", "body": body}))


def test_a_one_word_line_ends_a_list_of_phrases_under_a_sentence() -> None:
    lead, after = STORM
    items = ["coastal areas from Silloth to Barrow", "the high fells of the Lake District", "parts of the Solway coast"]
    body = "\n".join([lead, "The Met Office said the amber warning covers:", *items, "Weather", after])
    assert not set(items) & _candidates(Article.from_values({"title": "Storm", "body": body}))


def test_a_comment_threads_times_names_and_replies_are_no_live_blog_and_no_introduced_list() -> None:
    lead = "\n".join(STORM)
    comments = [("16:45", "joetoronto", "The ferries were cancelled last week as well, and nobody told us anything."),
                ("17:02", "marym", "Same here, we waited at the terminal for two hours before anyone turned up."),
                ("17:30", "harbourdog", "It is always the same story every winter with this operator and the council.")]
    thread = "\n".join(f"{time}\n{name}\n{text}\nReply" for time, name, text in comments)
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{lead}\nComments\n{thread}"}))
    assert {"16:45", "joetoronto", "17:30"} <= candidates
    replies = "joetoronto wrote:\nlol same every winter\nferries never run when you need them\nmarym wrote:\nagreed"
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{lead}\n3 Comments\n{replies}"}))
    assert {"lol same every winter", "ferries never run when you need them"} <= candidates


def test_the_subhead_over_a_table_is_its_title_and_no_candidate_even_below_a_gallery() -> None:
    lead, after = STORM
    table = ["Distance | Fare", "Up to 3 km | Rs 10", "3 to 12 km | Rs 20"]
    body = "\n".join([lead, "In pictures", "1 / 3", "Fares", *table, after])
    candidates = _candidates(Article.from_values({"title": "Storm", "body": body}))
    assert "Fares" not in candidates and "1 / 3" in candidates
    no_table = f"{lead}\nIn pictures\n1 / 3\nFares\nDistance\n{after}"
    assert "Fares" in _candidates(Article.from_values({"title": "Storm", "body": no_table}))


def test_a_stack_of_menu_bars_with_as_many_cells_is_no_table() -> None:
    lead, after = STORM
    bars = ("News | Sport | Business | Opinion | Culture\nLocal | Region | Schools | Crime | Courts\n"
            "Podcasts | Puzzles | Obituaries | Letters | Jobs")
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{bars}\n{lead}\n{after}"}))
    assert "News | Sport | Business | Opinion | Culture" in candidates


def test_a_label_glued_to_a_block_heading_opens_a_block() -> None:
    lead = ("Капитан порта закрыл гавань в понедельник, потому что на побережье порывы ветра достигали двадцати "
            "пяти метров в секунду.")
    blurb = "Мост через реку открыли для движения в субботу утром."
    body = f"{lead}\nЧитайте также Другие новости Самары\nВ Самаре открыли новый мост\n{blurb}"
    assert blurb in _candidates(Article.from_values({"title": "Шторм закрыл порт", "body": body}))


def test_two_timed_entries_make_no_live_blog_and_a_known_label_introduces_no_list() -> None:
    lead, after = STORM
    entries = "16:45\nFerries cancelled\n" + lead + "\n15:20\n" + after
    assert "16:45" in _candidates(Article.from_values({"title": "Storm", "body": entries}))
    tags = "You might also like:\nstorm damage\nferry timetables\nflood warnings"
    candidates = _candidates(Article.from_values({"title": "Storm", "body": f"{lead}\n{after}\n{tags}"}))
    assert {"storm damage", "ferry timetables"} <= candidates


def _features_by_text(article: Article) -> dict[str, list[float]]:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    texts = layout(article).texts
    return {texts[i]: vector for i, vector in line_features(article, signals)}


DISTRICTS = ("Академический", "Верх-Исетский", "Октябрьский", "Кировский")
HEATING = ("В Екатеринбурге в понедельник официально начался отопительный сезон, сообщили в администрации города.",
           "Подключение по районам:",
           "Остальные районы получат тепло до 6 октября, уточнили в энергокомпании во вторник вечером.")


def test_an_ad_label_beside_a_paragraph_is_no_line_of_the_run_under_it() -> None:
    lead, intro, last = HEATING
    heading = "Порядок подключения домов по районам"  # longer than a subhead over a list of names, which goes unscored
    plain = f"{lead}\n{heading}\n{intro}\n" + "\n".join(DISTRICTS) + f"\n{last}"
    with_ad = plain.replace(f"{lead}\n", f"{lead}\nРеклама\n")
    without, beside = (_features_by_text(Article.from_values({"title": "Отопление", "body": body}))
                       for body in (plain, with_ad))
    assert "Реклама" not in beside  # the advertisement rule deletes it, safely
    position = {FEATURES.index(name) for name in ("relative_position", "from_start", "from_end")}
    for line in (heading, *DISTRICTS):
        assert [v for k, v in enumerate(beside[line]) if k not in position] == \
               [v for k, v in enumerate(without[line]) if k not in position], line
    assert beside["Кировский"][FEATURES.index("from_end")] == without["Кировский"][FEATURES.index("from_end")]


def test_an_ad_label_inside_a_run_of_page_chrome_still_counts_for_its_neighbours() -> None:
    lead, _, last = HEATING
    chrome = ("class", "btn-primary", "Get Tickets", "href")
    plain = f"{lead}\n" + "\n".join(chrome) + f"\n{last}"
    inside = plain.replace("Get Tickets\n", "Get Tickets\nSponsored\n")
    without, among = (_features_by_text(Article.from_values({"title": "Festivals", "body": body}))
                      for body in (plain, inside))
    assert "Sponsored" in among
    run_lexicon = FEATURES.index("run_lexicon")
    assert among["class"][run_lexicon] > without["class"][run_lexicon] == 0


def test_the_list_under_an_ad_label_survives_the_unsafe_fix() -> None:
    lead, intro, last = HEATING
    body = f"{lead}\nРеклама\nПорядок подключения\n{intro}\n" + "\n".join(DISTRICTS) + f"\n{last}\n"
    fixed = fix_text(f"# Отопление\n\n{body}", "heating.md", unsafe=True)
    assert "Реклама" not in fixed
    assert all(district in fixed.splitlines() for district in DISTRICTS)


def test_the_subhead_right_below_a_line_that_links_one_article_is_no_candidate() -> None:
    lead, after = STORM
    body = f"{lead}\nRead more: Tram fares to rise in April\nNight services\n{after}"
    assert "Night services" not in _candidates(Article.from_values({"title": "Storm", "body": body}))
    block = f"{lead}\nRead more:\nTram fares to rise in April\nNight services\n{after}"
    assert "Night services" in _candidates(Article.from_values({"title": "Storm", "body": block}))
    no_paragraph = f"{lead}\n{after}\nRead more: Tram fares to rise in April\nNight services\nShare"
    assert "Night services" in _candidates(Article.from_values({"title": "Storm", "body": no_paragraph}))


def test_a_marker_with_a_headline_after_a_bar_links_one_article() -> None:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    assert signals.one_teaser("Also Read | PMPML to add 200 e-buses before Diwali")
    assert not signals.one_teaser("Also Read | Pune | Mumbai | Delhi")
    assert not signals.one_teaser("Related Stories You Might Like | Storm closes the harbour")
    assert not signals.one_teaser("Also Read | Pune news")
    for headline in ("5 things to know before the ferry strike", "eBay sellers face new fees from April",
                     "الحكومة تعلن خطة جديدة للنقل العام"):
        assert signals.one_teaser(f"Also Read | {headline}"), headline  # no capital needed after a bar
    assert not signals.one_teaser("Most Read | Storm closes the harbour")  # the label heads a block of teasers
    assert not signals.one_teaser("Recommended | For You Today")


def test_a_label_glued_to_a_headline_in_a_script_without_case_links_one_article() -> None:
    signals = Signals(load_lexicons(sorted((data_dir("rules") / "lexicons").glob("*.yaml"))))
    assert signals.one_teaser("اقرأ أيضا الحكومة تمدد دعم الخبز حتى نهاية العام")
    assert not signals.one_teaser("اقرأ أيضا")  # the label alone heads a block of teasers
    assert signals.one_teaser("Lees ook Scholen kampen met lerarentekort")
    assert not signals.one_teaser("Lees ook scholen en leraren in de regio")  # a capital opens a Dutch headline


def test_a_slot_of_two_ad_labels_beside_a_paragraph_is_no_line_of_the_run_under_it() -> None:
    lead, intro, last = HEATING
    for slot in ("Реклама\nРеклама", "Advertisement\nScroll to continue with content"):
        body = f"{lead}\n{slot}\nПорядок подключения\n{intro}\n" + "\n".join(DISTRICTS) + f"\n{last}\n"
        fixed = fix_text(f"# Отопление\n\n{body}", "heating.md", unsafe=True).splitlines()
        assert all(line in fixed for line in ("Порядок подключения", *DISTRICTS)), slot


def test_page_debris_names_the_marker_above_an_ad_label() -> None:
    p1, p2 = STORM
    body = (f"{p1}\n{p2}\nComments\nJane Smith\nI was on the last ferry before they stopped it and it was rough.\n"
            "Advertisement\nReply\nTom Brown\nSame here, the crossing back on Sunday was even worse than that one.\n"
            "Share\n")
    messages = [f.message for f in lint_text(f"# Storm\n\n{body}", "storm.md", select=["page-debris"])]
    below = [m for m in messages if "after the comments marker" in m]
    assert below and all("marker 'Comments'" in m or "marker 'Reply'" in m for m in below), messages
    assert any("4 lines after the comments marker 'Comments'" in m for m in below), messages  # 'Reply', past the label
