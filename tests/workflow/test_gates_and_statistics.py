"""CI gates: fail levels, per-corpus rate gates, and statistics per rule and per site."""

from __future__ import annotations

import json
from pathlib import Path

CLEAN = '{"title": "Harbour reopens after storm", "url": "https://%s/a%d", "date": "2025-03-14", "text": "The harbour reopened on Monday."}'
SPILL = ('{"title": "Harbour reopens after storm", "url": "https://%s/b%d", "date": "2025-03-14", "text": '
         '"The harbour reopened on Monday.\\nMore from the Gazette\\nStorm closes coastal road for a night\\n'
         'School choir wins regional contest\\nBakery on Market Street marks 100 years"}')


def corpus(path: Path, spilled: int, clean: int, host: str = "gazette.example") -> Path:
    lines = [SPILL % (host, i) for i in range(spilled)] + [CLEAN % (host, i) for i in range(clean)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rate_gate_passes_under_the_limit_and_fails_over_it(run_cli, tmp_path: Path) -> None:
    corpus(tmp_path / "night.jsonl", spilled=1, clean=49)
    under = run_cli("check", "--max-rate", "unrelated-spillover=0.05", "night.jsonl")
    assert under.exit_code == 0, under.output
    assert "rate gate unrelated-spillover: 2.00% of articles (limit 5.00%) passed" in under.output
    over = run_cli("check", "--max-rate", "ART403=1%", "night.jsonl")
    assert over.exit_code == 1
    assert "rate gate unrelated-spillover: 2.00% of articles (limit 1.00%) FAILED" in over.output


def test_rate_gate_from_config_and_other_rules_still_fail(run_cli, tmp_path: Path) -> None:
    (tmp_path / ".artlint.yaml").write_text("max-rate:\n  unrelated-spillover: 0.5\n")
    corpus(tmp_path / "night.jsonl", spilled=1, clean=3)
    assert run_cli("check", "night.jsonl").exit_code == 0
    with open(tmp_path / "night.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"title": "Ferry timetable", "date": "2025-03-14", "text": "Advertisement\\nFerries run twice a day."}\n')
    assert run_cli("check", "night.jsonl").exit_code == 1


def test_bad_rate_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    corpus(tmp_path / "night.jsonl", 1, 1)
    result = run_cli("check", "--max-rate", "unrelated-spillover=2", "night.jsonl")
    assert result.exit_code == 2 and "--max-rate takes RULE=SHARE" in result.output


def test_statistics_per_rule_and_site(run_cli, tmp_path: Path) -> None:
    corpus(tmp_path / "a.jsonl", spilled=2, clean=2, host="www.gazette.example")
    corpus(tmp_path / "b.jsonl", spilled=1, clean=3, host="courier.example")
    output = run_cli("check", "--statistics", "a.jsonl", "b.jsonl").output
    rule_line = next(line for line in output.splitlines() if line.startswith("ART403"))
    assert rule_line.split() == ["ART403", "unrelated-spillover", "3", "3", "37.5%"]
    site_lines = {line.split()[0]: line for line in output.splitlines() if line.endswith(")") and "example" in line}
    assert site_lines["gazette.example"].split()[1] == "4"
    assert "unrelated-spillover 2 (50%)" in site_lines["gazette.example"]
    assert "unrelated-spillover 1 (25%)" in site_lines["courier.example"]


def test_json_summary_counts_articles(run_cli, tmp_path: Path) -> None:
    corpus(tmp_path / "a.jsonl", spilled=2, clean=3)
    summary = json.loads(run_cli("check", "--format", "json", "a.jsonl").output)["summary"]
    assert summary["articles"] == 5 and summary["by_rule"] == {"unrelated-spillover": 2}
