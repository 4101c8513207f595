"""Picking the title line in plain text: skip header debris a scraper saved above it."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from artlint.builtin.hygiene.control_characters import SEPARATING
from artlint.builtin.hygiene.htmltags import BREAKS
from artlint.builtin.hygiene.mojibake import repaired
from artlint.dates import DateFinder
from artlint.lexiconindex import LineHits, Strength
from artlint.lexicons import ALWAYS, builtin_lexicons
from artlint.textutil import normalize, normalize_keeping_marks, word_count

if TYPE_CHECKING:
    from artlint.builtin.metadata.bylines import BylineFinder
    from artlint.builtin.metadata.datelines import DatelineFinder

# A day and a month word next to a year ("14 March 2024", "March 14, 2024"); a year alone is common in headlines.
_TEXT_DATE = re.compile(
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:del?\s+)?(?:19|20)\d\d(?!\d)"
    r"|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d(?!\d)"
)
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
_READING_TIME = re.compile(r"\d+\s*\w{0,8}\.?\s+\w+", re.UNICODE)
_MENU_SEPARATOR = re.compile(r"\s+[|•·]\s+")
_CRUMB_SEPARATOR = re.compile(r"\s+[>›»/]\s+")
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff]|<[^<>]{0,200}>")
"""Control characters, zero-width junk and tags: what the hygiene rules' fixes take out of a line."""
_SPACED = re.compile(rf"(?<=\S)(?:[{SEPARATING}]+|</?(?:{'|'.join(sorted(BREAKS))})\b[^<>]{{0,200}}>)(?=\S)", re.IGNORECASE)
"""What those fixes replace with a space between two words: a break tag, a control character that stood for a break."""
_SPACE_RUN = re.compile(r"[ \t\xa0]{2,}")


def _as_fixed(text: str) -> str:
    """The line as the hygiene fixes would leave it (entities decoded, mojibake repaired, junk and tags taken out,
    runs of spaces one), so that fixing it never changes which line is the title."""
    if "&" in text:
        text = html.unescape(text)
    return _SPACE_RUN.sub(" ", _JUNK.sub("", _SPACED.sub(" ", repaired(text))))


_AFTER_NAME = "|,•·–—-/("
CHROME_LENGTH = 200
"""Past this length only a consent banner's opening words make a line chrome to the title picker."""
HEADER_CHROME = ("navigation", "reading-time", "share-prompt", "advertisement", "cookie-notice", "comment-section",
                 "legal-footer", "truncation-markers")
"""The built-in lexicon entries whose whole lines are page chrome above a headline ('We value your privacy',
'Updated 2 hours ago', 'Download our app for live updates')."""


def is_header_debris(text: str) -> bool:
    """A line that is not a headline: a date stamp, a reading-time badge, a one-word or capitals label
    ('WORLD', 'Tech'), a menu or a breadcrumb trail, or a whole line that a built-in lexicon knows as page
    chrome (_known_chrome), a byline or a dateline (_byline_or_dateline). The line is judged as the hygiene fixes
    would leave it (_as_fixed), so that fixing it never moves the title. A two-word line in mixed case may be a short headline, so it is kept."""
    text = _as_fixed(text).strip()
    if not text:
        return True
    if is_menu(text):
        return True
    count = word_count(text)
    if count <= 6 and (_TEXT_DATE.search(text) or _NUMERIC_DATE.search(text)):
        return True
    if count <= 4 and text[:1].isdigit() and _READING_TIME.fullmatch(text):
        return True
    if count <= 2 and text.upper() == text:
        return True
    return count <= 1 and text[-1:] not in "?!." or _known_chrome(text) or _byline_or_dateline(text)


@lru_cache(maxsize=4096)
def _byline_or_dateline(text: str) -> bool:
    """A byline ('By Jordan Pike | The Center Square', 'Edited by Ritika Sharma') or a dateline: a date with only
    page metadata beside it ('Updated 10:15 AM EST, March 6, 2026'), as the built-in lexicons of any language know
    them. Neither is a headline. A byline's name must be two or more capitalised words with nothing but a
    separator after it: 'By Foot Across the Andes' and 'By Any Means Necessary: Inside ...' are headlines (one
    in Title Case with nothing after it, 'By Invitation Only', is still taken for a byline)."""
    bylines, datelines = _builtin_finders()
    name = bylines.name(text)
    if name is not None and _credits(text, name):
        return True
    return datelines.match(text) is not None


def _credits(text: str, name: str) -> bool:
    """The byline line names two or more people's words (BylineFinder.name has checked their case), and after
    them only a separator: 'By Invitation Only' still reads as one."""
    if len(name.split()) < 2 or any(mark in name for mark in ":?!"):
        return False
    rest = text[text.find(name) + len(name) :].strip()
    return not rest or rest[0] in _AFTER_NAME


@lru_cache(maxsize=4096)
def _known_chrome(text: str) -> bool:
    """The line is, as a whole, one of HEADER_CHROME to a built-in lexicon: a phrase of any language, an English
    pattern ('Updated 2 hours ago'), or a consent banner by its first words ('We use cookies ...'). No other
    prefix or opener, which a headline may start with ('Sign up now, pay later: ...'), and no other language's
    pattern, which may read a headline ('Aggiornato il piano per le scuole'). The built-in lexicons only, not a
    configuration's, so that the title does not depend on the settings."""
    index = builtin_lexicons().index()
    opened = index.openers.match(text) if index.openers else None
    if opened and "cookie-notice" in index.opened_by.get(normalize_keeping_marks(opened["words"]), ()):
        return True
    if len(text) > CHROME_LENGTH:
        return False
    if any(key in HEADER_CHROME for key in index.owner.get(normalize(text), ())):
        return True
    hits: LineHits = {}
    index.languages[ALWAYS].add(text, hits)
    return any(hits.get(key) is Strength.EXACT for key in HEADER_CHROME)


@lru_cache(maxsize=1)
def _builtin_finders() -> tuple[BylineFinder, DatelineFinder]:
    from artlint.builtin.metadata.bylines import BylineFinder  # artlint.builtin.metadata imports this module
    from artlint.builtin.metadata.datelines import DatelineFinder

    lexicons = builtin_lexicons()
    byline = lexicons.entry("byline")
    return BylineFinder(byline, lexicons.months, lexicons.dateline_words), DatelineFinder(DateFinder(lexicons.months), lexicons.dateline_words, byline.prefixes)




def is_menu(text: str) -> bool:
    """Three or more short items between ' | ', ' • ' or ' · ' ('Home | World | Politics'), or a breadcrumb
    trail between ' > ', ' › ', ' » ' or ' / ' ('Home › News › Local', 'World > Europe'). A headline with
    its site's name after a separator ('Storm closes the ferry | Kellmouth Courier') is none: its head is
    longer than a menu item. The line comes as the hygiene fixes leave it (is_header_debris), its mojibake
    repaired ('Home â€º News' is 'Home › News')."""
    items = _MENU_SEPARATOR.split(text)
    if len(items) >= 3 and all(1 <= len(item.split()) <= 3 for item in items):
        return True
    crumbs = _CRUMB_SEPARATOR.split(text)
    most = 3 if len(crumbs) >= 3 else 2
    return len(crumbs) >= 2 and all(1 <= len(crumb.split()) <= most for crumb in crumbs)


def title_line_index(lines: list[str]) -> int | None:
    """Index of the title among the lines, skipping header debris at the top; None when there is no text.
    No line limit: a fix that deletes body lines must not bring another line into reach and so change the title."""
    first_text = None
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if first_text is None:
            first_text = index
        if not is_header_debris(line):
            return index
    return first_text
