"""Baselines: adopt artlint on an archive that already has findings, and see only new ones."""

from __future__ import annotations

import json
from pathlib import Path

from artlint.schemas import validate

OLD = "Harbour reopens after storm\nMarch 14, 2025\n\nAdvertisement\n\nThe harbour reopened on Monday.\n"


def test_baseline_hides_known_findings_and_shows_new_ones(run_cli, tmp_path: Path) -> None:
    (tmp_path / "scrape").mkdir()
    article = tmp_path / "scrape" / "a.txt"
    article.write_text(OLD)
    written = run_cli("check", "--write-baseline", "baseline.json", "scrape")
    assert "wrote 1 findings to the baseline baseline.json" in written.output
    document = json.loads((tmp_path / "baseline.json").read_text())
    assert validate(document, "baseline") == []
    assert document["entries"][0]["path"] == "scrape/a.txt"

    assert run_cli("check", "--baseline", "baseline.json", "scrape").exit_code == 0

    # an unrelated edit moves the known line down: still known
    article.write_text(OLD.replace("2025\n\n", "2025\n\nThe storm closed the harbour for a week while crews repaired the wall.\n\n"))
    quiet = run_cli("check", "--baseline", "baseline.json", "scrape")
    assert quiet.exit_code == 0, quiet.output
    assert "1 known finding left out by the baseline." in quiet.output

    # a new problem is reported
    article.write_text(article.read_text() + "\nShare this article\n")
    new = run_cli("check", "--baseline", "baseline.json", "scrape")
    assert new.exit_code == 1
    assert "Share this article" in new.output and "'Advertisement'" not in new.output


def test_prune_drops_entries_that_no_longer_occur(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(OLD + "\nShare\n")
    run_cli("check", "--write-baseline", "baseline.json", "a.txt")
    assert len(json.loads((tmp_path / "baseline.json").read_text())["entries"]) == 2
    (tmp_path / "a.txt").write_text(OLD)
    result = run_cli("check", "--baseline", "baseline.json", "--prune-baseline", "a.txt")
    assert "pruned 1 entries" in result.output
    entries = json.loads((tmp_path / "baseline.json").read_text())["entries"]
    assert [e["code"] for e in entries] == ["ART204"] and result.exit_code == 0


def test_records_of_a_jsonl_are_keyed_by_their_id(run_cli, tmp_path: Path) -> None:
    records = [
        {"id": "a1", "title": "Harbour reopens", "date": "2025-03-14", "text": "Advertisement\nThe harbour reopened on Monday after a week of repairs to the sea wall."},
        {"id": "b2", "title": "Ferry returns", "date": "2025-03-14", "text": "The ferry returned to the island on Monday after a week in dry dock."},
    ]
    path = tmp_path / "night.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    run_cli("check", "--write-baseline", "baseline.json", "night.jsonl")
    records.reverse()
    records[0]["text"] = "Advertisement\n" + records[0]["text"]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = run_cli("check", "--format", "json", "--baseline", "baseline.json", "night.jsonl")
    findings = json.loads(result.output)["findings"]
    assert [(f["record"], f["message"]) for f in findings] == [(0, "advertisement label left in the body: 'Advertisement'")]


def test_broken_baseline_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(OLD)
    (tmp_path / "baseline.json").write_text('{"version": 2}')
    result = run_cli("check", "--baseline", "baseline.json", "a.txt")
    assert result.exit_code == 2 and "baseline.json: invalid baseline" in result.output
