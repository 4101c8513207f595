"""--engine dask on a real LocalCluster: the same report (json) and exit code as a local run, corpus rules included."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from artlint.cli import main
from artlint.reporters.json import report_json
from tests.corpus.corpus_data import record, write_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def corpus(folder: Path) -> None:
    write_corpus(folder)
    big = [record(i, f"Lead paragraph {i} of a long story.\nAdvertisement\nThe rest of story {i}.", "big.example")
           for i in range(40)]
    (folder / "big.jsonl").write_text("\n".join(big) + "\n", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"title": "Half a record"\n', encoding="utf-8")


def check(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_dask_report_equals_the_local_one(tmp_path: Path, monkeypatch, scheduler: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    corpus(tmp_path)
    local = check(["--corpus", ".", "missing.jsonl"])
    remote = check(["--corpus", "--engine", "dask", "--scheduler", scheduler, ".", "missing.jsonl"])
    assert remote == local
    codes = {f["code"] for f in json.loads(local[1])["findings"]}
    assert {"ART210", "ART407", "ART204", "ART902"} <= codes and local[0] == 2


def test_byte_ranges_of_a_jsonl_file_give_the_same_findings(tmp_path: Path, monkeypatch, scheduler: str) -> None:  # type: ignore[no-untyped-def]
    import io

    from artlint.engines.dask import dask_check, partitions
    from artlint.session import open_session

    monkeypatch.chdir(tmp_path)
    corpus(tmp_path)
    parts = list(partitions(["big.jsonl"], open_session(), partition_bytes=500))
    assert len(parts) > 5 and [p.first_record for p in parts][:2] == [0, parts[1].first_record] and parts[1].first_record > 0
    ranged = dask_check(["."], scheduler=scheduler, corpus=True, partition_bytes=500)
    out = io.StringIO()
    report_json(ranged, out, {})
    assert json.loads(out.getvalue())["findings"] == json.loads(check(["--corpus", "."])[1])["findings"]


def test_missing_extra_is_a_one_line_usage_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.delitem(sys.modules, "artlint.engines.dask", raising=False)
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--engine", "dask", "a.txt"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == ["artlint: error: --engine dask needs Dask (dask is missing): pip install 'artlint[dask]'"]


def test_the_core_does_not_import_dask() -> None:
    script = ("import sys, artlint, artlint.cli, artlint.command, artlint.corpus.passes, artlint.engines.records; "
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
