"""Runs that hold more findings than `spool.SPILL_AT` spill them to a temp file: every report stays the same."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from artlint import chunks, spool
from artlint.article import Source, Span
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability, Edit, Fix
from artlint.linter import FileResult
from artlint.report import Report
from artlint.reporters.common import stable_keys, streamed_keys
from artlint.run import RunOptions, run_files
from artlint.session import open_session
from artlint.spool import Spilled, Spool, decode, decode_outlines, encode, outline, spooled

FORMATS = ["text", "json", "jsonl", "sarif", "junit", "github", "gitlab", "html"]


def night(path: Path, count: int) -> None:
    """Records with debris, several sites, one record twice (same id: the same fingerprints) and a broken line."""
    lines = []
    for index in range(count):
        text = f"The ferry to Skerrin Island sailed at {index} past nine.\n\nShare this article\n\nAdvertisement"
        if index % 4 == 0:
            text += "\n\nRead more: Quay works start in May\nRead more: Lighthouse repainted"
        site = ("tidewater.example", "coastline.example", "harbourpost.example")[index % 3]
        lines.append(json.dumps({"id": f"n{index}", "title": f"Ferry timetable {index}", "url": f"https://{site}/{index}",
                                 "date": "2025-04-02", "text": text}))
        if index == 7:
            lines.append(lines[-1])
            lines.append('{"id": "torn", "title": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def scrape(tmp_path: Path) -> list[str]:
    night(tmp_path / "night.jsonl", 60)
    (tmp_path / "note.txt").write_text("Quay works start\n2 May 2025\n\nAdvertisement\n\nThe quay closes for a month.\n")
    return ["night.jsonl", "note.txt"]


def outputs(run_cli, files: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Each format's report (and the GitHub step summary, the rate gates, the exit codes) of one run per format."""
    found = {}
    for fmt in FORMATS:
        summary = tmp_path / f"{fmt}-{spool.SPILL_AT}-{chunks.CHUNK_BYTES}.md"
        monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
        result = run_cli("check", "--no-cache", "--format", fmt, "--max-rate", "page-debris=0.5", *files)
        found[fmt] = (result.stdout + (summary.read_text() if summary.exists() else ""), result.exit_code)
    stats = run_cli("check", "--no-cache", "--statistics", "--show-fixes", "--max-rate", "ART201=1", *files)
    found["statistics"] = (stats.stdout, stats.exit_code)
    return found


@pytest.mark.parametrize("chunk_bytes", [None, 900], ids=["whole-file", "chunked"])
def test_a_spilled_run_reports_what_a_run_in_memory_reports(run_cli, scrape: list[str], tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch, chunk_bytes: int | None) -> None:
    in_memory = outputs(run_cli, scrape, tmp_path, monkeypatch)
    monkeypatch.setattr(spool, "SPILL_AT", 3)
    if chunk_bytes:
        monkeypatch.setattr(chunks, "CHUNK_BYTES", chunk_bytes)
    spilled = outputs(run_cli, scrape, tmp_path, monkeypatch)
    for fmt, (text, code) in in_memory.items():
        assert spilled[fmt] == (text, code), fmt
    assert in_memory["json"][1] == 1 and "rate gate page-debris: " in in_memory["text"][0]
    assert json.loads(in_memory["json"][0])["summary"]["findings"] > 100
    assert ':2"' in in_memory["sarif"][0], "the record seen twice gives repeated keys"


def test_parallel_spilled_run_and_the_baseline_match_the_serial_run(run_cli, scrape: list[str],  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    serial = run_cli("check", "--no-cache", "--format", "sarif", *scrape).stdout
    run_cli("check", "--no-cache", "--write-baseline", "base.json", "night.jsonl")
    known = run_cli("check", "--no-cache", "--baseline", "base.json", "--format", "json", *scrape)
    monkeypatch.setattr(spool, "SPILL_AT", 3)
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 900)
    assert run_cli("check", "--no-cache", "-j", "2", "--format", "sarif", *scrape).stdout == serial
    spilled_known = run_cli("check", "--no-cache", "--baseline", "base.json", "--format", "json", *scrape)
    assert (spilled_known.stdout, spilled_known.exit_code) == (known.stdout, known.exit_code)
    assert {f["path"] for f in json.loads(known.stdout)["findings"]} == {"note.txt"}
    run_cli("check", "--no-cache", "--write-baseline", "spilled.json", "night.jsonl")
    assert Path("spilled.json").read_text() == Path("base.json").read_text()


def test_a_large_file_keeps_fewer_than_spill_at_findings_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    night(tmp_path / "night.jsonl", 60)
    linter = open_session().linter
    [whole] = run_files(linter, [str(tmp_path / "night.jsonl")])
    monkeypatch.setattr(spool, "SPILL_AT", 5)
    monkeypatch.setattr(chunks, "CHUNK_BYTES", 900)
    report = Report()
    for result in run_files(linter, [str(tmp_path / "night.jsonl")], RunOptions(spool=report.spool)):
        report.add(result)
    [streamed] = report.results
    assert streamed.spilled is not None and len(streamed.findings) < 5
    assert list(streamed.all_findings()) == whole.findings and streamed.finding_count == len(whole.findings)
    assert report.findings == whole.findings


def test_the_report_spills_many_small_results(monkeypatch: pytest.MonkeyPatch) -> None:
    findings = [finding(f"fp{i}", record=i) for i in range(25)]
    monkeypatch.setattr(spool, "SPILL_AT", 4)
    report = Report()
    for index in range(0, 25, 2):
        report.add(FileResult("a.jsonl", findings[index:index + 2]))
        assert sum(len(r.findings) for r in report.results) <= 4
    assert sum(r.spilled is not None for r in report.results) >= 10
    assert report.findings == findings and report.finding_count == 25
    assert report.summary()["findings"] == 25 and report.worst() is Severity.WARNING


def finding(fingerprint: str, record: int = 0, path: str = "a.jsonl") -> Finding:
    return Finding("ART204", "advertisement", Severity.WARNING, "an advert", Span("body", 0, 3), None,
                   Source(path, record, record + 1, True), 1, 1, 1, 4, fingerprint)


def test_spool_reads_back_batches_in_order_and_splits_at_spill_at(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spool, "SPILL_AT", 4)
    findings = [finding(f"fp{i}", record=i) for i in range(10)]
    store = Spool()
    head, tail = spooled(iter(findings), store)
    assert head is not None and len(head) == 8 and len(head.batches) == 2 and tail == findings[8:]
    assert [*head, *tail] == findings
    again = Spilled(store)
    again.add(findings[:3])
    assert list(again) == findings[:3] and list(head) == findings[:8], "batches of one spool do not mix"
    assert spooled(iter(findings[:3]), store) == (None, findings[:3])
    store.close()


def test_streamed_keys_number_repeats_even_when_the_filter_is_full() -> None:
    findings = [finding("same"), finding("other"), finding("same"), finding("same", path="b.jsonl"), finding("same")]
    keys = stable_keys(findings)
    assert [k.rsplit(":", 1)[1] for k in keys] == ["1", "1", "2", "1", "3"]
    assert len({k.rsplit(":", 1)[0] for k in keys}) == 3
    many = [finding(f"fp{i}") for i in range(300)] + [finding("fp7")]
    saturated = list(streamed_keys(lambda: many, 1))  # a filter of 64 bits: nearly every hash looks seen before
    assert saturated == stable_keys(many)
    assert saturated[-1] == saturated[7][:-1] + "2" and len(set(saturated)) == len(saturated)


class LocalFinding(Finding):
    """A plugin's own kind of finding: the spool keeps its type."""

    __slots__ = ()


def test_the_codec_keeps_every_field_and_pickles_what_it_does_not_know() -> None:
    fix = Fix(Applicability.UNSAFE, (Edit(Span("body", 0, 3), "new \ud800 text"), Edit(Span("title", 1, 1))), "cut it")
    place = Source("feeds/b.jsonl", 4, 5, True)
    plain = [finding("a"), replace(finding("b"), fix=fix, source=None, severity=Severity.ERROR),
             replace(finding("c"), message="a lone \udc80 surrogate", source=place), replace(finding("d"), source=place)]
    data = encode(plain)
    back = decode(data)
    assert data[:1] == b"M" and back == plain
    assert back[2].source is back[3].source, "an article's findings share one Source again"
    assert decode_outlines(data) == [outline(f) for f in plain]
    assert decode_outlines(data)[1] == ("ART204", "advertisement", Severity.ERROR, Applicability.UNSAFE)
    for odd in (LocalFinding("X001", "local", Severity.INFO, "m", Span("body", 1, 2)),
                replace(finding("e"), severity="warning")):  # type: ignore[arg-type]
        foreign = [*plain, odd]
        data = encode(foreign)
        assert data[:1] == b"P" and decode(data) == foreign and type(decode(data)[-1]) is type(odd)
        assert type(decode(data)[-1].severity) is type(odd.severity)
        assert decode_outlines(data) == [outline(f) for f in foreign]


@pytest.mark.parametrize("spill_at", [4, 100])
def test_packed_parts_assemble_as_the_parts_themselves(monkeypatch: pytest.MonkeyPatch, spill_at: int) -> None:
    monkeypatch.setattr(spool, "SPILL_AT", spill_at)
    findings = [finding(f"fp{i}", record=i) for i in range(11)]
    batches = [findings[0:1], findings[1:6], findings[6:8], findings[8:11]]
    assembled = []
    for packing in (False, True):
        assembly = chunks.Assembly("a.jsonl", fix=False, diff=False, spool=Spool())
        for index, batch in enumerate(batches):
            part = FileResult("a.jsonl", [] if packing else list(batch), articles=len(batch))
            chunk = chunks.Chunk(b"{}\n", index, index + 1)
            assembly.add(part, chunk, spool.Packed(batch) if packing else None)
        assembled.append(assembly.finish())
    plain, packed = assembled
    assert list(packed.all_findings()) == list(plain.all_findings()) == findings
    assert (packed.spilled is None) is (plain.spilled is None) is (spill_at == 100)
    assert packed.finding_count == plain.finding_count == 11 and packed.articles == 11
    assert len(packed.findings) <= len(plain.findings) < spill_at
