"""Corpus rules through the command line: --corpus, corpus: in config, baselines, fixes, -j, learn."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from artlint.cli import main
from artlint.corpus.rule import ArticleRef
from artlint.corpus.site_boilerplate import sentence_like
from artlint.corpus.site_lines import SiteLines
from artlint.schemas import validate
from tests.corpus.corpus_data import PROMO, write_corpus


def run(args: list[str], folder: Path) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip().startswith("{") else {}


def corpus_findings(report: dict, code: str) -> list[tuple[str, int | None, int, str]]:
    return [(Path(f["path"]).name, f["record"], f["line"], f["message"]) for f in report["findings"] if f["code"] == code]


def test_site_boilerplate_counts_each_page_once_and_needs_the_corpus_flag(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    code, plain = run(["--select", "ART210,ART407", "."], tmp_path)
    assert code == 0 and plain["findings"] == []
    code, report = run(["--select", "ART210,ART407", "--corpus", "."], tmp_path)
    assert code == 1
    found = corpus_findings(report, "ART210")
    # six distinct Herald pages (the seventh record is page 0 saved again): 6 of 6, not 7 of 7
    assert {m for *_, m in found} == {"line recurs in 6 of 6 articles of herald.example"}
    assert [(name, record, line) for name, record, line, _ in found] == [("herald.jsonl", r, 2) for r in range(7)]


def test_duplicates_point_at_the_first_copy(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    _, report = run(["--select", "ART407", "--corpus", "."], tmp_path)
    found = corpus_findings(report, "ART407")
    assert [(name, record) for name, record, _, _ in found] == [("herald.jsonl", 6), ("mirror.jsonl", 1), ("mirror.jsonl", 2)]
    assert found[0][3] == "body is an exact copy of herald.jsonl:1 [record 0] (herald.example-0)"
    assert found[1][3] == "body is an exact copy of herald.jsonl:4 [record 3] (herald.example-3)"
    assert found[2][3].startswith("body is a near-duplicate (") and found[2][3].endswith("of mirror.jsonl:1 [record 0] (gazette.example-1)")


def test_corpus_in_config_baseline_and_jobs(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    (tmp_path / ".artlint.yaml").write_text("corpus: true\nselect: [ART210, ART407]\n", encoding="utf-8")
    code, serial = run(["."], tmp_path)
    assert code == 1 and len(serial["findings"]) == 10
    _, parallel = run(["-j", "2", "."], tmp_path)
    assert parallel["findings"] == serial["findings"]
    run(["--write-baseline", "baseline.json", "."], tmp_path)
    code, left = run(["--baseline", "baseline.json", "."], tmp_path)
    assert code == 0 and left["findings"] == []


def test_workers_collect_the_corpus_pass_and_teach_the_rules_what_one_process_does(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from artlint.corpus import passes

    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    collected: list[int] = []
    by_workers = passes._collected_by_workers

    def spy(linter, setup, jobs, items):  # type: ignore[no-untyped-def]
        collected.append(jobs)
        return by_workers(linter, setup, jobs, items)

    monkeypatch.setattr(passes, "_collected_by_workers", spy)
    _, serial = run(["--select", "ART210,ART407", "--corpus", "-j", "1", "."], tmp_path)
    assert collected == []
    _, parallel = run(["--select", "ART210,ART407", "--corpus", "-j", "2", "."], tmp_path)
    assert collected == [2]
    assert parallel["findings"] == serial["findings"] and len(serial["findings"]) == 10


def test_fix_corpus_deletes_the_boilerplate_lines(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    result = CliRunner().invoke(main, ["fix", "--select", "ART210", "--corpus", "--unsafe-fixes", "herald.jsonl"])
    assert result.exit_code == 0, result.output
    texts = [json.loads(line)["text"] for line in (tmp_path / "herald.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(PROMO not in text and "The office gave no further details" in text for text in texts)


def test_learned_pack_is_valid_and_flags_the_same_lines(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    result = CliRunner().invoke(main, ["learn", ".", "-o", "site-pack.yaml"])
    assert result.exit_code == 0, result.output
    pack = yaml.safe_load((tmp_path / "site-pack.yaml").read_text(encoding="utf-8"))
    assert validate(pack, "rule-pack") == []
    assert [(r["hosts"], r["match"]["phrases"]) for r in pack["rules"]] == [(["herald.example"], [PROMO])]
    _, learned = run(["--select", "ART210", "--corpus", "herald.jsonl"], tmp_path)
    (tmp_path / ".artlint.yaml").write_text("packs: [site-pack.yaml]\nselect: [SITE]\n", encoding="utf-8")
    _, packed = run(["herald.jsonl"], tmp_path)
    where = [(f["record"], f["line"]) for f in packed["findings"]]
    assert where == [(f["record"], f["line"]) for f in learned["findings"]] and len(where) == 7


def test_learn_on_two_workers_writes_the_same_pack(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from artlint.corpus import passes

    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path)
    collected = passes._collected_by_workers
    calls = []
    monkeypatch.setattr(passes, "_collected_by_workers", lambda *a: calls.append(a[2]) or collected(*a))
    packs = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["learn", ".", "-o", f"pack-{jobs}.yaml", "-j", jobs])
        assert result.exit_code == 0, result.output
        packs.append((tmp_path / f"pack-{jobs}.yaml").read_text(encoding="utf-8").replace("pack-2", "pack-1"))
    assert calls == [2] and packs[0] == packs[1] and PROMO in packs[0]


def test_line_counts_stay_within_budget_and_keep_recurring_lines() -> None:
    counts = SiteLines(budget=50)
    ref = ArticleRef("a.jsonl", 0, "a.jsonl", "")
    from array import array

    for article in range(40):
        keys = array("Q", [2 * (1000 + article * 10 + n) for n in range(5)] + [2 * 7])  # 5 unique lines + a shared one
        counts.add(ref, ("site", article, keys.tobytes()))
    assert counts.prunings > 0 and len(counts.lines) <= 55
    assert counts.recurring()[14] == ("site", 40)


def test_a_chinese_or_japanese_line_reads_like_a_sentence_by_its_characters() -> None:
    options = {"sentence_words": 12}
    story = "港口委员会周二批准了新的渡轮时刻表。"
    assert sentence_like(story, story, options) == 1
    assert sentence_like("通勤者多年来一直要求增加早班船", "通勤者多年来一直要求增加早班船", options) == 0
    assert sentence_like("本网站所有内容。", "本网站所有内容。", options) == 0
    english = "The council approved the new ferry timetable on Tuesday after a long debate."
    assert sentence_like(english, english.lower(), options) == 1
