"""How many worker processes a run gets when the user leaves it to artlint (`-j auto`, the default)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from itertools import chain

from artlint.discovery import Found

AUTO = 0
"""RunOptions.jobs for "as many as pay off"."""
PARALLEL_BYTES = 4 * 1024 * 1024
"""Below this much input, one process finishes about as soon: each worker first compiles the lexicon matchers
its articles need (up to a second). Wall times on 2 cores, one process / two workers, JSON Lines of the dev
corpus: 2.3 MB 1.8-2.7 s / 2.1-2.3 s, 3.7 MB 2.5-3.7 s / 2.5-3.4 s, 8.4 MB 4.6-5.9 s / 3.2-4.3 s."""
MAX_AUTO_JOBS = 8
"""Each worker holds its own linter and its articles (peak RSS of one process measured here: 49 MB on 0.5 MB
of JSON Lines, 146 MB on the 52 MB dev corpus); past eight, ask for more with -j N."""


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def plan_jobs(found: Iterator[Found], stdin_bytes: int = 0, cpus: int | None = None,
              size_of: Callable[[str], int] = os.path.getsize) -> tuple[Iterator[Found], int]:
    """The worker count for a run of `found` (one process unless it holds at least PARALLEL_BYTES on more
    than one CPU), and the same items to run: only as many are read ahead as the decision needs."""
    cpus = min(available_cpus() if cpus is None else cpus, MAX_AUTO_JOBS)
    if cpus <= 1:
        return found, 1
    seen: list[Found] = []
    total = stdin_bytes
    for item in found:
        seen.append(item)
        total += _size(item, size_of)
        if total >= PARALLEL_BYTES:
            return chain(seen, found), cpus
    return iter(seen), 1


GZIP_RATIO = 4
"""A .gz file counts this many times its size: article text compresses three to five times."""


def _size(item: Found, size_of: Callable[[str], int]) -> int:
    if item.error or item.path == "-":
        return 0
    try:
        size = size_of(item.path)
    except OSError:
        return 0
    return size * GZIP_RATIO if item.path.lower().endswith(".gz") else size


def parse_jobs(value: object) -> int:
    """'auto' -> AUTO, a whole number from 1 to 256 (or its digits) -> itself; ValueError otherwise. The config
    schema allows the same."""
    if value == "auto":
        return AUTO
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 256:
        return value
    raise ValueError(f"expected 'auto' or a whole number from 1 to 256, not {value!r}")
