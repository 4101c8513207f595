"""Crash safety: `artlint fix` killed with SIGKILL at any moment leaves every file either as it was
or completely fixed, and parsing; a normal run leaves no temp file behind."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLE = "Harbour reopens after storm {n}\nMarch 14, 2025\n\nAdvertisement\n\nThe harbour reopened on Monday, said mayor {n}.\n"
RECORD = '{{"id": "r{n}", "title": "Ferry {n} returns", "date": "2025-03-14", "text": "{body}", "extra": [1, 2]}}\n'


def make_tree(root: Path, files: int, records: int) -> None:
    root.mkdir()
    for n in range(files):
        (root / f"a{n:03d}.txt").write_text(ARTICLE.format(n=n))
    with open(root / "night.jsonl", "w", encoding="utf-8") as out:
        for n in range(records):
            body = "Share\\nThe ferry returned to the island." if n % 2 else "The ferry returned to the island."
            out.write(RECORD.format(n=n, body=body + " " + "More words about the crossing. " * 20))


def fix(root: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.Popen([sys.executable, "-m", "artlint", "fix", "--no-cache", str(root)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("crash")
    original, fixed = base / "original", base / "fixed"
    make_tree(original, files=300, records=30_000)  # about 20 MB of JSON Lines: fixed in chunks, via a temp file
    shutil.copytree(original, fixed)
    assert fix(fixed).wait() == 0
    return original, fixed


def test_sigkill_at_random_moments_loses_nothing(trees: tuple[Path, Path], tmp_path: Path) -> None:
    original, fixed = trees
    durations = []
    rng = random.Random(20261129)
    for attempt in range(5):
        work = tmp_path / f"run{attempt}"
        shutil.copytree(original, work)
        process = fix(work)
        time.sleep(rng.uniform(0.3, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        states = {"original": 0, "fixed": 0}
        for path in sorted(original.iterdir()):
            now = (work / path.name).read_bytes()
            if now == path.read_bytes():
                states["original"] += 1
            else:
                assert now == (fixed / path.name).read_bytes(), f"{path.name} is neither original nor fixed"
                states["fixed"] += 1
        for line in (work / "night.jsonl").read_text().splitlines():
            json.loads(line)
        durations.append(states)
    assert any(s["fixed"] for s in durations) and any(s["original"] for s in durations), durations


def test_a_finished_run_leaves_no_temp_file(trees: tuple[Path, Path]) -> None:
    _, fixed = trees
    assert not [p.name for p in fixed.iterdir() if p.name.startswith(".artlint-")]


def test_ctrl_c_leaves_no_temp_file_and_no_half_file(trees: tuple[Path, Path], tmp_path: Path) -> None:
    original, fixed = trees
    work = tmp_path / "interrupted"
    shutil.copytree(original, work)
    process = fix(work)
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    process.wait()
    assert not [p.name for p in work.iterdir() if p.name.startswith(".artlint-")]
    for path in original.iterdir():
        assert (work / path.name).read_bytes() in (path.read_bytes(), (fixed / path.name).read_bytes())


def test_sigkill_the_moment_a_large_file_changes(tmp_path: Path) -> None:
    """Kill as soon as the file on disk changes at all: an in-place write would be caught half done."""
    body = "Advertisement\\n" + "The harbour reopened on Monday after a week of repairs. " * 200_000
    original = ('{"title": "Harbour reopens", "date": "2025-03-14", "text": "' + body + '", "extra": {"k": 1}}\n').encode()
    expected_fixed = original.replace(b"Advertisement\\n", b"", 1).replace(b'repairs. ", "extra"', b'repairs.", "extra"')
    for attempt in range(2):
        path = tmp_path / f"big{attempt}.json"
        path.write_bytes(original)
        before = os.stat(path)
        process = fix(path)
        while process.poll() is None:
            now = os.stat(path)
            if (now.st_size, now.st_ino, now.st_mtime_ns) != (before.st_size, before.st_ino, before.st_mtime_ns):
                process.send_signal(signal.SIGKILL)
                break
        process.wait()
        assert path.read_bytes() in (original, expected_fixed)
        json.loads(path.read_bytes())


def test_ctrl_c_between_a_large_file_s_last_chunk_and_its_rename_leaves_no_temp_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The fixed copy of a large JSON Lines file is complete before it is renamed over the original; an
    interrupt in between (deterministic here, by timing in test_ctrl_c_... on a loaded machine) must not
    leave it behind."""
    from click.testing import CliRunner

    from artlint import chunks, command
    from artlint.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 2000)
    lines = [json.dumps({"title": f"Harbour {i}", "date": "2025-03-14",
                         "text": "Advertisement\nThe harbour reopened on Monday."}) for i in range(100)]
    (tmp_path / "night.jsonl").write_text("\n".join(lines) + "\n")
    before = (tmp_path / "night.jsonl").read_bytes()

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(command, "deliver", interrupted)
    result = CliRunner().invoke(main, ["fix", "-j", "1", "night.jsonl"])
    assert result.exit_code == 1 and "Aborted" in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["night.jsonl"]
    assert (tmp_path / "night.jsonl").read_bytes() == before


@pytest.mark.parametrize("name", ["a.txt", "night.jsonl"])
def test_ctrl_c_while_a_temp_file_is_being_created_leaves_none(tmp_path: Path, monkeypatch, name: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl-C is raised between bytecodes: one that arrives during the system call creating the temp file is
    raised as it returns, before any name is handed back; the CI once caught that (a .artlint-*.tmp left)."""
    from click.testing import CliRunner

    from artlint import chunks
    from artlint.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 2000)
    if name == "a.txt":
        (tmp_path / name).write_text("Harbour reopens\n\nAdvertisement\n\nThe harbour reopened on Monday.\n")
    else:
        (tmp_path / name).write_text("".join(json.dumps({"title": f"H {i}", "date": "2025-03-14",
                                                         "text": "Advertisement\nThe harbour reopened."}) + "\n"
                                             for i in range(100)))
    real_open = os.open

    def interrupted_open(path, flags, mode=0o777, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(path, flags, mode, **kwargs)
        if ".artlint-" in str(path):
            os.close(handle)
            raise KeyboardInterrupt
        return handle

    monkeypatch.setattr(os, "open", interrupted_open)
    result = CliRunner().invoke(main, ["fix", "-j", "1", name])
    monkeypatch.undo()
    assert result.exit_code == 1 and "Aborted" in result.output
    assert [p.name for p in tmp_path.iterdir()] == [name]
