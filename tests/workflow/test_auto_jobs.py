"""-j auto (the default): one process for small runs, a worker per CPU for large ones, with a serial run's output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from artlint import jobs, run
from artlint.config import load_settings
from artlint.discovery import Found
from artlint.errors import ConfigError
from artlint.jobs import AUTO, MAX_AUTO_JOBS, PARALLEL_BYTES, parse_jobs, plan_jobs

ARTICLE = "Harbour reopens after storm\nMarch 14, 2025\n\nAdvertisement\n\nThe harbour reopened on Monday {}.\n"


def counted(items: list[Found], taken: list[Found]) -> Iterator[Found]:
    for item in items:
        taken.append(item)
        yield item


def sizes(table: dict[str, int]) -> Any:
    def size_of(path: str) -> int:
        if path not in table:
            raise FileNotFoundError(path)
        return table[path]
    return size_of


def test_a_small_run_stays_in_one_process_and_keeps_every_item_in_order() -> None:
    items = [Found("a.txt", named=True), Found("gone.txt"), Found("b.jsonl")]
    plan, count = plan_jobs(iter(items), cpus=4, size_of=sizes({"a.txt": 10, "b.jsonl": PARALLEL_BYTES - 11}))
    assert count == 1 and list(plan) == items


def test_a_large_run_gets_a_worker_per_cpu_and_reads_ahead_only_as_far_as_it_must() -> None:
    items = [Found(f"{i}.jsonl") for i in range(5)]
    taken: list[Found] = []
    table = {f"{i}.jsonl": PARALLEL_BYTES // 2 for i in range(5)}
    plan, count = plan_jobs(counted(items, taken), cpus=3, size_of=sizes(table))
    assert count == 3
    assert len(taken) == 2
    assert list(plan) == items


def test_a_compressed_file_counts_for_the_text_it_holds() -> None:
    quarter = PARALLEL_BYTES // 4
    assert plan_jobs(iter([Found("night.jsonl.gz")]), cpus=2, size_of=sizes({"night.jsonl.gz": quarter}))[1] == 2
    assert plan_jobs(iter([Found("night.jsonl")]), cpus=2, size_of=sizes({"night.jsonl": quarter}))[1] == 1


def test_stdin_counts_and_one_cpu_or_many_are_bounded() -> None:
    plan, count = plan_jobs(iter([Found("-")]), stdin_bytes=PARALLEL_BYTES, cpus=2, size_of=sizes({}))
    assert count == 2 and [i.path for i in plan] == ["-"]
    taken: list[Found] = []
    plan, count = plan_jobs(counted([Found("big.jsonl")], taken), cpus=1, size_of=sizes({"big.jsonl": 10 * PARALLEL_BYTES}))
    assert count == 1 and taken == [] and [i.path for i in plan] == ["big.jsonl"]
    _, count = plan_jobs(iter([Found("big.jsonl")]), cpus=64, size_of=sizes({"big.jsonl": PARALLEL_BYTES}))
    assert count == MAX_AUTO_JOBS


@pytest.mark.parametrize(("value", "expected"), [("auto", AUTO), ("3", 3), (1, 1), (256, 256)])
def test_jobs_values(value: object, expected: int) -> None:
    assert parse_jobs(value) == expected


@pytest.mark.parametrize("value", ["many", "", "AUTO", 0, "0", -1, 257, "2.5", " 2", None, True])
def test_jobs_values_refused(value: object) -> None:
    with pytest.raises(ValueError, match="'auto' or a whole number from 1 to 256"):
        parse_jobs(value)


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The worker counts of the parallel runs started, on a machine of two CPUs where 1 KB is a large run."""
    started: list[int] = []
    parallel = run._parallel

    def spy(linter: Any, setup: Any, found: Any, options: run.RunOptions) -> Any:
        started.append(options.jobs)
        return parallel(linter, setup, found, options)

    monkeypatch.setattr(run, "_parallel", spy)
    monkeypatch.setattr(jobs, "PARALLEL_BYTES", 1024)
    monkeypatch.setattr(jobs, "available_cpus", lambda: 2)
    return started


def night(folder: Path, count: int) -> None:
    folder.mkdir()
    for index in range(count):
        (folder / f"a{index}.txt").write_text(ARTICLE.format(index))


def test_the_default_runs_a_large_scrape_on_every_cpu_with_the_serial_output(run_cli, tmp_path: Path, spied: list[int]) -> None:  # type: ignore[no-untyped-def]
    night(tmp_path / "scrape", 30)
    serial = run_cli("check", "--no-cache", "--format", "json", "-j", "1", "scrape")
    assert spied == []
    auto = run_cli("check", "--no-cache", "--format", "json", "scrape")
    assert spied == [2]
    assert auto.output == serial.output and len(json.loads(serial.output)["findings"]) >= 30


def test_a_small_run_forks_nothing(run_cli, tmp_path: Path, spied: list[int]) -> None:  # type: ignore[no-untyped-def]
    night(tmp_path / "scrape", 2)
    assert run_cli("check", "--no-cache", "scrape").exit_code == 1
    assert spied == []


def test_the_config_sets_jobs_and_the_command_line_overrides_it(run_cli, tmp_path: Path, spied: list[int]) -> None:  # type: ignore[no-untyped-def]
    night(tmp_path / "scrape", 30)
    (tmp_path / ".artlint.yaml").write_text("jobs: 1\n")
    run_cli("check", "--no-cache", "scrape")
    assert spied == []
    run_cli("check", "--no-cache", "-j", "auto", "scrape")
    assert spied == [2]
    (tmp_path / ".artlint.yaml").write_text("jobs: 3\n")
    run_cli("check", "--no-cache", "scrape")
    assert spied == [2, 3]


def test_a_bad_jobs_value_is_a_usage_error(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(ARTICLE.format(1))
    result = run_cli("check", "-j", "many", "a.txt")
    assert result.exit_code == 2 and "expected 'auto' or a whole number from 1 to 256, not 'many'" in result.output
    (tmp_path / ".artlint.yaml").write_text("jobs: many\n")
    with pytest.raises(ConfigError, match=r"\.artlint\.yaml: .*jobs"):
        load_settings(tmp_path / ".artlint.yaml")
    result = run_cli("check", "a.txt")
    assert result.exit_code == 2 and ".artlint.yaml" in result.output


def test_the_worker_count_is_no_part_of_the_cache_key() -> None:
    from artlint.config import Settings

    assert repr(Settings(jobs=1)) == repr(Settings(jobs=2)) == repr(Settings())


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _running(pid: int) -> bool:
    try:
        state = next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State:"))
    except (OSError, StopIteration):
        return False
    return "Z" not in state.split()[1]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the workers in /proc")
def test_workers_end_when_their_run_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    night(tmp_path / "scrape", 400)
    run = subprocess.Popen([sys.executable, "-m", "artlint", "check", "--no-cache", "-j", "2", "scrape"], cwd=tmp_path,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(workers := _children(run.pid)) < 2 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) == 2, "the run ended before its workers were seen"
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 10
    while any(map(_running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_running, workers))
