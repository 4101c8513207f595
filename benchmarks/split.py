"""Sites in buckets: a learned line scorer is measured on the pages of a bucket with a model fitted on the other
buckets, so no page, and no other page of the same site, was seen in training."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

BUCKETS = 4


def host_bucket(url: str) -> int:
    """0-3, from a hash of the URL's host (lower-cased, without a leading "www.")."""
    try:
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        host = ""
    return int(hashlib.md5(host.encode()).hexdigest(), 16) % BUCKETS
