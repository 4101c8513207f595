"""Lines that join a line a lexicon knows to labels or a headline no lexicon can know: a read-also label with the
linked article's kicker and headline, or with a bar and the headline; a bar of share buttons under a label; a
reading-time badge beside the section's name; a video's card. The lexicon index (artlint.lexiconindex) tries them
on the lines it finds no hit on."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from artlint.textutil import normalize, word_count

KICKER = re.compile(r" ([^\W\d_]{2,})(?= \w)")
"""A word of letters between spaces, a kicker when it is in capitals ('GELD' in 'Mehr lesen GELD So teuer ...')."""
KICKER_REACH = 60
"""The kicker starts within the line's first characters: a read-also label is short."""
KICKER_LABEL_WORDS = 2
"""The fewest words of the read-also label before a kicker: a one-word label ('Related', 'Recommended', 'Подробнее')
over an acronym is a subhead as often ('Related EU Rules Still Apply Here')."""
KICKER_HEADLINE_WORDS = 3
"""The fewest words of the headline after the kicker: a box's heading is shorter ('Recommended GPS Watches')."""
LINK_LINE = 200
"""The longest line read as a link, in characters; and in words:"""
LINK_LINE_WORDS = 30
SHARE_LABEL_REACH = 60
"""The colon after a share bar's label stands within the line's first characters."""
SHARE_LABEL_WORDS = 5
"""The most words of a share bar's label ('Comparte esta historia:')."""
SHARE_BAR_LONGEST = 150
"""The longest share bar under a label, in characters (artlint.lexiconindex.RUN_LONGEST for a bar alone)."""
BADGE_SEPARATORS = re.compile(r"\s+[·|•]\s+")
"""What sets a reading-time badge apart from the labels beside it."""
BADGE_LINE = 120
"""The longest line with a reading-time badge and labels, in characters."""
BADGE_PIECES = 4
"""The most pieces of such a line: the badge and up to three labels (section, date, byline)."""
BADGE_PIECE_WORDS = 6
"""The most words of a label beside a badge."""
_DIGIT = re.compile(r"\d")
"""A digit of any script (textutil.DIGIT is ASCII): a badge may read '٣ دقائق'."""
_DURATION = re.compile(r"\s?\(?(?:\d{1,2}:)?\d{1,2}:\d\d(?:\s*(?:min|Min)\.?)?\)?$")
"""A running time at the end of a line: '1:34', ' 2:02', ' (1:32 Min.)'."""
_LEADING_WORD = re.compile(r"[^\W\d_]+")
VIDEO_TITLE_WORDS = 2
"""The fewest words of a video's title on its card."""


def compound_line(text: str, owner: Mapping[str, Sequence[str]], phrase_run: Callable[[str], str | None],
                  is_badge: Callable[[str], bool]) -> str | None:
    """The lexicon entry of a line made of a known line and labels or a headline, or None. `owner`: the entries of
    each whole phrase (normalised); `phrase_run`: the entry whose phrases make up a bar of buttons
    (LexiconIndex.phrase_run); `is_badge`: whether a piece of a line is a whole reading-time badge."""
    if not text or len(text) > LINK_LINE:
        return None  # prose: no shape is as long (the shapes below take a line of LINK_LINE characters at most)
    if _links_past_kicker(text, owner) or _links_past_bar(text, owner):
        return "related-link"
    if _share_bar_under_label(text, phrase_run):
        return "share-prompt"
    if _badge_beside_labels(text, is_badge):
        return "reading-time"
    if _video_card(text, owner):
        return "caption-credit"
    return None


def _links_past_kicker(text: str, owner: Mapping[str, Sequence[str]]) -> bool:
    """A read-also label of the related-link entry, then the linked article's kicker in capitals and its headline, on
    one line ('Mehr lesen GELD So teuer wird das Parken in der Innenstadt', 'Ez is érdekelheti KÖZLEKEDÉS Új
    menetrend a Balaton-parti vonalakon'): a label glued to its headline with a kicker between them. The label has
    KICKER_LABEL_WORDS words or more; the headline is capitalised, of KICKER_HEADLINE_WORDS words or more and not all
    in capitals ('RECOMMENDED COURSES FOR HR' is a heading); the line does not end like a sentence or a clause."""
    if text[-1] in ".,;:":
        return False
    for kicker in KICKER.finditer(text):
        if kicker.start() >= KICKER_REACH:
            return False
        if not kicker[1].isupper():
            continue
        label, headline = text[: kicker.start()], text[kicker.end() + 1 :]
        if ((headline[0].isupper() or headline[0].isdigit()) and not headline.isupper()
                and KICKER_HEADLINE_WORDS <= word_count(headline) <= LINK_LINE_WORDS
                and word_count(label) >= KICKER_LABEL_WORDS and "related-link" in owner.get(normalize(label), ())):
            return True
    return False


def _links_past_bar(text: str, owner: Mapping[str, Sequence[str]]) -> bool:
    """A read-also label of the related-link entry, a bar and the linked article's headline ('Read also | The last
    kopi uncle of Bukit Merah', 'Lesen Sie auch | Warum Kölns Schulen so lange auf Sanierung warten'): the headline
    has KICKER_HEADLINE_WORDS words or more and the line ends like no sentence."""
    bar = text.find(" | ", 0, KICKER_REACH)
    if bar < 1 or text[-1] in ".,;:" or word_count(text) > LINK_LINE_WORDS:
        return False
    headline = text[bar + 3 :].strip()
    return (word_count(headline) >= KICKER_HEADLINE_WORDS and not headline[0].islower()
            and "related-link" in owner.get(normalize(text[:bar]), ()))


def _share_bar_under_label(text: str, phrase_run: Callable[[str], str | None]) -> bool:
    """A bar of share buttons after a label of SHARE_LABEL_WORDS words at most and a colon ('Comparte esta historia:
    Facebook X WhatsApp Email', 'Condividi questa storia: Facebook WhatsApp Telegram Email')."""
    colon = text.find(":", 0, SHARE_LABEL_REACH)
    if colon < 1 or len(text) > SHARE_BAR_LONGEST or word_count(text[:colon]) > SHARE_LABEL_WORDS:
        return False
    bar = text[colon + 1 :].strip()
    return bool(bar) and phrase_run(bar) == "share-prompt"


def _badge_beside_labels(text: str, is_badge: Callable[[str], bool]) -> bool:
    """A reading-time badge on one line with the section's name, a date or a byline, set apart by a dot or a bar
    ('Asia Pacific · 2 min read', 'Feb 11, 2019 · 3 min read', 'Société · Lecture 2 min'): one piece is a whole
    badge, the others BADGE_PIECE_WORDS words at most and closed like no sentence. Two badges are a list of
    articles."""
    if len(text) > BADGE_LINE or not ("·" in text or "|" in text or "•" in text) or not _DIGIT.search(text):
        return False
    pieces = [piece for piece in BADGE_SEPARATORS.split(text.strip()) if piece]
    if not 2 <= len(pieces) <= BADGE_PIECES:
        return False
    badges = 0
    for piece in pieces:
        if is_badge(piece):
            badges += 1
        elif word_count(piece) > BADGE_PIECE_WORDS or piece[-1] in ".!?":
            return False
    return badges == 1


def _video_card(text: str, owner: Mapping[str, Sequence[str]]) -> bool:
    """A video's card, the caption of a video set into the article (caption-credit, so that the article goes on past
    it as past a photo's caption: artlint.insetboxes): a one-word label of the navigation entry ('Video', 'Vídeo',
    'Watch'), its title and its running time at the end, the label perhaps glued to the title ('VideoInside the new reading rooms1:34', 'Video
    Librarians unpack 40,000 books 2:02', 'Video So lädt die neue Fähre (1:32 Min.)'). The title has
    VIDEO_TITLE_WORDS words or more, is capitalised and has no closing full stop."""
    if not (text[-1].isdigit() or text[-1] == ")"):
        return False
    duration = _DURATION.search(text)
    word = _LEADING_WORD.match(text)
    if duration is None or word is None:
        return False
    label = word[0]
    if "navigation" not in owner.get(label.casefold(), ()):
        glued = next((k for k in range(1, len(label)) if label[k].isupper() and label[k - 1].islower()), 0)
        label = label[:glued]
        if not label or "navigation" not in owner.get(label.casefold(), ()):
            return False
    title = text[len(label) : duration.start()].strip()
    return (bool(title) and word_count(title) >= VIDEO_TITLE_WORDS and title[-1] != "."
            and not title[0].islower())
