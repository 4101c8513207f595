"""Atomic writes: a temp file in the same folder, flushed and fsynced, then renamed over the original."""

from __future__ import annotations

import os
import tempfile


def write_atomic(path: str, data: bytes) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644
    handle, temp = tempfile.mkstemp(dir=folder, prefix=".artlint-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


_PENDING: set[str] = set()
"""Temp files of large fixed files that are neither renamed over their originals nor removed yet: a run
that ends or is interrupted first removes them (discard_pending)."""


def pending(temp: str) -> None:
    _PENDING.add(temp)


def remove(temp: str) -> None:
    """Delete a temp file that will not be renamed."""
    _PENDING.discard(temp)
    if os.path.exists(temp):
        os.unlink(temp)


def discard_pending() -> None:
    """Remove every temp file that was never renamed (the run ended or was interrupted first)."""
    while _PENDING:
        try:
            os.unlink(_PENDING.pop())
        except FileNotFoundError:
            pass


def replace_with(temp: str, path: str) -> None:
    """Rename a finished temp file (written beside `path`) over it, keeping the original's permissions."""
    try:
        os.chmod(temp, os.stat(path).st_mode & 0o7777)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    finally:
        _PENDING.discard(temp)
