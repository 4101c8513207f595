"""Atomic writes: a temp file in the same folder, flushed and fsynced, then renamed over the original."""

from __future__ import annotations

import os
import secrets
from contextlib import suppress

_PENDING: set[str] = set()
"""Temp files of this process that are neither renamed over their originals nor removed yet: a run that
ends or is interrupted first removes them (discard_pending)."""
_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def create_temp(folder: str) -> tuple[int, str]:
    """A new temp file in `folder` (descriptor, path), registered as pending before it exists: Ctrl-C lands
    between bytecodes, so one that comes while the file is being created (or right after) would leave it
    unnamed to any cleanup; registered first, the command's discard_pending removes it."""
    for _ in range(100):
        temp = os.path.join(folder, f".artlint-{secrets.token_hex(6)}.tmp")
        _PENDING.add(temp)
        try:
            return os.open(temp, _CREATE, 0o600), temp
        except FileExistsError:  # someone else's file of that name: not ours to remove
            _PENDING.discard(temp)
    raise FileExistsError(f"no free temp file name in {folder}")


def write_atomic(path: str, data: bytes) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644
    handle, temp = create_temp(folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        _delete(temp)
        raise
    finally:
        _PENDING.discard(temp)


def remove(temp: str) -> None:
    """Delete a temp file that will not be renamed."""
    _delete(temp)
    _PENDING.discard(temp)


def discard_pending() -> None:
    """Remove every temp file that was never renamed (the run ended or was interrupted first)."""
    for temp in list(_PENDING):
        _delete(temp)
        _PENDING.discard(temp)


def _delete(temp: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(temp)


def replace_with(temp: str, path: str) -> None:
    """Rename a finished temp file (written beside `path`) over it, keeping the original's permissions."""
    try:
        os.chmod(temp, os.stat(path).st_mode & 0o7777)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        _delete(temp)
        raise
    finally:
        _PENDING.discard(temp)
