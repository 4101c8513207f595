"""workers: answers in the items' order, with a bounded number submitted ahead; workers end with their run."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from artlint.workers import in_order


def test_items_come_back_in_order_with_at_most_window_submitted_ahead() -> None:
    submitted: list[int] = []

    def submit(item: int) -> str:
        submitted.append(item)
        return f"answer {item}"

    taken = []
    for item, answer in in_order(range(10), submit, 3):
        assert answer == f"answer {item}"
        assert len(submitted) - len(taken) <= 3  # the one being taken and two more in flight
        taken.append(item)
    assert taken == list(range(10)) and submitted == list(range(10))


def test_fewer_items_than_the_window_and_none_at_all() -> None:
    assert list(in_order(["a", "b"], str.upper, 5)) == [("a", "A"), ("b", "B")]
    assert list(in_order([], str.upper, 5)) == []


def test_items_are_read_lazily() -> None:
    def endless() -> Iterator[int]:
        n = 0
        while True:
            yield n
            n += 1

    assert list(islice(in_order(endless(), lambda n: n * n, 2), 4)) == [(0, 0), (1, 1), (2, 4), (3, 9)]


def test_a_worker_whose_run_ended_before_it_started_ends_at_once() -> None:
    """A run killed between forking a worker and the worker's start leaves it to another parent; the worker must
    compare with the run's id, not with whichever parent it finds."""
    import subprocess
    import sys

    script = ("import os, time\nfrom artlint import workers\nworkers._WORKER = object()\n"
              "workers._init_worker(None, os.getppid() + 1_000_000)\ntime.sleep(30)\n")
    done = subprocess.run([sys.executable, "-c", script], timeout=20, check=False, capture_output=True)
    assert (done.returncode, done.stderr) == (1, b"")
