"""SARIF: valid against the official 2.1.0 schema, rules described from their manuals, results located and
fingerprinted, fixes only where they are exact."""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from reporter_corpus import ARTICLES, HARBOUR, build_report

from artlint.article import Source, Span
from artlint.config import Settings
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability, Edit, Fix
from artlint.linter import FileResult
from artlint.locating import fingerprint
from artlint.report import Report
from artlint.reporters.common import path_uri
from artlint.reporters.sarif import doc_markdown, report_sarif
from artlint.testing import fix_text

SCHEMA = Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json"


@cache
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def sarif(report: Report) -> dict[str, Any]:
    out = io.StringIO()
    report_sarif(report, out, {})
    return json.loads(out.getvalue())


def results(log: dict[str, Any]) -> list[dict[str, Any]]:
    return log["runs"][0]["results"]  # type: ignore[no-any-return]


def assert_valid(log: dict[str, Any]) -> None:
    errors = sorted(validator().iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_the_log_validates_against_the_official_schema(sample_report: Report) -> None:
    log = sarif(sample_report)
    assert_valid(log)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    assert log["runs"][0]["tool"]["driver"]["name"] == "artlint"


def test_an_empty_run_and_a_hand_built_report_validate_too() -> None:
    assert_valid(sarif(Report()))
    stray = Finding("XYZ001", "stray-rule", Severity.INFO, "from a report built by hand", Span("body", 0, 3),
                    source=Source("a.txt"), line=2, column=1, end_line=2, end_column=4)
    log = sarif(Report([FileResult("a.txt", [stray])]))
    assert_valid(log)
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "XYZ001"


def test_every_result_points_at_its_rule(sample_report: Report) -> None:
    log = sarif(sample_report)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({r["id"] for r in rules})
    for result in results(log):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    # only the rules with results are described, each of them once
    assert {r["id"] for r in rules} == {r["ruleId"] for r in results(log)}
    assert "ART902" in {r["ruleId"] for r in results(log)}  # engine findings are results too


def test_rules_are_described_from_their_manuals(sample_report: Report) -> None:
    for descriptor in sarif(sample_report)["runs"][0]["tool"]["driver"]["rules"]:
        rule = sample_report.rules[descriptor["id"]]
        doc = rule.documentation()
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == doc
        assert descriptor["help"] == {"text": doc, "markdown": doc_markdown(doc)}
        assert descriptor["defaultConfiguration"]["level"] == {"info": "note", "warning": "warning", "error": "error"}[
            rule.severity]


def test_levels_follow_each_finding_severity(sample_report: Report) -> None:
    levels = {(f.code, str(f.severity)) for f in sample_report.findings}
    got = {(r["ruleId"], r["level"]) for r in results(sarif(sample_report))}
    mapping = {"info": "note", "warning": "warning", "error": "error"}
    assert got == {(code, mapping[severity]) for code, severity in levels}
    assert {"note", "warning", "error"} <= {level for _, level in got}


def test_manual_markdown_escapes_outside_code_spans() -> None:
    doc = "Catches <h1> and [*] marks.\n\nExample\n  before: a_b\n  after: `x*y` and a ` alone\n\nOptions\nnear_lines: 5"
    assert doc_markdown(doc) == (
        "Catches \\<h1\\> and \\[\\*\\] marks.\n\n#### Example\nbefore: a\\_b  \nafter: `x*y` and a \\` alone  \n\n"
        "#### Options\nnear\\_lines: 5"
    )


def test_locations_in_text_files_are_file_regions(sample_report: Report) -> None:
    by_message = {r["message"]["text"]: r for r in results(sarif(sample_report))}
    result = by_message["body line repeats the headline"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "corpus/harbour%20news.txt"
    assert location["region"] == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 46}


def test_json_positions_go_to_the_message_and_a_property_bag(sample_report: Report) -> None:
    log = sarif(sample_report)
    panels = [r for r in results(log) if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/panels.json"
              and r["ruleId"] == "ART204"]
    assert [r["locations"][0]["physicalLocation"]["region"] for r in panels] == [{"startLine": 1}, {"startLine": 1}]
    assert [r["message"]["text"].rsplit(" [", 1)[1] for r in panels] == ["body 3:1]", "body 7:1]"]
    assert panels[1]["properties"] == {
        "field": "body", "fieldRegion": {"startLine": 7, "startColumn": 1, "endLine": 7, "endColumn": 14},
    }
    overnight = {r["ruleId"]: r for r in results(log) if "overnight" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]}
    # JSON Lines: the record's own line in the file
    assert overnight["ART403"]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert overnight["ART902"]["locations"][0]["physicalLocation"]["region"] == {"startLine": 3}
    assert overnight["ART902"]["message"]["text"].endswith("[record 2]")
    assert overnight["ART405"]["properties"] == {"field": "body", "record": 3}
    assert not any("fixes" in r for r in panels + list(overnight.values()))


@pytest.mark.parametrize(("path", "uri"), [
    ("corpus/harbour news.txt", "corpus/harbour%20news.txt"),
    ("./a/b.txt", "a/b.txt"),
    ("100% #1?.txt", "100%25%20%231%3F.txt"),
    ("/srv/scrape/a b.jsonl", "file:///srv/scrape/a%20b.jsonl"),
    ("café.md", "caf%C3%A9.md"),
])
def test_paths_become_uri_references(path: str, uri: str) -> None:
    assert path_uri(path) == uri


def test_partial_fingerprints_are_unique_and_survive_unrelated_edits(sample_report: Report) -> None:
    keys = [r["partialFingerprints"]["artlintFingerprint/v1"] for r in results(sarif(sample_report))]
    assert len(set(keys)) == len(keys)
    edited = dict(ARTICLES)
    edited["corpus/harbour news.txt"] = HARBOUR.replace("The first trawlers", "Crews worked through the weekend to finish the last section of the wall.\n\nThe first trawlers")
    again = [r["partialFingerprints"]["artlintFingerprint/v1"] for r in results(sarif(build_report(edited)))]
    assert again == keys


def _apply(text: str, replacements: list[dict[str, Any]]) -> str:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def offset(line: int, column: int) -> int:
        return starts[line - 1] + column - 1

    for replacement in sorted(replacements, key=lambda r: (r["deletedRegion"]["startLine"], r["deletedRegion"]["startColumn"]),
                              reverse=True):
        region = replacement["deletedRegion"]
        start, end = offset(region["startLine"], region["startColumn"]), offset(region["endLine"], region["endColumn"])
        text = text[:start] + replacement.get("insertedContent", {}).get("text", "") + text[end:]
    return text


def test_fixes_applied_as_text_replacements_give_what_artlint_fix_writes() -> None:
    path = "corpus/harbour news.txt"
    log = sarif(build_report({path: HARBOUR}))
    replacements = [rep for r in results(log) for fix in r.get("fixes", []) for change in fix["artifactChanges"]
                    for rep in change["replacements"]]
    assert len(replacements) == 3  # '3 min read', the repeated headline, the sign-up prompt
    # one round of fixes: SARIF cannot say that the whitespace rule then folds the blank lines they leave
    assert _apply(HARBOUR, replacements) == fix_text(HARBOUR, path, unsafe=True, settings=Settings(ignore=["whitespace"]))


def _crafted(text: str, field_text: str, flagged: tuple[int, int], edit: tuple[int, int],
             fingerprint_of: str | None = None, applicability: Applicability = Applicability.SAFE) -> dict[str, Any]:
    """The SARIF result of a body finding in a text file whose title line is not part of the body field."""
    start, end = flagged
    finding = Finding(
        "ART201", "navigation-leftover", Severity.WARNING, "crafted", Span("body", start, end),
        Fix(applicability, (Edit(Span("body", *edit)),), "delete the line"), Source("a.txt"), 1, 1, 1, end - start + 1,
        fingerprint("ART201", "", "body", fingerprint_of if fingerprint_of is not None else field_text[start:end]),
    )
    return results(sarif(Report([FileResult("a.txt", [finding], original=text.encode())])))[0]


FILE = "Nav\nThe title line\nBody text.\n"
BODY = "Nav\nBody text.\n"  # the body field: the file without its title line


def test_a_fix_is_kept_when_it_ends_where_the_title_line_starts() -> None:
    fixes = _crafted(FILE, BODY, (0, 3), (0, 4))["fixes"]
    region = fixes[0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert region == {"startLine": 1, "startColumn": 1, "endLine": 2, "endColumn": 1}
    assert "safe fix" in fixes[0]["description"]["text"]


@pytest.mark.parametrize(("edit", "fingerprint_of", "applicability"), [
    ((0, 8), None, Applicability.SAFE),               # runs on into the body, past the title line in the file
    ((0, 4), "Something else", Applicability.SAFE),   # the file at the finding's place is not the flagged text
    ((0, 4), None, Applicability.DISPLAY_ONLY),       # not a fix to apply
])
def test_a_fix_that_cannot_be_expressed_exactly_is_left_out(edit: tuple[int, int], fingerprint_of: str | None,
                                                            applicability: Applicability) -> None:
    result = _crafted(FILE, BODY, (0, 3), edit, fingerprint_of, applicability)
    assert "fixes" not in result
    assert_valid({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "artlint"}}, "results": [result]}]})


def test_a_path_that_could_not_be_read_makes_the_run_unsuccessful() -> None:
    missing = FileResult("nope.txt", error="nope.txt: no such file or directory")
    log = sarif(Report([missing]))
    assert_valid(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert [n["message"]["text"] for n in invocation["toolExecutionNotifications"]] == ["nope.txt: no such file or directory"]
    assert "invocations" not in sarif(Report())["runs"][0]  # a clean run says nothing more
