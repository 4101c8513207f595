"""A hard-wrapped body (lines broken at a fixed width, as html2text, lynx and mail clients write them): page-debris
reads each wrapped paragraph as one line, so it keeps every line of the article's paragraphs and deletes a wrapped
prompt whole. Articles written for this test."""

from __future__ import annotations

import itertools
import json
import random
import textwrap
from pathlib import Path

import pytest

from artlint.article import Article
from artlint.config import Settings
from artlint.corpus.learn import dump_pack, learn_pack
from artlint.hardwrap import paragraph_starts
from artlint.testing import fix_text, lint_text, session
from artlint.unwrapped import unwrapped

TITLE = "Harbour authority approves new ferry terminal"
PARAGRAPHS = [
    ("The Kellmouth harbour authority on Tuesday approved plans for a new ferry terminal on the east quay, ending a "
     "two-year review that drew more than 400 public comments and two legal challenges from fishing cooperatives."),
    ("The terminal, which will cost an estimated 48 million pounds, is expected to handle up to 1.2 million "
     "passengers a year once it opens in 2028. Construction will begin next spring and will be carried out in three "
     "phases so that the existing berths can stay open."),
    ('"This is the most important decision the board has taken in a generation," said the chair, Margaret Okafor, '
     "after the vote. The design was changed twice to meet the concerns of residents living near the quay."),
    ("Fishing cooperatives had argued that the ferry traffic would disrupt the early morning landings. The authority "
     "has agreed to restrict ferry movements between 4 a.m. and 7 a.m. for the first five years of operation."),
    ("The plans now go to the regional transport ministry, which has 90 days to raise objections. A spokesperson for "
     "the ministry said it would study the documents carefully but did not expect to delay the project."),
]
MENU = ["Home", "News", "Sport", "Weather"]
TAIL = [
    "Sign up for our weekly newsletter to get the best of the harbour news in your inbox every Friday morning",
    "Share this article",
    "Related stories",
    "Council delays vote on bus lanes until after the summer holidays",
    "New library opens in the old post office building on Quay Street",
]


def wrapped(lines: list[str], width: int) -> list[str]:
    return [part for line in lines for part in textwrap.wrap(line, width)]


def starts(text: str) -> list[int]:
    lines = text.split("\n")
    return paragraph_starts(lines, list(range(1, len(lines) + 1)), [line.endswith(".") for line in lines])


@pytest.mark.parametrize("width", [50, 60, 72, 78])
def test_a_wrapped_article_keeps_every_line_and_loses_its_page_furniture(width: int) -> None:
    body = wrapped(PARAGRAPHS, width)
    text = "\n".join([TITLE, *MENU, *body, *wrapped(TAIL, width)]) + "\n"
    assert fix_text(text, unsafe=True) == "\n".join([TITLE, *body]) + "\n"


@pytest.mark.parametrize("width", [50, 72])
def test_with_blank_lines_between_its_paragraphs_too(width: int) -> None:
    body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in PARAGRAPHS)
    fixed = fix_text(f"{TITLE}\n{body}\nShare this article\nFacebook\n", unsafe=True)
    assert fixed.rstrip("\n") == f"{TITLE}\n{body}"


LINES = [
    "Weather",                                         # a heading: room for the next word
    "The harbour reopened on Monday after the storm",  # runs on
    "had closed it for three days, the port said.",    # closes: the paragraph ends
    "Ferries will run to the summer timetable while",  # runs on
    "repairs to the north pier go on until the end",   # runs on
    "of May at the earliest, engineers said today.",   # closes
    "Timetable",                                       # a short line that stands alone
    "Boats leave every hour from the east quay from",  # runs on
    "seven in the morning",                            # leaves room: the paragraph ends here
    "Tickets are sold on board and at the office.",
]


def test_the_lines_of_a_wrapped_paragraph_run_on_until_one_closes_or_leaves_room() -> None:
    assert starts("\n".join(LINES)) == [0, 1, 1, 3, 3, 3, 6, 7, 7, 9]


def test_a_blank_line_ends_a_wrapped_paragraph() -> None:
    numbers = [1, 2, 4, *range(5, 12)]  # a blank line between the harbour's two lines
    closes = [line.endswith(".") for line in LINES]
    assert paragraph_starts(LINES, numbers, closes) == [0, 1, 2, 3, 3, 3, 6, 7, 7, 9]


def numbered(lines: list[str]) -> list[int]:
    return paragraph_starts(lines, list(range(1, len(lines) + 1)), [line.endswith(".") for line in lines])


def test_an_unwrapped_heading_wider_than_the_wrap_does_not_set_it() -> None:
    body = wrapped(PARAGRAPHS, 72)
    heading = "Harbour authority approves new ferry terminal after a two-year review of its plans and objections"
    found = numbered([heading, *body])
    assert found[1:] == [start + 1 for start in numbered(body)]
    assert found[0] == 0 and numbered(body) != list(range(len(body)))


def test_a_line_runs_on_only_where_the_next_word_would_not_fit() -> None:
    widest = "Boats leave every hour from the east quay from"
    fits, would_not = "seven in the morning until later at night,", "seven in the morning until late in the day,"
    assert [len(widest), len(fits), len(would_not)] == [46, 42, 43]  # 42 + ' the' is 46 columns: it would fit
    tail = ["the boats keep going in the summer months, and", "the last boat back leaves at ten."]
    assert numbered([widest, fits, *tail] * 2) == [0, 0, 2, 2, 4, 4, 6, 6]
    assert numbered([widest, would_not, *tail] * 2) == [0, 0, 0, 0, 4, 4, 4, 4]


def test_a_narrow_column_a_list_of_headlines_a_table_and_a_list_are_not_wrapped_text() -> None:
    menu = ["Home and garden news and tips", "Local politics this week", "Weather and travel today",
            "Sport results from the weekend"] * 2
    headlines = ["Council delays vote on bus lanes until after the summer holidays",
                 "New library opens in the old post office building on Quay Street",
                 "Harbour authority approves new ferry terminal on the east quay",
                 "Fishing cooperatives win their appeal against the new quay plans",
                 "Ferry fares will rise by four percent from the first of April"]
    table = ["| Route | Boats a day | First departure | Last departure | Fare", "| Kellmouth to Halden | 12 | 06:30",
             "| Kellmouth to Norway | 2 | 08:00 | 20:00 | 48 | weekdays only", "| Halden to the islands | 4 | 07:15",
             "| Islands to Kellmouth | 4 | 08:30 | 19:30 | 6.20 | all year"]
    items = [f"- {line[0].lower()}{line[1:]}" for line in headlines]
    for lines in (menu, headlines, table, items):
        assert numbered(lines) == list(range(len(lines)))
    assert numbered([line.lower() for line in headlines]) != list(range(len(headlines)))


def test_text_wrapped_wider_than_160_or_narrower_than_45_columns_or_in_two_lines_is_left_alone() -> None:
    wide, short = wrapped(PARAGRAPHS, 170), wrapped(PARAGRAPHS[0:1], 120)
    assert max(map(len, wide)) > 160 and len(short) == 2
    assert numbered(wide) == list(range(len(wide))) and numbered(short) == [0, 1]
    assert numbered(wrapped(PARAGRAPHS, 150)) != list(range(len(wrapped(PARAGRAPHS, 150))))
    narrow = wrapped(PARAGRAPHS, 40)
    assert numbered(narrow) == list(range(len(narrow)))


def test_lines_as_wide_as_the_wrap_that_mostly_close_are_not_wrapped_text() -> None:
    open_line = "the harbour reopened on Monday after the storm had closed it, and"
    closing = "ferries will run to the summer timetable from the east quay now."
    assert numbered([open_line] * 4 + [closing] * 6) == list(range(10))
    assert numbered([open_line] * 7 + [closing] * 3) == [0] * 8 + [8, 9]


def test_the_unwrapped_article_has_a_wrapped_paragraph_on_one_line_and_maps_it_back() -> None:
    paragraph = wrapped(PARAGRAPHS[:1], 50)
    body = "\n".join(["Home", *paragraph, "", "Share"]) + "\n"
    plain = unwrapped(Article.from_values({"title": TITLE, "body": body}))
    last = 1 + len(paragraph)
    assert plain.article.body.value == f"Home\n{PARAGRAPHS[0]}\n\nShare\n"
    assert [plain.original(number) for number in (1, 2, 3, 4)] == [(1, 1), (2, last), (last + 1,) * 2, (last + 2,) * 2]
    crlf = unwrapped(Article.from_values({"title": TITLE, "body": body.replace("\n", "\r\n").rstrip()}))
    assert crlf.article.body.value == f"Home\n{PARAGRAPHS[0]}\n\nShare"
    alone = Article.from_values({"title": TITLE, "body": body.replace("\n", "\n\n")})
    assert unwrapped(alone).article is alone


def test_page_debris_reports_a_wrapped_prompt_once_over_all_its_lines() -> None:
    prompt = wrapped(TAIL[:1], 50)
    text = "\n".join([TITLE, *wrapped(PARAGRAPHS, 50), *prompt]) + "\n"
    body = text[len(TITLE) + 1 :]
    found = [finding for finding in lint_text(text, select=["page-debris"])]
    assert len(prompt) > 1 and [body[f.span.start : f.span.end] for f in found] == ["\n".join(prompt)]


def test_a_line_rule_reads_a_wrapped_sentence_whole() -> None:
    lines = ["Residents can follow the harbour board's meetings, which are streamed",
             "live every month on the board's own website, on Facebook, Instagram and", "Twitter."]
    body = wrapped(PARAGRAPHS, 72)
    assert len(lines[1]) + 1 + len("Twitter.") > max(map(len, body))  # 'Twitter.' ends the wrapped paragraph
    text = "\n".join([TITLE, *body, *lines, "Share", "Facebook"]) + "\n"
    assert fix_text(text, unsafe=True) == "\n".join([TITLE, *body, *lines]) + "\n"
    assert not any(f.line == f.end_line == 1 + len(body) + 3 for f in lint_text(text))  # nothing flags 'Twitter.'


def test_a_rule_deletes_a_wrapped_caption_whole() -> None:
    caption = ["Harbour staff measure the water level at the east quay on the morning after the storm, as",
               "the tide turns. Image: Kellmouth Courier"]
    body = wrapped(PARAGRAPHS, 90)
    assert len(caption[0]) + 1 + len("the") > max(map(len, body))  # the caption's lines run on
    text = "\n".join([TITLE, *body[:3], *caption, *body[3:]]) + "\n"
    assert fix_text(text, select=["caption-credit"], unsafe=True) == "\n".join([TITLE, *body]) + "\n"
    [finding] = lint_text(text, select=["caption-credit"])
    assert (finding.line, finding.end_line) == (5, 6)  # the caption's own lines in the file, under the title


PLUGIN = '''
from artlint import Applicability, Edit, Fix, Rule, Span, hookimpl

class Reader(Rule):
    """Flags each body line that is one of PHRASES, and each span of TARGETS, with a fix that writes it upper case.

    Why
    Test.
    """
    code = "TEST001"
    name = "test-reader"
    as_written = {as_written}
    PHRASES = {phrases!r}
    TARGETS = {targets!r}
    INSERTS = {inserts!r}

    def check(self, article, options):
        body = article.body
        for line in body.lines:
            if line.text.strip() in self.PHRASES:
                span = body.lines_span("body", line.number, line.number)
                yield self.finding(span, "phrase", Fix.delete(span, Applicability.SAFE))
        for target in self.TARGETS:
            at = body.value.find(target)
            if at >= 0:
                span = Span("body", at, at + len(target))
                yield self.finding(span, "target", Fix(Applicability.SAFE, (Edit(span, target.upper()),)))
        for target in self.INSERTS:
            at = body.value.find(target)
            if at >= 0 and body.value[max(0, at - 2) : at] != "> ":
                span = Span("body", at, at)
                yield self.finding(span, "insert", Fix(Applicability.SAFE, (Edit(span, "> "),)))

@hookimpl
def artlint_register_rules(register):
    register(Reader)
'''


def reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_written: bool = False, phrases: tuple[str, ...] = (),
           targets: tuple[str, ...] = (), inserts: tuple[str, ...] = ()) -> Settings:
    """Settings that run a real plugin rule, which reads the article as_written or not (a module of its own each
    time: Python imports a module name once)."""
    module = f"wrap_reader_{next(_MODULES)}"
    (tmp_path / f"{module}.py").write_text(PLUGIN.format(as_written=as_written, phrases=phrases, targets=targets,
                                                                   inserts=inserts))
    monkeypatch.syspath_prepend(str(tmp_path))
    return Settings(plugins=[module], select=["TEST001"])


_MODULES = itertools.count()


PROMPT = "Sign up for the Kellmouth Courier's morning newsletter to get the harbour news in your inbox every day."


def test_a_plugin_rule_reads_a_wrapped_paragraph_as_one_line_and_its_fix_deletes_every_line_of_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body, prompt = wrapped(PARAGRAPHS, 60), wrapped([PROMPT], 60)
    text = "\n".join([TITLE, *body, *prompt]) + "\n"
    settings = reader(tmp_path, monkeypatch, phrases=(PROMPT,))
    [finding] = lint_text(text, settings=settings)
    assert len(prompt) == 2 and (finding.line, finding.end_line) == (len(body) + 2, len(body) + 4)
    assert fix_text(text, settings=settings) == "\n".join([TITLE, *body]) + "\n"
    written = reader(tmp_path, monkeypatch, as_written=True, phrases=(PROMPT,))
    assert not lint_text(text, settings=written)  # as written, no line is the prompt


def test_a_replacement_in_a_wrapped_line_lands_on_its_words_and_one_across_a_line_break_is_dropped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ["  " + line + " " for line in wrapped(PARAGRAPHS, 72)]  # indented, with trailing spaces
    text = "\n".join([TITLE, *body]) + "\n"
    across = "a new ferry"  # 'a new' ends the first line, 'ferry' opens the second
    opening = "The terminal, which"  # opens a paragraph: the replacement leaves its indentation
    settings = reader(tmp_path, monkeypatch, targets=("Margaret Okafor", across, opening))
    assert any("Margaret Okafor" in line for line in body) and body[0].endswith(" a new ") and f"\n  {opening}" in text
    found = lint_text(text, settings=settings)
    assert sorted(f.fix is not None for f in found) == [False, True, True]  # the one across is not fixed
    assert fix_text(text, settings=settings) == text.replace("Margaret Okafor", "MARGARET OKAFOR").replace(
        opening, opening.upper())
    inserting = reader(tmp_path, monkeypatch, inserts=(opening,))  # an insertion there goes after the indentation
    assert fix_text(text, settings=inserting) == text.replace(opening, "> " + opening)


def test_a_rule_that_reads_the_text_as_written_still_cannot_cut_the_end_of_a_wrapped_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["Residents can follow the harbour board's meetings, which are streamed",
             "live every month on the board's own website, on Facebook, Instagram and", "Twitter."]
    text = "\n".join([TITLE, *wrapped(PARAGRAPHS, 72), *lines]) + "\n"
    settings = reader(tmp_path, monkeypatch, as_written=True, phrases=("Twitter.",))
    [finding] = lint_text(text, settings=settings)
    assert finding.fix is None and fix_text(text, settings=settings) == text


@pytest.mark.parametrize("marker", [
    "Related reading: The harbour board's ten-year plan, in six charts",
    "Related reading: Can Kellmouth afford a ferry port? Six charts say so",  # a question inside a headline
    "Related reading: What the U.S. ferry boom means for the harbour board",  # an abbreviation
])
def test_a_line_as_wide_as_the_wrap_over_a_paragraph_that_opens_like_a_sentence_is_read_alone_too(marker: str) -> None:
    after = ["Kellmouth's terminal is the largest port project on the coast so far", "this decade."]
    body = wrapped(PARAGRAPHS, 72)
    assert len(marker) + 1 + len("alongside") > 72 >= len(marker)  # it runs on into the paragraph below
    text = "\n".join([TITLE, *body, marker, *after]) + "\n"
    assert fix_text(text, select=["related-link"], unsafe=True) == "\n".join([TITLE, *body, *after]) + "\n"
    going_on = "alongside a map of the new berths"  # in lower case: the marker's headline goes on
    lower = "\n".join([TITLE, *body, marker, going_on, *after]) + "\n"
    assert fix_text(lower, select=["related-link"], unsafe=True) == "\n".join([TITLE, *body, *after]) + "\n"


def test_a_repeated_wrapped_paragraph_is_cited_at_its_file_line_and_goes_whole() -> None:
    body = wrapped(PARAGRAPHS, 72)
    copy = wrapped(PARAGRAPHS[3:4], 72)  # its second line opens with a capital: 'Kellmouth harbour master, ...'
    first = 2 + body.index(copy[0])
    text = "\n".join([TITLE, *body, *copy]) + "\n"
    [finding] = lint_text(text, select=["duplicate-paragraph"])
    assert finding.message == f"the paragraph repeats line {first}"
    assert (finding.line, finding.end_line) == (2 + len(body), 1 + len(body) + len(copy))
    assert fix_text(text, select=["duplicate-paragraph"], unsafe=True) == "\n".join([TITLE, *body]) + "\n"


def test_a_wrapped_notice_whose_second_line_opens_with_a_name_goes_whole() -> None:
    notice = ["We use cookies to give you the best experience on our website. Read our",
              "Privacy Policy and Cookie Policy to find out more about how we use them."]
    body = wrapped(PARAGRAPHS, 72)
    text = "\n".join([TITLE, *body, *notice]) + "\n"
    assert fix_text(text, unsafe=True) == "\n".join([TITLE, *body]) + "\n"


FOOTER = wrapped([("The Kellmouth Courier is published by Courier Media Group Limited, a company registered in "
                  "England and Wales under number 0123456, at 12 Quay Street, Kellmouth.")], 72)


def site_records() -> str:
    """Six wrapped articles of one site, none of whose sentences another has, each with the site's wrapped footer."""
    records = []
    for number in range(6):
        shuffle = random.Random(number).sample
        paragraphs = [" ".join(shuffle(words, len(words))).capitalize() + "." for words in map(str.split, PARAGRAPHS)]
        text = "\n".join(wrapped(paragraphs, 72) + FOOTER)
        records.append(json.dumps({"title": f"{TITLE} {number}", "url": f"https://kellmouth.example/{number}",
                                   "date": f"2026-01-0{number + 1}", "text": text}))
    return "\n".join(records) + "\n"


def test_a_site_footer_wrapped_in_every_article_is_learned_and_cut_whole() -> None:
    text, footer = site_records(), FOOTER
    found = lint_text(text, "night.jsonl", select=["site-boilerplate"], corpus=True)
    assert len(footer) == 3 and len(found) == 6  # one finding per record, for the footer's three lines
    fixed = fix_text(text, "night.jsonl", select=["site-boilerplate"], corpus=True, unsafe=True)
    assert not any("Courier Media" in json.loads(row)["text"] for row in fixed.splitlines())
    assert all(json.loads(row)["text"].count("\n") >= 10 for row in fixed.splitlines())


def test_a_learned_pack_lists_a_wrapped_footer_as_one_line_and_its_rule_finds_it(tmp_path: Path) -> None:
    corpus = tmp_path / "night.jsonl"
    corpus.write_text(site_records(), encoding="utf-8")
    pack = learn_pack(session().linter, [str(corpus)])
    assert [rule["match"]["phrases"] for rule in pack["rules"]] == [[" ".join(FOOTER)]]
    (tmp_path / "site.yaml").write_text(dump_pack(pack), encoding="utf-8")
    found = lint_text(corpus.read_text(encoding="utf-8"), "night.jsonl",
                      settings=Settings(packs=[str(tmp_path / "site.yaml")], select=["SITE"]))
    assert len(found) == 6


def test_a_wrapped_standfirst_in_a_record_is_no_title_line_for_the_header_rules() -> None:
    standfirst = wrapped([("Harbour authority approves new ferry terminal on the east quay after a two-year review "
                          "that drew hundreds of comments from residents")], 72)
    text = "\n".join(["Ferry Services", *standfirst, *wrapped(PARAGRAPHS, 72)]) + "\n"
    record = json.dumps({"title": "Kellmouth votes on the quay", "url": "https://kellmouth.example/a", "text": text})
    assert len(standfirst) == 2 and not lint_text(record + "\n", "a.jsonl", select=["header-label"])


def test_a_list_of_headlines_below_a_wrapped_article_does_not_set_a_narrower_wrap() -> None:
    heads = ["Kellmouth council delays its vote on bus lanes until the autumn",
             "Kellmouth library opens in the old post office on Quay Street",
             "Kellmouth fishing cooperatives win their appeal over the quay",
             "Kellmouth ferry fares will rise by four percent from next April",
             "Kellmouth harbour master warns of delays as the dredging starts"]
    body = wrapped(PARAGRAPHS, 72)
    lines = [*MENU, *body, "Most read", *heads * 8]
    article = [start - len(MENU) for start in numbered(lines)[len(MENU) : len(MENU) + len(body)]]
    assert article == numbered(body) != list(range(len(body)))  # its paragraphs as if it stood alone
