"""Which pages of a corpus are held out from learning."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit


def heldout(url: str) -> bool:
    """Whether the URL's site falls in the held-out half: its host (lower-cased, without "www.") hashes to an
    odd MD5. A learned line scorer is trained only on the other half, so figures on this half are honest; a
    whole site falls on one side, so the copies of a page (one per extractor) never straddle the split."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    return int(hashlib.md5(host.encode()).hexdigest(), 16) % 2 == 1
