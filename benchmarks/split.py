"""The held-out half of a corpus, by site: a learned line scorer is trained only on the other half, so
figures on this half are honest (no page, and no other page of the same site, was seen in training)."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit


def host_bucket(url: str) -> int:
    """0-3, from a hash of the URL's host (lower-cased, without a leading "www.")."""
    try:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        host = ""
    return int(hashlib.md5(host.encode()).hexdigest(), 16) % 4


def heldout(url: str) -> bool:
    return host_bucket(url) % 2 == 1
