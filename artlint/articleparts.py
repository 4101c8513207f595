"""The article's own parts that page-debris never scores, however little each line says: its standfirst and dek,
its tables, verse and closing line, the paragraphs where it goes on below a box of one teaser, and the blocks it is
laid out in (a table's header row, a live blog's entries, a list that a line introduces)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from artlint.article import BODY, Article
from artlint.formats.headerlines import is_header_debris
from artlint.inlinemarkup import visible_text
from artlint.layout import BOX_HEADLINE_WORDS, PARAGRAPH_WORDS, SHORT_PARAGRAPH_WORDS, Layout
from artlint.lexiconindex import LineHits, Strength
from artlint.liveblog import live_entries
from artlint.textutil import strip_markup

SEPARATOR = re.compile(r"[|•·»›►]")
LINK = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
DIGIT = re.compile("[0-9]")
_HEADING = re.compile(r"#{1,6}\s")
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
"""The delimiter row of a Markdown table ('|---|:---:|'): part of the table, however few words it has."""
STANDFIRST_WORDS = 10
"""The shortest Markdown heading above the first paragraph that is a dek, not a label ('### Analysis')."""
UNDER_TITLE_WORDS = 6
"""The shortest line under a plain text's title that is its standfirst ('Ferries cancelled as gales batter the
coast'): a shorter one is as often a kicker or a section label ('Politics live')."""
CLOSING_WORDS = range(2, SHORT_PARAGRAPH_WORDS)
"""A closing line ('The trial continues.', 'Thank you, Ayesha.') is shorter than a sentence that is scored; one
word with a full stop is rather a credit ('AP.')."""
TABLE_CELLS = 3
"""The fewest cells of a table header that may hold a figure itself ('Rank | State | 2024')."""
LIST_ITEM_WORDS = 15
SUBHEAD_WORDS = 8
"""The longest subhead that the article goes on with below a line set into it (_subhead)."""
NAME_ITEM_WORDS = 4
"""The longest item of a list of names ('Karşıyaka', 'North Merrick') that a sentence introduces (_introduced_list)."""
BOX_LINKS = 3
"""The most headlines a read-also marker links in a box set into the article (_past_box)."""
BOX_LINES = 3
"""The most lines set into the article, one below the other, that make one box (_past_box), not counting the
headlines below a read-also label: two read-also links and an ad label."""
BOX_SPAN = BOX_LINES * (1 + BOX_LINKS)
BOX_LABEL_WORDS = 4
"""The longest read-also label alone on its line without a colon ('Das könnte Sie auch interessieren' is five)."""
SECTION_SUBHEAD_WORDS = 4
"""The longest subhead right below a read-also label whose links the scraper dropped (_section_below)."""
SECTION_LINES = 6
"""The lines below a marker over a section of the article in which no other marker may stand (_section_below)."""
INSET_ENTRIES = frozenset(["caption-credit", "related-link", "advertisement"])
"""The lexicon entries of the lines set into an article between its blocks."""
LEAD_IN_SENTENCE_WORDS = 3
"""The shortest lead-in of a list of names that is a sentence of the article ('Those affected include:'; in languages
that glue articles, prepositions or endings to their words three words say as much: Turkish 'Seferlerin uğrayacağı
iskeleler:', Hebrew 'התחנות שייסגרו הן:'), not a label ('Districts:', 'Betroffen sind:'). A prompt as short
('Listen and subscribe:') is the share-prompt lexicon's, and a line a lexicon knows introduces no list."""
_CODE_MARK = re.compile(r"[{}()\[\]=<>;$@\\|_`]|://|www\.")
"""A mark of code, markup or an address in a list item (its own closing semicolon or comma aside)."""
VERSE_LINES = 5
VERSE_WORDS = 8
_NOT_VERSE = re.compile(r"[\d{}()\[\]=<>#$@/\\|_*`]|;(?!$)|^[-•*]\s")
"""A digit, or a mark of code or markup: a line of a listing, a table or a menu, not of a poem. (A semicolon inside a
line is code's; one that ends a line is verse's, checked apart.)"""


def own_lines(article: Article, view: Layout, hits: list[int], found: Sequence[LineHits | None],
              spans: list[tuple[int, int]], related_markers: list[int], one_teasers: list[int],
              threads: list[bool]) -> set[int]:
    """Layout indices of the lines of the article's own parts: its structure (_structure), where it goes on below a box
    of one teaser (_resumed, among `related_markers`) or a line that links one article (_subheads, `one_teasers`),
    and its blocks outside a thread of comments (_blocks). `hits`: each line's debris-lexicon strength; `found`: its
    lexicon hits; `spans`: the runs of lines outside the paragraphs; `threads`: whether each line stands in a thread
    of comments."""
    own = _structure(article, view, hits, found, spans)
    return own | _resumed(view, found, related_markers) | _subheads(view, found, one_teasers) | _blocks(view, found, threads)


def _subheads(view: Layout, found: Sequence[LineHits | None], one_teasers: list[int]) -> set[int]:
    """Layout indices of the subheads that the article goes on with right below a line linking one article ('Read
    more: Tram fares to rise in April' / 'Night services' / paragraph), past its first paragraph: a line of at most
    SUBHEAD_WORDS words that does not close like a sentence, that no lexicon knows, right above a paragraph. Set
    into the article, the link stands between its sections (on the dev corpus such lines are body 93 times, leftover
    4 times)."""
    paragraph = view.paragraph
    return {i + 1 for i in one_teasers
            if view.first < i and i + 2 < len(paragraph) and paragraph[i + 2] and _subhead(view, found, i + 1)}


def _subhead(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index reads as a subhead: no paragraph, one to SUBHEAD_WORDS words with a letter (not a
    line of emoji, not a counter '1 / 3'), no separator (a menu bar), not closed like a sentence, no line a lexicon
    knows."""
    text = view.texts[index]
    return (not view.paragraph[index] and 0 < view.words[index] <= SUBHEAD_WORDS and not view.closes[index]
            and found[index] is None and any(map(str.isalpha, text)) and not SEPARATOR.search(text))


def _resumed(view: Layout, found: Sequence[LineHits | None], markers: list[int]) -> set[int]:
    """Layout indices of the lines where the article goes on below a box of one teaser set into it, and of the
    paragraphs that follow them: a section of its own (_section_below), below the box's headline or right below a
    label whose links the scraper dropped, or else two statements below the box (Layout.inline_box, for a marker known
    to head related articles). A shorter line ends the run: what stands below it (a block of teasers, a bio, the
    page's tail) stays below the marker."""
    out: set[int] = set()
    paragraph = view.paragraph
    for marker in markers:
        if (section := _section_below(view, found, marker, markers)) is not None:
            out.update(section)
            i = section.stop
        elif view.inline_box(marker, sentences=True):
            out.update((marker + 2, marker + 3))
            i = marker + 4
        else:
            continue
        while i < len(paragraph) and paragraph[i]:
            out.add(i)
            i += 1
    return out


def _section_below(view: Layout, found: Sequence[LineHits | None], marker: int, markers: list[int]) -> range | None:
    """The subhead, paragraph and next line of the section that the article goes on with below a read-also marker
    that fills its line, set between the article's paragraphs, and the one headline it links: a subhead (_subhead)
    with no figure, a paragraph, and a paragraph, a closing statement or a list's lead-in ('READ MORE:' / 'Roker Park
    pier tours sell out' / 'Opening hours' / paragraph / 'Entry is free.'). Where a scraper dropped the links
    ('Přečtěte si také' / 'Tresty' / paragraph), below a label alone on its line (_label), the subhead is
    SECTION_SUBHEAD_WORDS words at most: a teaser's headline is longer. A short line below the label is read as the
    box's headline first, and as the section's subhead when no section stands below it. A block of teasers alternates headlines and
    blurbs instead, or repeats its marker ('Learn more') within SECTION_LINES lines; a teaser card puts a date under
    its headline ('12 March 2025' / blurb). None where no such section stands."""
    paragraph, words = view.paragraph, view.words
    whole = found[marker] or {}
    if (not 0 < marker < len(paragraph) - 3 or not paragraph[marker - 1] or whole.get("related-link") != Strength.EXACT
            or any(marker < other <= marker + SECTION_LINES for other in markers)):
        return None
    subheads = [marker + 2] if _box_headline(view, found, marker + 1) else []
    if _label(view, found, marker) and words[marker + 1] <= SECTION_SUBHEAD_WORDS:
        subheads.append(marker + 1)
    for subhead in subheads:
        after = subhead + 2
        if not (after < len(paragraph) and _subhead(view, found, subhead) and not DIGIT.search(view.texts[subhead])
                and paragraph[subhead + 1] and found[subhead + 1] is None and found[after] is None):
            continue
        if (paragraph[after] or view.stops(after) and words[after] >= 2
                or view.texts[after][-1] == ":" and words[after] >= LEAD_IN_SENTENCE_WORDS):
            return range(subhead, after + 1)
    return None


def _structure(article: Article, view: Layout, hits: list[int], found: Sequence[LineHits | None],
               spans: list[tuple[int, int]]) -> set[int]:
    """Layout indices of lines that belong to the article's structure, however little they say: its standfirst, a
    Markdown heading of STANDFIRST_WORDS words or more above the first paragraph (a dek under a front-matter
    title, '### Three routes, one aircraft, and a government that stopped paying'), a table's delimiter row, a
    Markdown image alone on its line (the article's figure: '![Boats in the harbour](harbour.jpg)'; the scorer
    learned from plain text, which has none), the closing line (_closing) and verse (_verse)."""
    texts, words = view.texts, view.words
    out = {i for i in range(view.first) if words[i] >= STANDFIRST_WORDS and not hits[i] and _HEADING.match(texts[i])}
    out.update(i for i, text in enumerate(texts) if text[:1] in "|:-" and _TABLE_RULE.fullmatch(text))
    out.update(i for i, text in enumerate(texts) if text[:2] == "![" and not visible_text(text).strip())
    out.add(_standfirst(article, view, found))
    out.add(_closing(view, hits))
    out.update(_verse(view, spans))
    return out


def _blocks(view: Layout, found: Sequence[LineHits | None], threads: list[bool]) -> set[int]:
    """Layout indices of the lines of blocks that the article's own text is laid out in, however little each line
    says: the header row of a table flattened to lines (_table_header) and the subhead above it that is its title
    ('Fares' / 'Distance | Fare'; on the dev corpus body 40 times, leftover 12), a live blog's entry times and headings
    (artlint.liveblog) and a list that a line of the article introduces (_introduced_list). None is a line that a
    lexicon knows or that stands in a thread of comments, whose timestamps, names and replies fall into the
    same shapes."""
    known = [line is not None for line in found]
    tables = list(_table_header(view.texts, known))
    titles = [i - 1 for i in tables if i > 0 and _subhead(view, found, i - 1)]
    out = {*tables, *titles, *live_entries(view, known), *_introduced_list(view, found, known)}
    return {i for i in out if not threads[i]}


def _introduced_list(view: Layout, found: Sequence[LineHits | None], known: list[bool]) -> list[int]:
    """Layout indices of each list that a line introduces and reads on, with that line: its items are the article's
    when they are phrases that finish the lead-in's sentence (_phrases: 'The warning covers:' / 'coastal Cumbria
    from Silloth to Barrow;') or names that a sentence of the article introduces (_names: 'The districts taking part
    were:' / 'Bayraklı' / 'Karşıyaka'). A menu's or a block of teasers' lines under a label or a prompt ('More from
    the Valley Post:') are capitalised, and a listing's lines below 'Here is the code:' are code. `known`: whether a
    lexicon knows each line (`found`: its hits)."""
    texts, words = view.texts, view.words
    out: list[int] = []
    for i in [i for i, text in enumerate(texts) if text[-1] == ":"]:
        if words[i] >= 2 and not known[i]:
            out += _phrases(view, known, i) or _names(view, found, known, i)
    return out


def _phrases(view: Layout, known: list[bool], lead_in: int) -> range:
    """The lead-in and the items of a list whose items finish its sentence: the short lines below it (two words or
    more) up to a paragraph, a line a lexicon knows, a single word, a mark of code, a line that introduces a list of
    its own or holds an address, two or more of them, half or more in lower case past their bullet or number
    ('В полиции напоминают несколько простых правил:' / 'не оставлять ...'); an empty range for none."""
    end = _items_end(view, known, lead_in, 2)
    items = view.texts[lead_in + 1 : end]
    if len(items) >= 2 and 2 * sum(strip_markup(item)[:1].islower() for item in items) >= len(items):
        return range(lead_in, end)
    return range(0)


def _names(view: Layout, found: Sequence[LineHits | None], known: list[bool], lead_in: int) -> list[int]:
    """The lead-in and the items of a list of names, capitalised like a menu, that the article's text introduces and
    goes on from, with the lines where it goes on (_goes_on): the lead-in is a sentence of LEAD_IN_SENTENCE_WORDS words
    or more past the first paragraph, right below the article's text (_below_text), the items are two or more names of at most NAME_ITEM_WORDS
    words with a letter ('North Merrick', not '12'); none for another list. A prompt above teasers ('Stories our
    readers are enjoying:') stands below a heading, not a paragraph."""
    words = view.words
    if words[lead_in] < LEAD_IN_SENTENCE_WORDS or not 0 <= view.first < lead_in or not _below_text(view, found, lead_in):
        return []
    end = _items_end(view, known, lead_in, 1)
    items = range(lead_in + 1, end)
    if len(items) < 2 or not all(words[k] <= NAME_ITEM_WORDS and any(map(str.isalpha, view.texts[k])) for k in items):
        return []
    going_on = _goes_on(view, found, end)
    return [*range(lead_in, end), *going_on] if going_on is not None else []


def _items_end(view: Layout, known: list[bool], lead_in: int, shortest: int) -> int:
    """The layout index past the last item below a lead-in: a short line (`shortest` to LIST_ITEM_WORDS words) that
    is no paragraph, no line a lexicon knows, no code and no lead-in of its own."""
    texts, words, paragraph = view.texts, view.words, view.paragraph
    end = lead_in + 1
    while (end < len(texts) and not paragraph[end] and not known[end] and shortest <= words[end] <= LIST_ITEM_WORDS
           and not _CODE_MARK.search(texts[end].rstrip(";,.")) and texts[end][-1] != ":"):
        end += 1
    return end


def _goes_on(view: Layout, found: Sequence[LineHits | None], index: int) -> range | None:
    """Where the article goes on at the layout index, perhaps past a box set into it (_past_box): the range of its
    lines above a paragraph or a table ('Linka | Trasa | Interval') that it goes on with, a subhead of at most
    SUBHEAD_WORDS words and a short sentence (a question over its answer), each perhaps missing; None where it does
    not go on. A share prompt or a cookie banner is no box: they stand where the article has ended. A paragraph that
    a lexicon knows is no text of the article."""
    paragraph = view.paragraph
    start = index = _past_box(view, found, index)
    index += index < len(paragraph) and _subhead(view, found, index)
    index += index + 1 < len(paragraph) and view.closes[index] and not paragraph[index] and found[index] is None
    if index < len(paragraph) and found[index] is None and (paragraph[index] or _table_row(view, index)):
        return range(start, index)
    return None


def _past_box(view: Layout, found: Sequence[LineHits | None], index: int) -> int:
    """The layout index past a box set into the article at `index`: up to BOX_LINES lines of INSET_ENTRIES (a photo's
    caption, an ad label, read-also links) and, below a read-also label alone on its line (_label), the headlines it
    links: one below a heading ('Más información'), at most BOX_LINKS below a label that introduces them ('READ
    MORE:'). `index` itself where no box stands, or where such a label heads more headlines than that: a block of
    teasers.
    The box spans at most BOX_LINES * (1 + BOX_LINKS) lines (BOX_SPAN)."""
    end, insets = index, 0
    while end < len(found) and insets < BOX_LINES and not INSET_ENTRIES.isdisjoint(found[end] or ()):
        end += 1
        insets += 1
        if _label(view, found, end - 1):
            links = BOX_LINKS if view.texts[end - 1][-1] == ":" else 1
            stop = min(len(found), end + links)
            while end < stop and _box_headline(view, found, end):
                end += 1
            if links > 1 and end == stop < len(found) and _box_headline(view, found, end):
                return index
    return end


def _label(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index is a read-also label alone on its line: BOX_LABEL_WORDS words at most, or ended by
    a colon ('Más información', 'READ MORE:'), not a label glued to its headline ('Zobacz także: Nowa linia ...')."""
    return (found[index] or {}).get("related-link") == Strength.EXACT and (
        view.texts[index][-1] == ":" or view.words[index] <= BOX_LABEL_WORDS)


def _below_text(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index stands right below the article's text (a line of PARAGRAPH_WORDS words or more),
    or below a box set into it there (_past_box)."""
    words = view.words
    return index > 0 and words[index - 1] >= PARAGRAPH_WORDS or any(
        words[start - 1] >= PARAGRAPH_WORDS and _past_box(view, found, start) == index
        for start in range(index - 1, max(0, index - 1 - BOX_SPAN), -1))


def _box_headline(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index reads as a headline that a box links: BOX_HEADLINE_WORDS words, no lexicon hit,
    neither closed like a sentence nor ended by the colon of a lead-in ('The roads closed since this morning are:')."""
    text = view.texts[index]
    return not view.closes[index] and text[-1] != ":" and view.words[index] in BOX_HEADLINE_WORDS and found[index] is None


def _table_row(view: Layout, index: int) -> bool:
    """The line at the layout index opens a table: two or more cells joined with ' | ', and below it a Markdown
    delimiter row or a row of as many cells with a figure ('Linka | Trasa | Interval' / 'x2 | Hlavní nádraží | 6
    min'). A stack of menu bars has as many cells and no figure."""
    texts = view.texts
    if index + 1 >= len(texts) or " | " not in texts[index]:
        return False
    below = texts[index + 1]
    if below[:1] in "|:-" and _TABLE_RULE.fullmatch(below):
        return True
    return below.strip("|").count("|") == texts[index].strip("|").count("|") and DIGIT.search(below) is not None


def _table_header(texts: Sequence[str], known: list[bool]) -> Iterator[int]:
    """Layout indices of the first rows of tables whose cells a scraper joined with ' | ': a line that no lexicon
    knows whose next two rows (past a Markdown delimiter row) have as many cells and a figure each ('Day | Weather |
    High | Wind' / 'Thursday | Gales | 8 to 11 degrees | 75 mph'). The header is words alone, as a menu is; its
    rows show it is none, where a stack of menu bars has no figure. A header of fewer than TABLE_CELLS cells must
    hold no figure itself ('Area | Budget' / 'Parks | 1.2m'): two cells are as often a teaser under its section
    ('World | Storm closes the harbour') or a spec row ('85 g | 3.00 oz')."""
    for i in [i for i, text in enumerate(texts) if " | " in text]:
        text, separators = texts[i], texts[i].count(" | ")
        if known[i] or (i and (texts[i - 1].count(" | ") == separators or _TABLE_RULE.fullmatch(texts[i - 1]))):
            continue
        rows = [row for row in texts[i + 1 : i + 4] if not _TABLE_RULE.fullmatch(row)][:2]
        if len(rows) < 2 or any(row.count(" | ") != separators or not DIGIT.search(row) for row in rows):
            continue
        if separators + 1 >= TABLE_CELLS or DIGIT.search(text) is None:
            yield i


def _verse(view: Layout, spans: list[tuple[int, int]]) -> range:
    """Layout indices of the first run of short lines that reads as verse (a poem printed in the article): at least
    VERSE_LINES lines of at most VERSE_WORDS words between paragraphs, two or more of them opening in lower case
    and two or more ending in a comma or semicolon (lines that go on), none with a digit or the marks of code or
    markup. A menu's or a teaser list's lines neither go on nor open in lower case; the dev corpus has no such run.
    `spans`: the runs of lines outside the paragraphs (artlint.linefeatures._run_spans), which
    artlint.linefeatures.line_features has already found."""
    texts, words = view.texts, view.words
    for start, end in spans:
        if end - start < VERSE_LINES or any(words[i] > VERSE_WORDS for i in range(start, end)):
            continue
        lines = texts[start:end]
        if (sum(text[0].islower() for text in lines) >= 2 and sum(text[-1] in ",;" for text in lines) >= 2
                and not any(_NOT_VERSE.search(text) for text in lines)):
            return range(start, end)
    return range(0)


def _closing(view: Layout, hits: list[int]) -> int:
    """Layout index of the article's closing line: right after its last paragraph, ended by a full stop (a prompt
    asks or exclaims, 'Want more?', 'Sign up today!', or trails off, 'Type your email…'), of CLOSING_WORDS words,
    with no lexicon hit ('The trial continues.', 'Thank you, Ayesha.'); -1 when there is none. On the corpus such
    lines are as often the article's as debris once the lexicons have had theirs ('Comments are closed.')."""
    after = view.last + 1
    if view.last < 0 or after >= len(view.texts) or hits[after]:
        return -1
    return after if view.stops(after) and view.words[after] in CLOSING_WORDS else -1


def _standfirst(article: Article, view: Layout, found: Sequence[LineHits | None]) -> int:
    """Layout index of the standfirst: in a text whose title is one of its lines (plain text, Markdown whose
    title is a heading of its text), the line under the title, above the first paragraph, of UNDER_TITLE_WORDS words
    or more that no lexicon entry matches whole, nor the byline's by a prefix ('Posted by admin in Local News'),
    with no separator or link, that the title picker would not pass over as header debris (a byline, a dateline:
    artlint.formats.headerlines.is_header_debris). A weak hit of another entry is a dek's own first words
    ('Latest from Gaza as aid convoys reach the north', 'More on the way as forecasters warn ...'). A dek often has no closing punctuation, and
    stands in a run of short header lines. -1 when there is none. A record's text has no such anchor: its first
    line is as often a promotion or the site's banner."""
    placement = article.placements.get(BODY)
    if placement is None or not placement.holes:
        return -1
    under = next((i for i, line in enumerate(view.lines) if line.number >= placement.holes[0]), -1)
    if not 0 <= under < view.first or view.words[under] < UNDER_TITLE_WORDS or _chrome(found[under]):
        return -1
    text = view.texts[under]
    return -1 if SEPARATOR.search(text) or LINK.search(text) or is_header_debris(text) else under


def _chrome(hits: LineHits | None) -> bool:
    """A whole-line match of any lexicon entry, or a byline's prefix."""
    return hits is not None and any(strength is Strength.EXACT or key == "byline" for key, strength in hits.items())
