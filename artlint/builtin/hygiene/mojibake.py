"""mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 ('â€™' for '’', 'Ã©' for 'é')."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from artlint.article import Article, Span
from artlint.builtin.hygiene.lostbytes import APOSTROPHE, bare_a_circumflex, lost_apostrophes
from artlint.builtin.hygiene.scan import texts, whole_words
from artlint.findings import Finding
from artlint.fixes import Applicability, Fix
from artlint.rule import Rule


def _bytes_of() -> dict[str, int]:
    """Each character a byte 0x80-0xFF becomes when read as Windows-1252, or as Latin-1 where 1252 has none."""
    table = {chr(b): b for b in range(0x80, 0x100)}
    for b in range(0x80, 0xA0):
        try:
            table[bytes([b]).decode("cp1252")] = b
        except UnicodeDecodeError:
            pass
    return table


_BYTE = _bytes_of()
_TAIL = "[" + "".join(re.escape(c) for c, b in _BYTE.items() if b < 0xC0) + "]"
_SEQUENCES = rf"(?:[\xc2-\xdf]{_TAIL}|[\xe0-\xef]{_TAIL}{{2}}|[\xf0-\xf4]{_TAIL}{{3}})+"
_RUN = re.compile(_SEQUENCES)
_SUSPECT = re.compile(rf"(?=[\xc2-\xf4\ufffd])(?:{_SEQUENCES}|(\u00e2\u20ac|[\xe0-\xf4]{_TAIL}?[\x80-\x9f]{_TAIL}?)|(\ufffd+))")
"""The look-ahead names the characters every branch opens with: the other places fail at one test."""
_PREFILTER = re.compile(rf"[\xc2-\xf4\ufffd](?:(?<=\ufffd)|{_TAIL})")
"""Cheaper than _SUSPECT: most non-ASCII text has none of these pairs, and is done with after one scan. It is
[\xc2-\xf4]{_TAIL}|\ufffd opening with one character class, which the regex engine skips ahead to."""
_LIKELY = ((0xA0, 0x24F), (0x370, 0x52F), (0x590, 0x6FF), (0x900, 0xEFF), (0x1E00, 0x1EFF), (0x2000, 0x2BFF),
           (0x3000, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0xE000, 0xF8FF), (0xFE00, 0xFE0F), (0xFF00, 0xFFEF), (0x1F000, 0x1FAFF))
"""Where the characters of real text lie (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, punctuation and
symbols, CJK, Hangul, icon-font private use, emoji): a run that decodes to anything else (IPA, control characters) is not mojibake."""


def decoded(run: str) -> str | None:
    """What a run of suspicious characters was before it was mis-decoded (once, or several times over), when
    that is certain."""
    text = _decode_once(run)
    for _ in range(3):
        again = _decode_once(text) if text and _RUN.fullmatch(text) else None
        if again is None:
            break
        text = again
    return text


def _decode_once(run: str) -> str | None:
    try:
        text = bytes(_BYTE[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(text) == 1 and 0x250 <= ord(text) < 0x800:
        return None  # one Greek, Cyrillic, Hebrew or Arabic letter alone: as likely "Ø°" written on purpose
    return text if all(any(low <= ord(c) <= high for low, high in _LIKELY) for c in text) else None


def _pair_start(value: str) -> bool:
    """The text holds a character U+00C2..U+00F4 or U+FFFD, one of which opens every suspicious pair: in UTF-8 the
    former begin with byte C3 and the latter is EF BF BD, and two byte searches cost less than a regex scan."""
    data = value.encode("utf-8", "surrogatepass")
    return b"\xc3" in data or b"\xef\xbf\xbd" in data


def runs(value: str) -> Iterator[tuple[re.Match[str], str | None]]:
    """Every suspicious run with what it decodes to (None: a lost byte or a replacement character), in order."""
    if value.isascii() or not _pair_start(value):
        return
    found: list[tuple[re.Match[str], str | None]] = []
    if _PREFILTER.search(value):
        for match in _SUSPECT.finditer(value):
            if match.group(1) or match.group(2):
                found.append((match, None))
            elif (text := decoded(match.group())) is not None:
                found.append((match, text))
    found += ((match, "") for match in bare_a_circumflex(value))
    found += ((match, APOSTROPHE) for match in lost_apostrophes(value))
    found.sort(key=lambda pair: pair[0].start())
    yield from found


def repaired(value: str) -> str:
    """The text with each run the fix repairs decoded ('RÃ©agir' -> 'Réagir'); runs reported without a fix stay."""
    parts: list[str] = []
    end = 0
    for match, text in runs(value):
        if text is not None:
            parts += (value[end : match.start()], text)
            end = match.end()
    return "".join(parts) + value[end:] if parts else value


class Mojibake(Rule):
    """UTF-8 text that was decoded with the wrong encoding, or lost characters in decoding.

    Why
    A page stored in UTF-8 but read as Windows-1252 or Latin-1 turns every non-ASCII character into two to four
    others: ’ becomes â€™, é becomes Ã©, ü becomes Ã¼. The text reads as garbage and no search finds its words.
    Each run of such characters is checked on its own, so a correct "café" elsewhere in the field stays as it is.
    A run counts only when it is valid UTF-8 once re-encoded and decodes to ordinary letters, punctuation or
    symbols; "CAFÉ»" is left alone. A replacement character (U+FFFD) marks a character that was lost for good.

    Example
    before: Itâ€™s the cafÃ© by the harbour
    after:  It’s the café by the harbour

    Fix safety
    Safe: a run is re-encoded as Windows-1252 (Latin-1 for the five bytes 1252 leaves undefined) and decoded as
    UTF-8, which only succeeds when every byte of every character in the run fits; the fix covers the whole word
    around the run. Text mis-decoded twice or more ('Ã‚Â©') is repaired in one step. Two runs that lost bytes
    have one reading and are fixed too: an 'Â' that closes a word or a sentence before a space or the line's end
    ('cats.Â', 'solutionsÂ are'; a no-break space whose second byte became a space or was stripped) is deleted, and
    an English contraction whose apostrophe lost its two control characters ('youâre', 'doesnât') gets its ’, and so
    do the possessives of a text that holds one ('the cityâs'; artlint.builtin.hygiene.lostbytes).
    Reported without a fix: a sequence cut short, such as "â€" or "â\\x9c" whose last byte was lost (it could have
    been ” or ✓ or another character), and U+FFFD.
    """

    code = "ART302"
    name = "mojibake"
    fixable = "safe"
    as_written = True

    def check(self, article: Article, options: Mapping[str, Any]) -> Iterator[Finding]:
        for name, value in texts(article):
            for match, text in runs(value):
                span = Span(name, match.start(), match.end())
                if match.re is _SUSPECT and match.group(2):
                    yield self.finding(span, "replacement character (U+FFFD): a character was lost in decoding")
                elif text is None:
                    yield self.finding(span, f"{match.group()!r} is UTF-8 decoded as Windows-1252 with a byte lost: the character is unknown")
                else:
                    yield self.finding(span, _message(match, text), Fix(
                        Applicability.SAFE, (whole_words(name, value, span.start, span.end, text),),
                        f"decode as {text!r}" if text else "delete it"))


def _message(match: re.Match[str], text: str) -> str:
    """What the run is, by the kind of mis-decoding that made it (artlint.builtin.hygiene.lostbytes for the two that
    lost bytes)."""
    if text == "":
        return f"{match.group()!r} is a no-break space decoded as Windows-1252 whose second byte was lost"
    if text == APOSTROPHE and match.group() == "\u00e2":
        return f"{match.group()!r} should read {text!r} (UTF-8 decoded as Latin-1, its last two bytes lost)"
    return f"{match.group()!r} should read {text!r} (UTF-8 decoded as Windows-1252)"
