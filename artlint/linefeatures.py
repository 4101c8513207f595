"""Line features for the page-debris scorer: shape, position, neighbours, vocabulary and lexicon signals."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, chain, compress, islice, pairwise, repeat
from operator import mul

from artlint.adslots import article_ad_slots, without_lines
from artlint.article import Article
from artlint.articleparts import own_lines
from artlint.commentthreads import comment_threads
from artlint.dates import YEAR, DateFinder
from artlint.layout import SHORT_PARAGRAPH_WORDS, Layout, layout
from artlint.lexiconindex import LineHits, Strength
from artlint.lexicons import COMMENT_SECTION, OTHER_ARTICLES, Lexicons
from artlint.liveblog import stamp_dates
from artlint.recent import Recent
from artlint.textutil import DIGIT, LINK, SEPARATOR, WORD, capital_or_caseless, normalize, normalize_keeping_marks

DEBRIS_ENTRIES = (
    "navigation", "reading-time", "share-prompt", "advertisement", "cookie-notice", "caption-credit",
    "related-link", "comment-section", "legal-footer", "truncation-markers",
)
FEATURES = (
    "words", "log_chars", "closes", "colon", "capitalised", "upper", "digits", "separator",
    "relative_position", "from_start", "from_end", "head", "tail", "paragraph", "paragraphs",
    "prev_words", "prev_paragraph", "next_words", "next_paragraph", "run", "body_vocabulary", "title_overlap",
    "repeats", "link", "at_sign", "copyright", "bullet", "lexicon", "lexicon_prefix", "marker", "marker_prefix",
    "paragraph_words_before", "paragraph_words_after", "paragraphs_after", "paragraphs_before",
    "lexicon_before", "lexicon_after", "lead_overlap",
    "since_comment_marker", "since_related_marker", "date_line", "dates_near", "dates_after",
    "comment_marker_depth", "related_marker_depth",
    "run_vocabulary", "run_lexicon", "run_title", "run_closes", "run_words",
)
_BULLETS = frozenset("-*•–—·►▪")
SENTENCE_WORDS = SHORT_PARAGRAPH_WORDS
"""A line of this many words or more that closes like one is a sentence: scored only where teasers and comments
stand."""
TEASER_WORDS = 3
LABEL_WORDS = 3
"""The longest label before a bar that links one article ('Also Read | ...')."""
PROSE_WORDS = 30
"""A line this long is prose even with no closing punctuation (a quote that ends in its attribution, a cut
paragraph): like a sentence, it is scored only after a comments or related-articles marker."""
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω](?<![\w'’].)")
"""A capital that no word character or apostrophe precedes. The look-behind comes after the capital (and spans it):
a pattern that opens with a character class lets the regex engine skip to the capitals (twice as fast on prose)."""
MARKER_WORDS = 12
"""The longest line that a prefix makes a comments or related-articles marker."""
NO_MARKER = 999
"""Lines since a marker, when there is none before the line."""
DATE_LINE_WORDS = 8
"""A line this short with a date in it is a timestamp (a comment's, a teaser's), not a sentence about one."""
_NO_RUN = (-1.0,) * 5
"""The run features of a paragraph line, which stands in no run."""


class Signals:
    """The lexicon matchers the features consult, compiled once per run."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.index = lexicons.index()
        self.debris = frozenset(DEBRIS_ENTRIES)
        self.markers = frozenset(["spillover-markers"])
        self.comment = frozenset([COMMENT_SECTION])
        self.related = OTHER_ARTICLES
        self.dates = DateFinder(lexicons.months)
        self.teaser_labels = tuple(sorted({label for key in self.related for label in lexicons.entry(key).glued},
                                          key=len, reverse=True))
        self.block_openers = tuple(f"{prefix} " for prefix in lexicons.entry("spillover-markers").prefixes)

    def one_teaser(self, text: str) -> bool:
        """A related-articles marker that links one article: a headline after its colon ('Read more: Storm closes
        the harbour'), or after a label (_teaser_parts: 'Also Read | Ferry fares rise in May', 'Lees ook Scholen
        kampen met lerarentekort'), unless the line or its headline opens like the heading of a block (a
        spillover-markers prefix: 'Read More From Our Blog', 'Читайте также Другие новости Самары'), its label heads
        a block of teasers ('Most Read | Storm closes the harbour') or the label and the headline's first words are
        a heading the lexicons know ('Related Stories From The Valley', 'Recommended | For You Today'). The sentences
        below it are the article's own, not a block of teasers."""
        if len(WORD.findall(text.partition(":")[2])) >= TEASER_WORDS:
            return True
        label, headline, glued = self._teaser_parts(text)
        words = WORD.findall(headline)
        if label is None or len(words) < TEASER_WORDS or glued and not capital_or_caseless(headline[:1]):
            return False
        if any(normalize_keeping_marks(part).startswith(self.block_openers) for part in (text, headline)):
            return False
        owner = self.index.owner
        if "spillover-markers" in owner.get(normalize(label), ()):
            return False
        return not any(normalize(" ".join([label, *words[:size]])) in owner for size in range(1, 4))

    def _teaser_parts(self, text: str) -> tuple[str | None, str, bool]:
        """The label and the headline of a line that may link one article, and whether they are glued: a label of at
        most LABEL_WORDS words before a bar ('Also Read | Ferry fares rise', 'Also Read | 5 things to know'; not a
        bar of links, 'Pune | Mumbai | Delhi'), or a label that the lexicons know glued to a link, which only a
        capital tells from the label's own next word ('Lees ook Scholen kampen ...'; in a script without case, such as
        Arabic's, any word opens it); (None, '', False) for neither."""
        before, bar, after = text.partition(" | ")
        if bar and "|" not in after and len(WORD.findall(before)) <= LABEL_WORDS:
            return before.strip(), after.strip(), False
        label = next((label for label in self.teaser_labels if text.startswith(label)), None)
        return (None, "", False) if label is None else (label, text[len(label):].lstrip(), True)

    def rubric(self, text: str) -> bool:
        """A comments phrase that asks or introduces ('Comment:', 'Comments?'), as a rubric over paragraphs does."""
        return text.rstrip()[-1:] in ":?" and COMMENT_SECTION in self.index.owner.get(normalize(text), ())


def line_features(article: Article, signals: Signals) -> list[tuple[int, list[float]]]:
    """(layout index, feature vector in FEATURES order) of each candidate line: every non-blank body line that is
    not a sentence of four words or more nor a line of PROSE_WORDS words, and every line after a related-articles
    marker line (unless it links one article: Signals.one_teaser, artlint.articleparts) or in a comments thread
    (artlint.commentthreads), where teasers and comments stand. Sentences and prose lines elsewhere are never
    scored, nor are the lines of the article's own parts (artlint.articleparts.own_lines) and the labels of ad
    slots in its text (artlint.adslots), around which the lines are scored as if they were not there. A marker
    that links one article counts for no line below it, in the features either (since_related_marker,
    related_marker_depth): what follows it is the article's, not a block of teasers ('Lesen Sie auch: Neue
    Triebwagen für das Oberland' / the article's list goes on)."""
    view, found = layout(article), signals.index.lines(article)
    view, found, index_of = without_lines(view, found, article_ad_slots(article, signals.index))
    texts, tokens, counts, paragraph, closes = view.texts, view.tokens, view.words, view.paragraph, view.closes
    n = len(texts)
    hits, marks = [0] * n, [0] * n
    for i in compress(range(n), found):
        hits[i] = _strength(found[i], signals.debris)  # type: ignore[arg-type]
        marks[i] = _strength(found[i], signals.markers)  # type: ignore[arg-type]
    vocabulary = set(chain.from_iterable(compress(tokens, paragraph)))
    paragraph_words = list(accumulate(map(mul, counts, paragraph), initial=0))
    paragraphs_upto = list(accumulate(paragraph, initial=0))
    lexicon_upto = list(accumulate(map(bool, hits), initial=0))
    total_words = paragraph_words[n] or 1
    total_paragraphs = paragraphs_upto[n]
    lead = set(chain.from_iterable(islice(compress(tokens, paragraph), 3)))
    title = set(WORD.findall(article.title.lower()))
    lowered = list(map(str.lower, texts))
    repeats = Counter(lowered)
    first, last = view.first, view.last
    spans = _run_spans(paragraph)
    runs = _runs(spans, n)
    comment_markers = _marked(found, signals.comment, counts)
    since_comment = _since(comment_markers, n)
    related_markers = _marked(found, signals.related, counts)
    one_teasers = [i for i in related_markers if signals.one_teaser(texts[i])]
    since_related = _since(sorted(set(related_markers).difference(one_teasers)), n)
    comment_depth = _depth(since_comment, paragraph_words, total_words)
    related_depth = _depth(since_related, paragraph_words, total_words)
    used = vocabulary.__contains__
    shares = [None if own else sum(map(used, words)) / count if count else 0.0 for words, count, own in zip(tokens, counts, paragraph)]
    run_means = _run_means(_run_signals(view, shares, hits, title), spans, n)
    dated = _dated(texts, counts, signals.dates)
    dates_upto = list(accumulate(dated, initial=0))
    before, after = [-1, *counts], [*counts[1:], -1]
    paragraph_before, paragraph_after = [-1, *paragraph], [*paragraph[1:], -1]
    lexicon_back = [0] * 5 + lexicon_upto
    dates_back, dates_ahead = [0] * 4 + dates_upto, dates_upto + [dates_upto[n]] * 5
    tail_after = last if first >= 0 else n
    threads = comment_threads(found, comment_markers, dated, paragraph_words, signals, view)
    date_of = stamp_dates(signals.dates, signals.index.writes_day_first(article))
    structure = own_lines(article, view, hits, found, spans, related_markers, one_teasers, threads, date_of)
    keep = [i for i, ends, count, thread, related in zip(range(n), closes, counts, threads, since_related)
            if not ((count >= PROSE_WORDS or ends and count >= SENTENCE_WORDS) and not thread and related == NO_MARKER)
            and i not in structure]
    counted = _counts(tokens, paragraph) if any(map(paragraph.__getitem__, keep)) else Counter()
    out = []
    for i, (log_chars, colon, capitals, upper, digits, separator, link, at_sign, copyright, bullet) in zip(
        keep, _SHAPES(list(map(texts.__getitem__, keep))),
    ):
        words, count = tokens[i], counts[i]
        share = shares[i]
        unique = set(words)
        out.append((index_of[i], [
            count, log_chars, closes[i], colon, capitals / count if count else 0.0, upper, digits, separator,
            i / n, i, n - 1 - i, i < first, i > tail_after, paragraph[i], total_paragraphs,
            before[i], paragraph_before[i], after[i], paragraph_after[i], runs[i],
            _share(words, count, counted, 1) if share is None else share,
            (shared := len(unique & title)) / (len(unique) + len(title) - shared) if unique and title else 0.0,
            repeats[lowered[i]], link, at_sign, copyright, bullet,
            hits[i] == 2, hits[i] == 1, marks[i] == 2, marks[i] == 1,
            paragraph_words[i] / total_words, (paragraph_words[n] - paragraph_words[i + 1]) / total_words,
            total_paragraphs - paragraphs_upto[i + 1], paragraphs_upto[i],
            lexicon_upto[i] - lexicon_back[i], lexicon_upto[n] - lexicon_upto[i + 1],
            len(unique & lead) / len(unique) if unique else 0.0,
            since_comment[i], since_related[i], dated[i],
            dates_ahead[i + 5] - dates_back[i] - dated[i], dates_upto[n] - dates_upto[i + 1],
            comment_depth[i], related_depth[i], *run_means[i],
        ]))
    return out


def _shape(text: str) -> tuple[float, bool, int, bool, float, bool, bool, bool, bool, bool]:
    """What a line's own text tells: log of its length, a closing colon, its capitalised words, all
    capitals, its share of digits, a separator, a link, an at sign, a copyright sign, a leading bullet."""
    return (
        math.log1p(len(text)), text.endswith(":"), len(_CAPITALISED.findall(text)), text.isupper(),
        len(DIGIT.findall(text)) / len(text), SEPARATOR.search(text) is not None,
        LINK.search(text) is not None, "@" in text, "©" in text, text[0] in _BULLETS,
    )


_SHAPES = Recent(_shape)


def _strength(hits: LineHits, keys: frozenset[str]) -> int:
    """2 for a whole-line phrase of one of the entries, 1 for a weaker match, else 0 (the callers skip lines
    without hits)."""
    return max((int(strength) for key, strength in hits.items() if key in keys), default=0)


def _marked(found: Sequence[LineHits | None], keys: frozenset[str], counts: Sequence[int]) -> list[int]:
    """The marker lines: those matching one of the entries by a whole-line phrase or pattern, or by a prefix in
    at most MARKER_WORDS words (a sentence that merely starts like a comments prompt, 'To comment on the
    figures, the minister ...', is none)."""
    return [i for i in compress(range(len(found)), found)
            if any(key in keys and (strength is Strength.EXACT or counts[i] <= MARKER_WORDS)
                   for key, strength in found[i].items())]  # type: ignore[union-attr]


def _since(marked: list[int], n: int) -> list[int]:
    """For each of n lines, how many lines back the nearest earlier marker line (`marked`, ascending) stands."""
    out = [NO_MARKER] * (marked[0] + 1 if marked else n)
    for marker, following in pairwise([*marked, n - 1]):
        out.extend(range(1, following - marker + 1))
    return out


def _depth(since: list[int], paragraph_words: list[int], total_words: int) -> list[float]:
    """For each line, the share of the article's paragraph words that stand before its nearest earlier
    marker (-1 without one): a comments heading after most of the text opens a thread, one in the
    header is a link."""
    if since.count(NO_MARKER) == len(since):
        return [-1.0] * len(since)
    return [-1.0 if back == NO_MARKER else paragraph_words[i - back] / total_words for i, back in enumerate(since)]


def _counts(tokens: list[list[str]], paragraph: list[bool]) -> Counter[str]:
    """How often each word occurs in the paragraphs (needed only when a paragraph line is a candidate: the
    other lines ask only whether a word occurs there)."""
    return Counter(chain.from_iterable(compress(tokens, paragraph)))


def _share(words: list[str], count: int, vocabulary: Counter[str], own: int) -> float:
    """The share of a line's words that the article's paragraphs use more than `own` times (1 for a paragraph,
    whose own words count once)."""
    return sum(map(own.__lt__, map(vocabulary.get, words, repeat(0)))) / count if count else 0.0


def _run_signals(view: Layout, shares: list[float | None], hits: list[int], title: set[str]) -> list[tuple[float, ...]]:
    """For each line outside a paragraph: the share of its words found in the paragraphs, a lexicon hit, a word
    of the title, closing punctuation, its word count."""
    return [
        _NO_RUN if share is None else (share, bool(hit), not title.isdisjoint(words), closes, count)
        for share, words, count, hit, closes in zip(shares, view.tokens, view.words, hits, view.closes, strict=True)
    ]


def _run_means(values: list[tuple[float, ...]], spans: list[tuple[int, int]], n: int) -> list[tuple[float, ...]]:
    """For each line outside a paragraph, the means of its run's values (a menu shares no words with the article
    and knows page wording; the article's own list or table shares its words); paragraphs get -1s."""
    out: list[tuple[float, ...]] = [_NO_RUN] * n
    for start, end in spans:
        size = end - start
        out[start:end] = [tuple([total / size for total in map(sum, zip(*values[start:end], strict=True))])] * size
    return out


def _dated(texts: list[str], counts: list[int], dates: DateFinder) -> list[bool]:
    search = YEAR.search  # most lines hold no year: skip the call into the date finder, which would check it first
    return [count <= DATE_LINE_WORDS and search(text) is not None and dates.first_date(text) is not None
            for text, count in zip(texts, counts)]


def _run_spans(paragraph: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of lines outside the paragraphs."""
    bounds = [-1, *compress(range(len(paragraph)), paragraph), len(paragraph)]
    return [(start + 1, end) for start, end in pairwise(bounds) if end > start + 1]


def _runs(spans: list[tuple[int, int]], n: int) -> list[int]:
    """For each line outside a paragraph, the length of its run of such lines; 0 for paragraphs."""
    out = [0] * n
    for start, end in spans:
        out[start:end] = [end - start] * (end - start)
    return out
