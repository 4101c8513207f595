"""page-debris: lines a learned scorer is confident are page furniture, by where they stand and what surrounds them."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from artlint.adslots import article_ad_slots
from artlint.article import BODY, DATE, Article, Span
from artlint.data import data_dir
from artlint.daterecord import OPENING_LINES, DateRecord
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.layout import layout
from artlint.lexicons import Lexicons
from artlint.linefeatures import FEATURES, NO_MARKER, Signals, line_features
from artlint.linemodel import LineModel
from artlint.rule import Rule
from artlint.unwrapped import unwrapped

_AT = {name: index for index, name in enumerate(FEATURES)}


@lru_cache(maxsize=4)
def built_in_model() -> LineModel:
    return LineModel.load(data_dir("rules") / "models" / "page-debris.json", FEATURES)


class PageDebris(Rule):
    """A short line that the context scorer is confident is page debris, even when no lexicon knows it.

    Why
    Menus, teaser lists, footers and widget labels come in every language and wording; no phrase
    list knows them all. Where they stand gives them away: before the article's first paragraph or
    after its last, in runs of short lines without closing punctuation, sharing no words with the
    article's paragraphs, after a "Comments" or "Related" marker (the more of the article's text
    stands before it, the surer), among timestamps; and the run of short lines it stands in (a menu
    shares few words with the article and knows page wording; the article's own list or table shares
    its words). A tree ensemble (rules/models/page-debris.json, fitted on labelled scraper output;
    its figures are those of cross-validation models on sites they never saw) weighs these signals;
    the message names the strongest of them, and the marker a line stands after.
    A sentence of four words or more, and any line of 30 words or more (a quote ending in its
    attribution has no closing punctuation), is scored only where teasers and comments stand: below
    a related-articles marker, or in a thread of comments. A comments marker opens a thread when a
    timestamp (a short line with a date, past the opening) or another comments line ('Reply',
    'says:') follows within 15 lines. Without one, a rubric ('Comment:', 'Comments?') and a zero
    count ('0 Comments') open none; another marker opens one past 40% of the article's text (75%
    for one standing between two paragraphs), and higher up only a heading ('Top Rated Comments')
    that a comments line further down closes ('Read All Comments'); in the opening, a marker needs a sentence
    right above it for either (a 'Comment' button among the byline, the date and 'Save' opens none). So a
    counter under the lead ('Comments (12)') and a 'Comments' link between the article's paragraphs open none, and
    neither does a sentence that merely starts like a prompt, which is no marker at all. A short
    article's closing sentences after its last ten-word paragraph are not scored either, nor are the
    sentences below a marker that links one article ('Read more: Tram fares to rise in April',
    'Lees ook Scholen kampen met lerarentekort') and the subhead right below it when a paragraph
    follows ('Night services'), the line of ten words or more under a plain text's
    title line (its standfirst, which often has no closing punctuation), a Markdown heading of ten
    words or more above the first paragraph (a dek) and the delimiter row of a Markdown table
    ('|---|---|').
    Four blocks that the article's own text is laid out in are not scored either, outside a thread
    of comments and where no lexicon knows the line: the header row of a table whose cells a scraper
    joined with ' | ', when the next two rows have as many cells and a figure each ('Day | Weather |
    High | Wind'; a header of two cells holds no figure itself), its rows, and the subhead right above it, its
    title ('Fares'); a live blog's entry times and headings (three entries or more that open with a
    time alone on its line, at most two short lines above their first paragraph: '16:45' / 'Ferries
    cancelled' / the entry's text); and a list that a line introduces and whose items, half or more
    in lower case, finish its sentence ('The warning covers:' / 'coastal Cumbria from Silloth to
    Barrow' / ...), or a list of names of at most four words each that a sentence of three words or
    more introduces, right below the article's text or a box set into it, or below a subhead of four words
    at most that stands there, and the article goes on
    from: with a paragraph, a table, or a question over its answer, perhaps under a subhead and past
    a box ('Crews were sent first to these districts:' / 'Karşıyaka' / 'Bornova' / paragraph; a name may end
    with a note in brackets, 'K West (Juhu)'). The same holds for a timeline, three times of day or more
    each over a short event line, below such a lead-in or a subhead right below the article's text
    ('Timeline' / '06:30' / 'Forecasters warn of strong winds' / ...), and for a lead-in over two statements or more,
    each ended by a full stop (steps: 'Applying takes half an hour:' / 'Ask an installer for a quote.' / ...),
    and for a box of facts under a subhead there, three lines 'Label: value' or more ('The line at a glance' /
    'Length: 15.4 km' / ...), that the article goes on from.
    And a summary box: a label the summary-labels lexicon entry knows ('Key points:', 'TL;DR', "L'essentiel")
    and the two to eight items below it that sum the article up (most longer than two words, one sharing a
    word with its paragraphs), or none, where a paragraph follows.
    A box set into the article is up to three captions, ad labels and read-also links, with the
    headlines a read-also label alone on its line introduces (one below a heading, up to three below
    'READ MORE:'). Below such a label between two paragraphs, the section the article goes on with
    is not scored: a subhead with no figure, its paragraph and the next, or the next section's subhead
    over two paragraphs ('READ MORE:' / headline / 'Opening hours' / paragraph), also where the scraper
    dropped the links ('Přečtěte si také' / 'Tresty' / paragraph; the subhead then of four words at most;
    artlint.insetboxes).
    An ad slot's labels beside a paragraph or anywhere between the first and the last one ('Advertisement',
    'Реклама', 'إعلان', '- Advertisement -', 'Advertisement' / 'Scroll to continue with content': whole lines of
    the advertisement lexicon, artlint.adslots) stand wherever the ad server put them: they are not scored, and
    the lines around them are scored as if they were not there, so a list, a table or a subhead beside an ad slot
    is not read as a run of page chrome for standing next to a lexicon line. The advertisement rule deletes those
    labels (with it turned off, they stay). Among words of markup ('rel' / 'Sponsored' / 'target'), and over a
    block of teasers ('Sponsored content' / two headlines), a label is scored and counts for its neighbours.
    A hard-wrapped body (lines broken at a fixed width, as html2text, lynx and mail clients write them;
    artlint.hardwrap) is read as a reader sees it, each wrapped paragraph on one line (artlint.unwrapped): a
    wrapped sentence is a sentence, and a wrapped line of another kind is scored as one line and deleted whole, so
    no paragraph loses its last lines for being shorter than a sentence.
    A line with a date among the first ten is kept when the article has no date field (it may be the
    only record of it; a comment's timestamp further down is not), and so is the date record of an
    undated plain-text article (artlint.daterecord: a date stamp of its opening, which reaches past a
    menu to the first paragraph).
    Where a finer rule (share-prompt, related-link, ...) reports the same line, or its fix deletes
    the block the line stands in, only the finer finding is kept.

    Example
    before: Harbour reopens after storm / Weather / Local / The harbour reopened on Monday ... / Storm season guide / Ferry fares rise
    after:  Harbour reopens after storm / The harbour reopened on Monday ...

    Fix safety
    Unsafe: the verdict is inferred. Measured with benchmarks/quality.py on hosts that
    cross-validation models of the scorer never saw; run `fix --unsafe-fixes --diff` to review
    before writing.

    Options
    threshold: the scorer's probability above which a line is reported (default: the model's own,
    0.870, chosen on the sites the cross-validation models never saw as the point where the whole rule
    set removes leftovers at 95% precision and 60% recall with equal margin; benchmarks/quality.py
    --threshold P weighs another). Raise it for fewer, surer findings.
    """

    code = "ART211"
    name = "page-debris"
    fixable = "unsafe"
    as_written = True  # it joins a hard-wrapped body's paragraphs itself, and reads their lines as written too
    general = 3
    defaults: Mapping[str, Any] = {"threshold": None}
    options_schema = {"threshold": {"type": ["number", "null"], "exclusiveMinimum": 0, "exclusiveMaximum": 1}}

    def setup(self, lexicons: Lexicons) -> None:
        self.signals = Signals(lexicons)
        self.model = built_in_model()
        self.date_record = DateRecord(lexicons, self.signals.dates)

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        threshold = options.get("threshold")
        cut = self.model.threshold if threshold is None else _log_odds(threshold)
        score = self.model.score
        plain = unwrapped(article)
        read = plain.article
        view = layout(read)
        lines, texts = view.lines, view.texts
        undated = not article.value(DATE).strip()
        record = self.date_record.kept_line(read)
        labels = article_ad_slots(read, self.signals.index)
        body = article.body
        for index, vector in line_features(read, self.signals):
            log_odds = score(vector)
            if log_odds < cut:
                continue
            line = lines[index]
            if index == record or (undated and index < OPENING_LINES and self.signals.dates.first_date(line.text)):
                continue  # maybe the only record of when the article appeared: missing-date reads it
            probability = LineModel.probability(log_odds)
            first, last = plain.original(line.number)
            fix = Fix.delete(body.lines_span(BODY, first, last), Applicability.UNSAFE,
                             "delete the line" if first == last else "delete the paragraph")
            message = f"page debris (score {probability:.2f}: {explain(vector, texts, index, labels)})"
            yield self.finding(Span(BODY, body.line_start(first), body.lines[last - 1].end), message, fix)


def explain(vector: list[float], texts: Sequence[str], index: int, skipped: Collection[int] = ()) -> str:
    """The signals behind a score, in words; a marker is named by its text (`texts`: the layout's; `index`: the
    line's; `skipped`: the layout indices of the lines that line_features leaves out, artlint.adslots)."""
    reasons = []
    if vector[_AT["head"]]:
        reasons.append("before the first paragraph")
    elif vector[_AT["tail"]]:
        reasons.append("after the last paragraph")
    elif (back := vector[_AT["since_comment_marker"]]) < NO_MARKER:
        marker = _above(index, int(back), skipped)
        reasons.append(f"{_lines(index - marker)} after the comments marker {_quoted(texts[marker])}")
    elif (back := vector[_AT["since_related_marker"]]) < NO_MARKER:
        marker = _above(index, int(back), skipped)
        reasons.append(f"{_lines(index - marker)} after the related-articles marker {_quoted(texts[marker])}")
    elif vector[_AT["paragraph_words_after"]] < 0.1:
        reasons.append("near the end, past most of the article's text")
    words = int(vector[_AT["words"]])
    reasons.append(f"{words} word{'s' if words != 1 else ''}")
    if not vector[_AT["closes"]]:
        reasons.append("no closing punctuation")
    if vector[_AT["run"]] >= 3:
        reasons.append(f"in a run of {int(vector[_AT['run']])} short lines")
    if vector[_AT["lexicon"]] or vector[_AT["lexicon_prefix"]]:
        reasons.append("known page wording")
    if vector[_AT["date_line"]]:
        reasons.append("a timestamp")
    if vector[_AT["body_vocabulary"]] < 0.3:
        reasons.append("few words shared with the article")
    return ", ".join(reasons)


def _above(index: int, count: int, skipped: Collection[int]) -> int:
    """The layout index of the line `count` lines above line `index`, not counting the `skipped` lines."""
    while count:
        index -= 1
        count -= index not in skipped
    return index


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _lines(count: float) -> str:
    return f"{int(count)} line{'s' if count != 1 else ''}"


def _log_odds(probability: float) -> float:
    return math.log(probability / (1 - probability))
