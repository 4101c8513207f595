"""Mojibake that lost bytes on the way and still has one reading: a no-break space's 'Â' left bare, and the 'â' of
an English apostrophe whose two control characters were dropped ('youâre', 'the cityâs')."""

from __future__ import annotations

import re

_BARE_A_CIRCUMFLEX = re.compile(r"(?:(?<=[\w.,;:!?)%–—])|(?<=\S[”’»\"\]]))\u00c2(?:[ \t]+\u00c2)*(?=[ \t\r\n]|$)")
"""'Â' closing a word or a sentence ('cats.Â', 'solutionsÂ are', '1.Â Â Â Myth'): a no-break space (C2 A0) read as
Windows-1252 whose A0 became a plain space or was stripped; also after a dash, or a closing quote or bracket
that ends a word ('Step 1 –Â go', 'said.”Â Then'). As a letter 'Â' opens a word, stands inside one or follows an
upper-case letter ('NHÂN'), or stands alone after a space, an opening quote or bracket, or a slash ('A/Ă/Â',
'(Â llaw)', '“Â phwy?”')."""
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u00e2(?=((?i:s|t|re|ll|ve|d|m))\b)", re.ASCII)
"""An 'â' between a word of a-z and the ending of an English contraction or possessive; the literal 'â' is what the
regular expression engine looks for first, so French and Portuguese text, full of 'â', costs one scan."""
CONTRACTED = frozenset([
    "i", "you", "we", "they", "he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "how", "let",
    "ain", "don", "doesn", "didn", "isn", "wasn", "aren", "weren", "won", "can", "couldn", "wouldn", "shouldn", "haven",
    "hasn", "hadn", "mustn", "needn",
])
"""The English words that take a contraction's ending after their apostrophe ('you’re', 'doesn’t', 'I’m')."""
APOSTROPHE = "\u2019"


def bare_a_circumflex(value: str) -> list[re.Match[str]]:
    """The runs of 'Â' that are a no-break space's first byte, left bare."""
    if "\u00c2" not in value:
        return []
    return [match for match in _BARE_A_CIRCUMFLEX.finditer(value) if not value[match.start() - 1].isupper()]


def lost_apostrophes(value: str) -> list[re.Match[str]]:
    """The 'â' of each English contraction whose ’ (E2 80 99) was read as Latin-1 and lost its two control characters
    ('youâre', 'doesnât'), and, in a text that holds such a contraction, of each possessive ('the cityâs'). The word
    before is all a-z: 'rămâs' is Romanian, and 'Ibn Abbâs' or 'Tulsi Dâs' a name, where no contraction vouches for
    the encoding."""
    if "\u00e2" not in value:
        return []
    contractions, possessives = [], []
    for match in _LOST_APOSTROPHE.finditer(value):
        start = match.start()
        while start > 0 and value[start - 1].isascii() and value[start - 1].isalpha():
            start -= 1
        if start > 0 and value[start - 1].isalnum():
            continue  # the word goes on in letters other than a-z: 'kıyâs', 'İlyâs'
        if value[start : match.start()].lower() in CONTRACTED:
            contractions.append(match)
        elif match.group(1) in "sS":
            possessives.append(match)
    return sorted(contractions + possessives, key=re.Match.start) if contractions else []
