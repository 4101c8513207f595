"""Repeated runs: the cache answers for unchanged files; worker processes give a serial run's output."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from artlint import chunks
from artlint.cache import Cache
from artlint.config import Settings
from artlint.run import RunOptions, run_files
from artlint.session import open_session

ARTICLE = "Harbour reopens after storm\nMarch 14, 2025\n\nAdvertisement\n\nThe harbour reopened on Monday.\n"


def articles(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for index in range(count):
        (folder / f"a{index}.txt").write_text(ARTICLE.replace("Monday", f"Monday {index}"))
    return folder


def test_second_run_is_answered_from_the_cache(tmp_path: Path) -> None:
    folder = articles(tmp_path / "scrape", 4)
    linter = open_session(settings=Settings(root=tmp_path)).linter
    first_cache = Cache(tmp_path, "run-key")
    first = list(run_files(linter, [str(folder)], RunOptions(cache=first_cache)))
    assert first_cache.hits == 0
    again = Cache(tmp_path, "run-key")
    second = list(run_files(linter, [str(folder)], RunOptions(cache=again)))
    assert again.hits == 4
    assert [r.findings for r in second] == [r.findings for r in first]
    assert [r.sites for r in second] == [r.sites for r in first]

    (folder / "a0.txt").write_text(ARTICLE + "\nShare\n")
    edited = Cache(tmp_path, "run-key")
    third = list(run_files(linter, [str(folder)], RunOptions(cache=edited)))
    assert edited.hits == 3 and len(third[0].findings) == 2

    other_settings = Cache(tmp_path, "another-run-key")
    list(run_files(linter, [str(folder)], RunOptions(cache=other_settings)))
    assert other_settings.hits == 0


def test_config_change_is_never_served_stale(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert run_cli("check", "a.txt").exit_code == 1
    assert (tmp_path / ".artlint_cache").is_dir()
    (tmp_path / ".artlint.yaml").write_text("ignore: [advertisement, page-debris]\n")
    assert run_cli("check", "a.txt").exit_code == 0
    (tmp_path / ".artlint.yaml").unlink()
    assert run_cli("check", "--no-cache", "a.txt").exit_code == 1


def test_clean_removes_the_cache(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    run_cli("check", "a.txt")
    result = run_cli("clean")
    assert "removed cache" in result.output and not (tmp_path / ".artlint_cache").exists()


def big_jsonl(path: Path, count: int) -> bytes:
    lines = []
    for index in range(count):
        text = "Advertisement\\nThe harbour reopened." if index % 3 == 0 else "The harbour reopened."
        lines.append('{"id": "r%d", "title": "Harbour %d", "date": "2025-03-14", "text": "%s"}' % (index, index, text))
        if index == 40:
            lines.append('{"id": "broken", "title": ')
    data = ("\n".join(lines) + "\n").encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return data


@pytest.mark.parametrize("name", ["night.jsonl", "night.jsonl.gz"])
def test_jobs_give_the_serial_output_also_for_chunked_jsonl(run_cli, tmp_path: Path, monkeypatch, name) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 1500)
    big_jsonl(tmp_path / name, 200)
    articles(tmp_path / "scrape", 6)
    serial = run_cli("check", "--no-cache", "--format", "json", name, "scrape")
    parallel = run_cli("check", "--no-cache", "--format", "json", "-j", "2", name, "scrape")
    assert parallel.output == serial.output
    findings = json.loads(serial.output)["findings"]
    malformed = [f for f in findings if f["code"] == "ART902"]
    assert [(f["record"], f["line"]) for f in malformed] == [(41, 42)]
    assert [f["record"] for f in findings if f["path"] == name and f["code"] == "ART204"][-1] == 199


def test_parallel_fix_writes_what_a_serial_fix_writes(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 1500)
    (tmp_path / "serial").mkdir()
    (tmp_path / "parallel").mkdir()
    for folder in ("serial", "parallel"):
        big_jsonl(tmp_path / folder / "night.jsonl", 200)
        big_jsonl(tmp_path / folder / "night.jsonl.gz", 120)
    run_cli("fix", "serial")
    run_cli("fix", "-j", "2", "parallel")
    for name in ("night.jsonl", "night.jsonl.gz"):
        assert (tmp_path / "parallel" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()
    fixed = (tmp_path / "serial" / "night.jsonl").read_text()
    assert "Advertisement" not in fixed and fixed.count("\n") == 201


@pytest.mark.parametrize("name", ["night.jsonl", "night.jsonl.gz"])
def test_streamed_chunks_give_what_a_whole_file_gives(run_cli, tmp_path: Path, monkeypatch, name) -> None:  # type: ignore[no-untyped-def]
    for folder in ("whole", "streamed"):
        (tmp_path / folder).mkdir()
        big_jsonl(tmp_path / folder / name, 150)
    whole_check = run_cli("check", "--no-cache", "--format", "json", f"whole/{name}").output
    whole_diff = run_cli("fix", "--diff", f"whole/{name}").stdout
    run_cli("fix", f"whole/{name}")
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 1000)
    streamed_check = run_cli("check", "--no-cache", "--format", "json", f"streamed/{name}").output
    assert streamed_check == whole_check.replace("whole/", "streamed/")
    streamed_diff = run_cli("fix", "--diff", f"streamed/{name}").stdout
    assert streamed_diff == whole_diff.replace("whole/", "streamed/") and "\n-Advertisement\n" in whole_diff
    run_cli("fix", f"streamed/{name}")
    assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
    assert not list((tmp_path / "streamed").glob(".artlint-*")), "no temp file stays behind"


LOCAL_RULE = """
from artlint import Rule, Span, hookimpl


class Loud(Rule):
    \"\"\"Loud lines.\"\"\"

    code = "LOUD001"
    name = "loud-line"

    def check(self, article, options):
        for line in article.body.lines:
            if line.text.isupper():
                yield self.finding(Span("body", line.start, line.end), "MESSAGE")


@hookimpl
def artlint_register_rules(register):
    register(Loud)
"""


def test_editing_a_local_plugin_is_never_served_stale(run_cli, tmp_path: Path) -> None:
    import os
    import sys

    sys.modules.pop("loud_rules", None)
    (tmp_path / "loud_rules.py").write_text(LOCAL_RULE.replace("MESSAGE", "first message"))
    (tmp_path / ".artlint.yaml").write_text("plugins: [loud_rules]\nselect: [LOUD001]\n")
    (tmp_path / "a.txt").write_text("Title line here\n2025-01-01\nLOUD LINE\n")
    assert "first message" in run_cli("check", "a.txt").output
    sys.modules.pop("loud_rules", None)
    (tmp_path / "loud_rules.py").write_text(LOCAL_RULE.replace("MESSAGE", "second message"))
    stat = os.stat(tmp_path / "loud_rules.py")
    os.utime(tmp_path / "loud_rules.py", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert "second message" in run_cli("check", "a.txt").output


def test_a_named_file_no_format_reads_is_not_served_to_a_folder_walk(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    articles(tmp_path / "scrape", 1)
    (tmp_path / "scrape" / "urls.csv").write_text("url,title\n")
    named = run_cli("check", "scrape/urls.csv")
    assert "not an article format" in named.output
    walked = run_cli("check", "scrape")
    assert "urls.csv" not in walked.output
    assert walked.output == run_cli("check", "--no-cache", "scrape").output
