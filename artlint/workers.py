"""Worker processes that lint like the main process: their pool, the linter each holds, and their end with
the run."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from artlint.config import Settings
from artlint.linter import Linter

PARENT_CHECK_SECONDS = 0.5
_WORKER: Linter | None = None
Item = TypeVar("Item")
Submitted = TypeVar("Submitted")


@dataclass(slots=True)
class WorkerSetup:
    """What a spawned worker builds its linter from (a forked one inherits the main process's)."""

    settings: Settings
    select: list[str] | None
    ignore: list[str]
    disabled_plugins: list[str] = field(default_factory=list)
    knowledge: dict[str, Any] = field(default_factory=dict)
    """What a corpus pass taught the corpus rules, by rule code (see artlint.corpus)."""


@contextmanager
def worker_pool(linter: Linter, setup: WorkerSetup, jobs: int) -> Iterator[ProcessPoolExecutor]:
    """`jobs` worker processes whose `worker()` lints like `linter`: forked ones inherit it, spawned ones
    build their own from `setup`."""
    global _WORKER
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    _WORKER = linter if fork else None
    try:
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker,
                                 initargs=(setup, os.getpid())) as pool:
            yield pool
    finally:
        _WORKER = None


def worker() -> Linter:
    """The linter of this worker process (see worker_pool)."""
    assert _WORKER is not None
    return _WORKER


def in_order(items: Iterable[Item], submit: Callable[[Item], Submitted], window: int) -> Iterator[tuple[Item, Submitted]]:
    """Each item with what `submit` made of it (a future, mostly), in the items' order, at most `window` of them
    submitted and not yet taken: a new one is submitted as each is taken, so the workers never wait for the
    slowest item of a batch, and memory holds `window` answers, not the run's."""
    pending: deque[tuple[Item, Submitted]] = deque()
    for item in items:
        pending.append((item, submit(item)))
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _init_worker(setup: WorkerSetup, parent: int) -> None:
    """`parent`: the run's process id, taken before the fork: a run killed before this worker got here has already
    left it to another parent, whose id os.getppid() would give."""
    global _WORKER
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    if _WORKER is not None:  # forked: the parent's linter came along
        return
    _WORKER = worker_linter(setup)


def _exit_with_parent(parent: int) -> None:
    """End this worker once its parent is gone: a run killed with SIGKILL (a CI timeout) would otherwise leave
    its workers waiting forever on a queue whose other end they hold themselves."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def worker_linter(setup: WorkerSetup) -> Linter:
    """A linter like the main process's, built in a worker (armed with the corpus knowledge, if any)."""
    from artlint.session import open_session

    session = open_session(settings=setup.settings, select=setup.select, ignore=setup.ignore,
                           disabled_plugins=setup.disabled_plugins, strict=False)
    if setup.knowledge:
        from artlint.corpus.passes import arm

        arm(session, setup.knowledge)
    return session.linter
