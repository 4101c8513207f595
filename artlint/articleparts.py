"""The article's own parts that page-debris never scores, however little each line says: its standfirst and dek,
its tables, verse and closing line, the blocks it is laid out in (a table's header row and title, a live blog's
entries, a list that a line introduces), and, from artlint.insetboxes, its lines around the boxes set into it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from artlint.article import BODY, Article
from artlint.formats.headerlines import is_header_debris
from artlint.inlinemarkup import visible_text
from artlint.insetboxes import (
    LEAD_IN_SENTENCE_WORDS,
    SECTION_SUBHEAD_WORDS,
    SUBHEAD_WORDS,
    below_text,
    goes_on,
    resumed,
    subhead,
    subheads_below_links,
)
from artlint.layout import SHORT_PARAGRAPH_WORDS, Layout
from artlint.lexiconindex import LineHits, Strength
from artlint.lexicons import SUMMARY_LABELS
from artlint.liveblog import is_clock, live_blog_stamps, live_entries
from artlint.tables import CELL_WORDS, TABLE_RULE, delimiter_beside_a_row, one_cell_a_line, table_headers, table_rows
from artlint.textutil import LINK, SEPARATOR, strip_markup

_HEADING = re.compile(r"#{1,6}\s")
STANDFIRST_WORDS = 10
"""The shortest Markdown heading above the first paragraph that is a dek, not a label ('### Analysis')."""
UNDER_TITLE_WORDS = 6
"""The shortest line under a plain text's title that is its standfirst ('Ferries cancelled as gales batter the
coast'): a shorter one is as often a kicker or a section label ('Politics live')."""
CLOSING_WORDS = range(2, SHORT_PARAGRAPH_WORDS)
"""A closing line ('The trial continues.', 'Thank you, Ayesha.') is shorter than a sentence that is scored; one
word with a full stop is rather a credit ('AP.')."""
LIST_ITEM_WORDS = 15
SUMMARY_ITEMS = 8
"""The most items of a summary box below its label ('Key points:' / three to five bullets; _summary_boxes)."""
SUMMARY_ITEM_WORDS = 30
"""The longest item of a summary box: a sentence without its full stop ('A 24-hour urgent treatment centre has opened
beside the emergency department at Royal Stoke hospital')."""
TIMELINE_ENTRIES = 3
"""The fewest entries of a timeline (_timeline), as of a live blog (artlint.liveblog.LIVE_ENTRIES)."""
TIMELINE_EVENT_WORDS = 12
"""The longest event under a time in a timeline ('Hourly trains begin to Bradford and Huddersfield')."""
NAME_ITEM_WORDS = 4
"""The longest item of a list of names ('Karşıyaka', 'North Merrick') that a sentence introduces (_introduced_list)."""
FACTS = 3
"""The fewest items of a box of facts (_facts)."""
FACT_WORDS = 8
"""The longest item of a box of facts, 'Label: value' ('Hours: 5am to 11pm daily')."""
_FACT = re.compile(r"[^\W\d_][^:]{0,30}:\s+\S.{0,60}")
"""A label of a few words, a colon and its value."""
STATEMENT_WORDS = 4
"""The fewest words of an item in a list of steps or points (_statements): 'Choose a certified installer.'"""
_CODE_MARK = re.compile(r"[{}()\[\]=<>;$@\\|_`]|://|www\.")
"""A mark of code, markup or an address in a list item (its own closing semicolon or comma aside)."""
_NAME_NOTE = re.compile(r"\s\([^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+)*\)$")
"""A note in brackets of words alone, after a space, that closes a name ('K West (Juhu)', 'Jane Okafor (Labour)'):
no mark of code ('print(total)')."""
VERSE_LINES = 5
VERSE_WORDS = 8
_NOT_VERSE = re.compile(r"[\d{}()\[\]=<>#$@/\\|_*`]|;(?!$)|^[-•*]\s")
"""A digit, or a mark of code or markup: a line of a listing, a table or a menu, not of a poem. (A semicolon inside a
line is code's; one that ends a line is verse's, checked apart.)"""


def own_lines(article: Article, view: Layout, hits: list[int], found: Sequence[LineHits | None],
              spans: list[tuple[int, int]], related_markers: list[int], one_teasers: list[int],
              threads: list[bool], date_of: Callable[[str], dt.date | None]) -> set[int]:
    """Layout indices of the lines of the article's own parts: its structure (_structure), where it goes on below a box
    set into it (artlint.insetboxes: `related_markers`, and the lines that link one article, `one_teasers`), its
    blocks outside a thread of comments (_blocks) and a live blog's dated entries (liveblog). `hits`: each
    line's debris-lexicon strength; `found`: its lexicon hits; `spans`: the runs of lines outside the paragraphs;
    `threads`: whether each line stands in a thread of comments; `date_of`: the date a line holds
    (liveblog.stamp_dates: a live blog's entries may open with a date and a time)."""
    own = _structure(article, view, hits, found, spans) | _blocks(view, found, threads, article.title)
    own.update(i for i in live_blog_stamps(view, date_of, found) if not threads[i])
    own.add(_closing(view, hits, threads))
    return own | resumed(view, found, related_markers) | subheads_below_links(view, found, one_teasers)


def _structure(article: Article, view: Layout, hits: list[int], found: Sequence[LineHits | None],
               spans: list[tuple[int, int]]) -> set[int]:
    """Layout indices of lines that belong to the article's structure, however little they say: its standfirst, a
    Markdown heading of STANDFIRST_WORDS words or more above the first paragraph (a dek under a front-matter
    title, '### Three routes, one aircraft, and a government that stopped paying'), a table's delimiter row beside a
    row of cells, a Markdown image alone on its line (the article's figure: '![Boats in the harbour](harbour.jpg)';
    the scorer learned from plain text, which has none) and verse (_verse)."""
    texts, words = view.texts, view.words
    out = {i for i in range(view.first) if words[i] >= STANDFIRST_WORDS and not hits[i] and _HEADING.match(texts[i])}
    out.update(i for i, text in enumerate(texts)
               if text[:1] in "|:-" and TABLE_RULE.fullmatch(text) and delimiter_beside_a_row(texts, i))
    out.update(i for i, text in enumerate(texts) if text[:2] == "![" and not visible_text(text).strip())
    out.add(_standfirst(article, view, found))
    out.update(_verse(view, spans))
    return out


def _blocks(view: Layout, found: Sequence[LineHits | None], threads: list[bool], title: str) -> set[int]:
    """Layout indices of the lines of blocks that the article's own text is laid out in, however little each line
    says: the header row of a table flattened to lines (table_headers), its rows (table_rows) and the subhead above
    it that is its title ('Fares' / 'Distance | Fare'; on the dev corpus body 40 times, leftover 12), a live blog's
    entry times and headings (artlint.liveblog; a heading may be a summary label, 'What we know so far'), a list
    that a line of the article introduces (_introduced_list) and a summary box under its label (_summary_boxes;
    `title`: the article's). None is a line that a lexicon knows or that stands in a thread of comments, whose
    timestamps, names and replies fall into the same shapes."""
    known = [line is not None for line in found]
    tables = set(table_headers(view.texts, known))
    titles = [i - 1 for i in tables if i > 0 and subhead(view, found, i - 1)]
    headings = [hits is not None and SUMMARY_LABELS not in hits for hits in found]
    out = {*tables, *titles, *table_rows(view.texts, tables), *live_entries(view, headings),
           *_introduced_list(view, found, known, tables), *_summary_boxes(view, found, title)}
    return {i for i in out if not threads[i]}


def _summary_boxes(view: Layout, found: Sequence[LineHits | None], title: str) -> list[int]:
    """Layout indices of the article's summary boxes: a label that the summary-labels entry knows whole ('Key
    points:', 'TL;DR', "L'essentiel") and the two to SUMMARY_ITEMS items below it that a paragraph follows (lines that
    are no paragraph, of SUMMARY_ITEM_WORDS words at most, that no lexicon knows and that do not repeat the `title`),
    or the label alone right above a paragraph. The items sum the article up: most of them are longer than two
    words, and one shares a word with its paragraphs (_sums_up). A match page's tabs ('Summary' / 'Commentary' /
    'Line-ups'), a bar of other stories' headlines under 'Highlights' and a product's box with no paragraph below are
    no box. (A label alone that ends a bar of tabs above a paragraph, 'Report' / 'Highlights', is taken for one: on
    the dev corpus a label right above a paragraph heads the article's summary four times in five.)"""
    texts, words, paragraph = view.texts, view.words, view.paragraph
    title = title.strip().casefold()
    out: list[int] = []
    for label in [i for i, hits in enumerate(found) if hits and hits.get(SUMMARY_LABELS) is Strength.EXACT]:
        end = label + 1
        while (end < len(texts) and end - label <= SUMMARY_ITEMS and not paragraph[end] and found[end] is None
               and 0 < words[end] <= SUMMARY_ITEM_WORDS and texts[end].casefold() != title):
            end += 1
        if end == len(texts) or not paragraph[end]:
            continue
        items = range(label + 1, end)
        if not items or len(items) >= 2 and _sums_up(view, items):
            out += range(label, end)
    return out


def _sums_up(view: Layout, items: range) -> bool:
    """Most of the items are longer than two words, and one at least shares a word with the article's paragraphs
    (_shares_words): they sum the article up, where other stories' headlines or a page's tabs share none."""
    return 2 * sum(view.words[i] > 2 for i in items) > len(items) and any(_shares_words(view, i) for i in items)


def _shares_words(view: Layout, index: int) -> bool:
    """The line at the layout index shares a word of four letters or more with a paragraph other than itself."""
    own = {word for word in view.tokens[index] if len(word) >= 4}
    return any(not own.isdisjoint(words) for i, words in enumerate(view.tokens) if view.paragraph[i] and i != index)


def _introduced_list(view: Layout, found: Sequence[LineHits | None], known: list[bool], tables: set[int]) -> list[int]:
    """Layout indices of each list that a line introduces and reads on, with that line: its items are the article's
    when they are phrases that finish the lead-in's sentence (_phrases: 'The warning covers:' / 'coastal Cumbria
    from Silloth to Barrow;') or names that a sentence of the article introduces (_names: 'The districts taking part
    were:' / 'Bayraklı' / 'Karşıyaka'), a timeline (_timeline), steps (_statements) or the cells of a table
    (_cells). A menu's or a block of teasers' lines under a label or a prompt ('More from the Valley Post:') are
    capitalised, and a listing's lines below 'Here is the code:' are code. `known`: whether a lexicon knows each
    line (`found`: its hits). A timeline (_timeline: 'Timeline' / '06:30' / 'Forecasters issue a warning' / ...)
    and a box of facts (_facts) may also stand under a subhead of the article, right below its text."""
    texts, words = view.texts, view.words
    out: list[int] = []
    for i in [i for i, text in enumerate(texts) if text[-1] == ":"]:
        if words[i] >= 2 and not known[i]:
            if phrases := _phrases(view, known, i):
                out += phrases
            elif (start := _lead_in_start(view, found, i)) is not None:
                out += (_names(view, found, known, start, i, tables) or _timeline(view, found, start, i, tables)
                        or _statements(view, known, start, i) or _cells(view, known, start, i))
            elif _past_the_lead(view, i):
                out += _cells(view, known, i, i)
    paragraph = view.paragraph
    for i in range(max(view.first, 0) + 1, len(texts) - 1):
        if paragraph[i] or words[i] > SUBHEAD_WORDS:
            continue  # no subhead (insetboxes.subhead): most lines of an article end here
        below = texts[i + 1]
        if (is_clock(below) and words[i] <= SECTION_SUBHEAD_WORDS and subhead(view, found, i)
                and below_text(view, found, i)):
            out += _timeline(view, found, i, i, tables)
        elif ":" in below and _FACT.fullmatch(below) and subhead(view, found, i) and below_text(view, found, i):
            out += _facts(view, found, known, i, tables)
    return out


def _facts(view: Layout, found: Sequence[LineHits | None], known: list[bool], heading: int,
           tables: set[int]) -> list[int]:
    """The subhead and the items of a box of facts set into the article, which goes on below it (goes_on): FACTS or
    more lines 'Label: value' of FACT_WORDS words at most that no lexicon knows ('The line at a glance' / 'Length:
    15.4 km' / 'Stations: 13' / ... / paragraph). A contact block ('Phone: ...') is known, or ends the page."""
    end = _run_end(view, known, heading, lambda i: view.words[i] <= FACT_WORDS and _FACT.fullmatch(view.texts[i]))
    if end - heading - 1 < FACTS:
        return []
    going_on = goes_on(view, found, end, tables)
    return [*range(heading, end), *going_on] if going_on is not None else []


def _phrases(view: Layout, known: list[bool], lead_in: int) -> range:
    """The lead-in and the items of a list whose items finish its sentence: the short lines below it (two words or
    more) up to a paragraph, a line a lexicon knows, a single word, a mark of code, a line that introduces a list of
    its own or holds an address, two or more of them, half or more in lower case past their bullet or number
    ('В полиции напоминают несколько простых правил:' / 'не оставлять ...'), or else the first two or more of them
    in lower case, where a box or a teaser follows the list ('Members can now use:' / 'about 1,400 Braille books' /
    'two refreshable displays' / 'Introduction to screen readers' / 'Saturday 24 January, 10:30'); an empty range
    for none."""
    end = _items_end(view, known, lead_in, 2)
    lower = [strip_markup(item)[:1].islower() for item in view.texts[lead_in + 1 : end]]
    if len(lower) >= 2 and 2 * sum(lower) >= len(lower):
        return range(lead_in, end)
    leading = next((k for k, low in enumerate(lower) if not low), len(lower))
    return range(lead_in, lead_in + 1 + leading) if leading >= 2 else range(0)


def _names(view: Layout, found: Sequence[LineHits | None], known: list[bool], start: int, lead_in: int,
           tables: set[int]) -> list[int]:
    """The lead-in and the items of a list of names, capitalised like a menu, that the article's text introduces and
    goes on from, with the lines where it goes on (goes_on): the lead-in is the article's (`start`: where
    _lead_in_start has the list begin, the subhead above it perhaps: 'Changes' / 'These terminals will have hourly
    services:'), the items are two or more names of at
    most NAME_ITEM_WORDS words with a letter ('North Merrick', not '12'); none for another list. A prompt above
    teasers ('Stories our readers are enjoying:') stands below a heading that a lexicon knows ('Most read'), or that
    no paragraph stands above, and no paragraph follows its teasers. A list may also end the article, with its
    closing statement (_closes_the_article)."""
    words = view.words
    end = _items_end(view, known, lead_in, 1)
    items = range(lead_in + 1, end)
    if len(items) < 2 or not all(words[k] <= NAME_ITEM_WORDS and any(map(str.isalpha, view.texts[k])) for k in items):
        return []
    going_on = goes_on(view, found, end, tables)
    if going_on is None and len(items) >= 3 and _closes_the_article(view, found, end - 1):
        going_on = range(0)  # the last item is the article's closing statement
    return [*range(start, end), *going_on] if going_on is not None else []


def _statements(view: Layout, known: list[bool], start: int, lead_in: int) -> list[int]:
    """The lead-in and the items of a list of steps or points, each a statement of STATEMENT_WORDS words or more
    ended by a full stop that no lexicon knows, two or more of them ('It takes half an hour online:' / 'Ask a
    certified installer for a quote.' / 'Open an account with your tax number.'); `start`: as for _names. A page's
    prompts ask or exclaim ('Sign up today!'). On the dev corpus such lead-ins are body 1,538 times, leftover 46."""
    end = _run_end(view, known, lead_in, lambda i: view.words[i] >= STATEMENT_WORDS and view.stops(i))
    return list(range(start, end)) if end - lead_in > 2 else []


def _cells(view: Layout, known: list[bool], start: int, lead_in: int) -> list[int]:
    """The lead-in and the lines of a table set one cell a line below it (artlint.tables.one_cell_a_line: 'The new
    allocations are:' / 'System' / 'Before' / 'After' / 'Murray' / '82%' / '100%' / ...): short lines that no lexicon
    knows, none a lead-in of its own. A scraper that drops a table's markup keeps its cells in order. `start`: as
    for _names. The columns of figures under words tell a table wherever its lead-in stands past the first paragraph
    (_past_the_lead), below a photo's caption as below the text."""
    texts = view.texts
    end = _run_end(view, known, lead_in,
                   lambda i: not view.paragraph[i] and 0 < view.words[i] <= CELL_WORDS and texts[i][-1] != ":")
    cells = one_cell_a_line(view.texts[lead_in + 1 : end])
    return list(range(start, lead_in + 1 + cells)) if cells else []


def _lead_in_start(view: Layout, found: Sequence[LineHits | None], lead_in: int) -> int | None:
    """Where a list that the line at the layout index introduces begins, when that line is a lead-in of the article:
    a sentence of LEAD_IN_SENTENCE_WORDS words or more past the first paragraph, right below the article's text
    (below_text; the lead-in itself) or below a subhead of at most SECTION_SUBHEAD_WORDS words that stands there (the
    subhead); None for another line."""
    words, head = view.words, lead_in - 1
    if not _past_the_lead(view, lead_in):
        return None
    if below_text(view, found, lead_in):
        return lead_in
    if (head > view.first and words[head] <= SECTION_SUBHEAD_WORDS and subhead(view, found, head)
            and below_text(view, found, head)):
        return head
    return None


def _past_the_lead(view: Layout, index: int) -> bool:
    """The line at the layout index is a sentence of LEAD_IN_SENTENCE_WORDS words or more past the first paragraph."""
    return view.words[index] >= LEAD_IN_SENTENCE_WORDS and 0 <= view.first < index


def _timeline(view: Layout, found: Sequence[LineHits | None], start: int, lead_in: int, tables: set[int]) -> list[int]:
    """The lead-in and the entries of a timeline that the article introduces and goes on from (goes_on):
    TIMELINE_ENTRIES or more times of day alone on a line, each over one short line that no lexicon knows ('Northern
    published these times:' / '06:15' / 'First departure to York' / '07:00' / ...; artlint.liveblog.is_clock). A
    live blog puts a paragraph under each time instead (artlint.liveblog). `start`: as for _names."""
    texts, words, paragraph = view.texts, view.words, view.paragraph
    end, entries = lead_in + 1, 0
    while (end + 1 < len(texts) and is_clock(texts[end]) and not paragraph[end + 1] and found[end + 1] is None
           and 0 < words[end + 1] <= TIMELINE_EVENT_WORDS and any(map(str.isalpha, texts[end + 1]))):
        end, entries = end + 2, entries + 1
    going_on = goes_on(view, found, end, tables) if entries >= TIMELINE_ENTRIES else None
    return [*range(start, end), *going_on] if going_on is not None else []


def _closes_the_article(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index is a statement of CLOSING_WORDS words that ends the article's text below a list
    of names: no lexicon knows it, and page chrome that a lexicon knows (or nothing) follows ('Paltamo' / 'Sää
    rauhoittuu illalla.' / 'Kommentoi'). A block of teasers ends with no statement."""
    below = index + 1
    return (index < len(found) and found[index] is None and view.stops(index) and view.words[index] in CLOSING_WORDS
            and (below == len(found) or found[below] is not None))


def _items_end(view: Layout, known: list[bool], lead_in: int, shortest: int) -> int:
    """The layout index past the last item below a lead-in: a short line (`shortest` to LIST_ITEM_WORDS words) that
    is no paragraph, no line a lexicon knows, no code and no lead-in of its own."""
    texts, words, paragraph = view.texts, view.words, view.paragraph
    return _run_end(view, known, lead_in, lambda i: (
        not paragraph[i] and shortest <= words[i] <= LIST_ITEM_WORDS and texts[i][-1] != ":"
        and not _CODE_MARK.search(_NAME_NOTE.sub("", texts[i].rstrip(";,.")))))


def _run_end(view: Layout, known: list[bool], above: int, item: Callable[[int], object]) -> int:
    """The layout index past the run of lines below `above` that no lexicon knows and that `item` accepts."""
    end = above + 1
    while end < len(view.texts) and not known[end] and item(end):
        end += 1
    return end


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


def _closing(view: Layout, hits: list[int], threads: list[bool]) -> int:
    """Layout index of the article's closing line: right after its last paragraph, the last one above a thread of
    comments (`threads`: whether each line stands in one) where readers wrote longer ones, ended by a full stop (a
    prompt asks or exclaims, 'Want more?', 'Sign up today!', or trails off, 'Type your email…'), of CLOSING_WORDS
    words, with no lexicon hit ('The trial continues.', 'Thank you, Ayesha.', 'Tickets cost $12.'); -1 when there
    is none. On the corpus such lines are as often the article's as debris once the lexicons have had theirs
    ('Comments are closed.')."""
    last = view.last
    if last >= 0 and threads[last]:
        last = max((i for i in range(last) if view.paragraph[i] and not threads[i]), default=-1)
    after = last + 1
    if last < 0 or after >= len(view.texts) or hits[after] or threads[after]:
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
