"""Compact, process-independent signatures of texts: 64-bit line keys and one-permutation MinHash."""

from __future__ import annotations

import hashlib
import zlib
from array import array

from artlint.textutil import WORD, normalize, unspaced

BINS = 64
EMPTY = 0xFFFFFFFF
SHINGLE = 5
"""Words per shingle."""


def line_text(line: str, min_chars: int) -> str | None:
    """The normalised line when it can be boilerplate: at least `min_chars` characters and a letter."""
    text = normalize(line)
    if len(text) < min_chars or not any(c.isalpha() for c in text):
        return None
    return text


def line_key(site: str, text: str) -> int:
    """A 64-bit key of a normalised line within a site; its lowest bit is left clear for a flag."""
    digest = hashlib.blake2b(f"{site}\n{text}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & ~1


def text_words(text: str) -> list[bytes]:
    """The text's words for shingles: split at white space, or for a text with Han, kana or katakana characters
    (Chinese and Japanese put no spaces between words) as textutil.WORD finds them, a character a word."""
    folded = text.casefold()
    if unspaced(folded):
        return [word.encode("utf-8", "surrogatepass") for word in WORD.findall(folded)]
    return folded.encode("utf-8", "surrogatepass").split()


def exact_key(words: list[bytes]) -> int:
    """Equal for texts with the same words (case and white space aside)."""
    return int.from_bytes(hashlib.blake2b(b" ".join(words), digest_size=8).digest(), "big")


def minhash(words: list[bytes]) -> bytes | None:
    """A one-permutation MinHash of the text's word shingles: BINS 32-bit minima (EMPTY for a bin no
    shingle fell in); None for a text shorter than a shingle. Words are hashed with CRC-32 and
    shingles with the hash of a tuple of ints, which does not depend on the process (unlike str hashes)."""
    if len(words) < SHINGLE:
        return None
    ids = list(map(zlib.crc32, words))
    hashes = sorted(set(map(hash, zip(*(ids[i:] for i in range(SHINGLE)), strict=False))))  # any fixed order will do
    mins = array("I", [EMPTY]) * BINS
    filled = 0
    for value in hashes:
        slot = value % BINS
        if mins[slot] == EMPTY:
            mins[slot] = (value >> 32) & 0xFFFFFFFE
            filled += 1
            if filled == BINS:
                break
    return mins.tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    left, right = array("I"), array("I")
    left.frombytes(a)
    right.frombytes(b)
    used = same = 0
    for x, y in zip(left, right, strict=True):
        if x == EMPTY and y == EMPTY:
            continue
        used += 1
        same += x == y
    return same / used if used else 0.0


def band_rows(threshold: float) -> int:
    """Rows per LSH band: the most that still makes a pair at `threshold` a candidate with >= 99% chance."""
    for rows in (8, 4, 2, 1):
        if 1 - (1 - threshold**rows) ** (BINS // rows) >= 0.99:
            return rows
    return 1
