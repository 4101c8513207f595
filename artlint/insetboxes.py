"""Boxes set into an article between its blocks (a photo's caption, an ad label, read-also links and the headlines
they introduce), and the article's own lines where it goes on past them: a subhead, a section, a table."""

from __future__ import annotations

from collections.abc import Container, Sequence

from artlint.layout import BOX_HEADLINE_WORDS, PARAGRAPH_WORDS, Layout
from artlint.lexiconindex import LineHits, Strength
from artlint.textutil import DIGIT, SEPARATOR

SUBHEAD_WORDS = 8
"""The longest subhead that the article goes on with below a line set into it (subhead)."""
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


def subheads_below_links(view: Layout, found: Sequence[LineHits | None], one_teasers: list[int]) -> set[int]:
    """Layout indices of the subheads that the article goes on with right below a line linking one article ('Read
    more: Tram fares to rise in April' / 'Night services' / paragraph), past its first paragraph: a line of at most
    SUBHEAD_WORDS words that does not close like a sentence, that no lexicon knows, right above a paragraph. Set
    into the article, the link stands between its sections (on the dev corpus such lines are body 93 times, leftover
    4 times)."""
    paragraph = view.paragraph
    return {i + 1 for i in one_teasers
            if view.first < i and i + 2 < len(paragraph) and paragraph[i + 2] and subhead(view, found, i + 1)}


def subhead(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index reads as a subhead: no paragraph, one to SUBHEAD_WORDS words with a letter (not a
    line of emoji, not a counter '1 / 3'), no separator (a menu bar), not closed like a sentence, no line a lexicon
    knows."""
    text = view.texts[index]
    return (not view.paragraph[index] and 0 < view.words[index] <= SUBHEAD_WORDS and not view.closes[index]
            and found[index] is None and any(map(str.isalpha, text)) and not SEPARATOR.search(text))


def resumed(view: Layout, found: Sequence[LineHits | None], markers: list[int]) -> set[int]:
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
    that fills its line, set between the article's paragraphs, and the one headline it links: a subhead with no
    figure, a paragraph, and a paragraph, a closing statement, a list's lead-in or the next section's subhead
    (_next_section) ('READ MORE:' / 'Roker Park pier tours sell out' / 'Opening hours' / paragraph / 'Entry is
    free.'). Where a scraper dropped the links ('Přečtěte si také' / 'Tresty' / paragraph), below a label alone on
    its line (_label), the subhead is SECTION_SUBHEAD_WORDS words at most: a teaser's headline is longer. A short
    line below the label is read as the box's headline first, and as the section's subhead when no section stands
    below it. A block of teasers alternates headlines and blurbs instead, or repeats its marker ('Learn more') within
    SECTION_LINES lines; a teaser card puts a date under its headline ('12 March 2025' / blurb). None where no such
    section stands."""
    paragraph, words = view.paragraph, view.words
    whole = found[marker] or {}
    if (not 0 < marker < len(paragraph) - 3 or not paragraph[marker - 1] or whole.get("related-link") != Strength.EXACT
            or any(marker < other <= marker + SECTION_LINES for other in markers)):
        return None
    heads = [marker + 2] if _box_headline(view, found, marker + 1) else []
    if _label(view, found, marker) and words[marker + 1] <= SECTION_SUBHEAD_WORDS:
        heads.append(marker + 1)
    for head in heads:
        after = head + 2
        if not (after < len(paragraph) and subhead(view, found, head) and not DIGIT.search(view.texts[head])
                and paragraph[head + 1] and found[head + 1] is None and found[after] is None):
            continue
        if (paragraph[after] or view.stops(after) and words[after] >= 2
                or view.texts[after][-1] == ":" and words[after] >= LEAD_IN_SENTENCE_WORDS
                or _next_section(view, found, after)):
            return range(head, after + 1)
    return None


def _next_section(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
    """The line at the layout index heads the article's next section: a subhead of SECTION_SUBHEAD_WORDS words at most,
    with no figure, over two paragraphs that no lexicon knows ('Concerts postponed' / paragraph / paragraph). A block
    of teasers puts one blurb under each headline."""
    below = range(index + 1, index + 3)
    return (below.stop <= len(view.paragraph) and view.words[index] <= SECTION_SUBHEAD_WORDS
            and subhead(view, found, index) and not DIGIT.search(view.texts[index])
            and all(view.paragraph[i] and found[i] is None for i in below))


def goes_on(view: Layout, found: Sequence[LineHits | None], index: int, tables: Container[int]) -> range | None:
    """Where the article goes on at the layout index, perhaps past a box set into it (_past_box): the range of its
    lines above a paragraph or a table that it goes on with (`tables`: the layout indices of the tables' header rows,
    artlint.tables.table_headers), a subhead of at most SUBHEAD_WORDS words and a short sentence (a question over its
    answer), each perhaps missing; None where it does not go on. A share prompt or a cookie banner is no box: they stand where the article has ended. A paragraph that
    a lexicon knows is no text of the article."""
    paragraph = view.paragraph
    start = index = _past_box(view, found, index)
    index += index < len(paragraph) and subhead(view, found, index)
    index += index + 1 < len(paragraph) and view.closes[index] and not paragraph[index] and found[index] is None
    if index < len(paragraph) and found[index] is None and (paragraph[index] or index in tables):
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


def below_text(view: Layout, found: Sequence[LineHits | None], index: int) -> bool:
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
