"""The command line end to end: exit codes, selection, fixes, diffs, stdin, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = """\
Harbour reopens after storm
2 min read
March 14, 2025

The harbour reopened on Monday after a week of repairs.

Advertisement

Fishing boats left at dawn, the harbour master said on Tuesday.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_check_reports_and_exits_1(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("check", "a.txt")
    assert result.exit_code == 1
    assert "a.txt:2:1: ART202 [*] reading-time reading-time badge left in the body: '2 min read'" in result.output
    assert "a.txt:7:1: ART204 [*] advertisement" in result.output
    assert "Found 2 findings in 1 article in 1 file." in result.output


def test_clean_file_exits_0(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "clean.txt", "Harbour reopens after storm\nMarch 14, 2025\n\nThe harbour reopened on Monday.\n")
    result = run_cli("check", "clean.txt")
    assert result.exit_code == 0, result.output
    assert "All checks passed" in result.output


def test_folder_is_walked_recursively_by_extension(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "scrape/one/a.txt", ARTICLE)
    write(tmp_path / "scrape/two/b.md", "---\ntitle: Harbour reopens\n---\nAdvertisement\nThe harbour reopened.\n")
    write(tmp_path / "scrape/notes.py", "print('not an article')\n")
    result = run_cli("check", "--format", "json", "scrape")
    paths = {f["path"] for f in json.loads(result.output)["findings"]}
    assert paths == {"scrape/one/a.txt", "scrape/two/b.md"}


def test_select_and_ignore_take_codes_prefixes_and_names(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    assert run_cli("check", "--select", "ART4", "a.txt").exit_code == 0
    assert run_cli("check", "--ignore", "reading-time,advertisement,page-debris", "a.txt").exit_code == 0
    assert run_cli("check", "--ignore", "ART2", "a.txt").exit_code == 0
    assert run_cli("check", "--select", "ART204,missing-date", "a.txt").exit_code == 1


def test_unknown_selector_is_a_usage_error_with_suggestion(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("check", "--select", "navigation-leftovr", "a.txt")
    assert result.exit_code == 2
    assert "unknown rule selector 'navigation-leftovr' (did you mean 'navigation-leftover'?)" in result.output
    result = run_cli("check", "--select", "art201", "a.txt")
    assert result.exit_code == 2
    assert "unknown rule selector 'art201' (did you mean 'ART201'?)" in result.output
    assert "(did you mean 'ALL'?)" in run_cli("check", "--select", "all", "a.txt").output


def test_fail_level_and_exit_zero(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    assert run_cli("check", "--fail-level", "error", "a.txt").exit_code == 0
    assert run_cli("check", "--exit-zero", "a.txt").exit_code == 0


def test_fix_writes_safe_fixes_and_reports_the_rest(run_cli, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("fix", "a.txt")
    assert result.exit_code == 0, result.output
    fixed = path.read_text(encoding="utf-8")
    assert "2 min read" not in fixed and "Advertisement" not in fixed
    assert fixed.count("\n") == ARTICLE.count("\n") - 3  # and one of the two blank lines the advert leaves
    assert "Fixed 3 findings." in result.output
    assert not list(tmp_path.glob(".artlint-*")), "no temp file may stay behind"


def test_diff_writes_nothing_and_exits_1(run_cli, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("fix", "--diff", "a.txt")
    assert result.exit_code == 1
    assert "-2 min read\n" in result.output and "--- a/a.txt" in result.output
    assert path.read_text(encoding="utf-8") == ARTICLE


def test_a_json_diff_shows_each_changed_field_line_by_line(run_cli, tmp_path: Path) -> None:
    record = {"title": "Harbour reopens", "date": "2025-03-14",
              "text": "Advertisement\nThe harbour reopened on Monday after three weeks of repairs.\nCrews worked all night."}
    clean = {**record, "text": "The ferry sailed on time on Tuesday, the operator said in a statement."}
    write(tmp_path / "night.jsonl", json.dumps(clean) + "\n" + json.dumps(record) + "\n")
    write(tmp_path / "one.json", json.dumps(record, indent=2))
    lines = run_cli("fix", "--diff", "night.jsonl").stdout
    assert lines == ("--- a/night.jsonl:2 text\n+++ b/night.jsonl:2 text\n@@ -1,3 +1,2 @@\n-Advertisement\n"
                     " The harbour reopened on Monday after three weeks of repairs.\n Crews worked all night.\n")
    whole = run_cli("fix", "--diff", "one.json").stdout
    assert whole.startswith("--- a/one.json text\n+++ b/one.json text\n") and "\n-Advertisement\n" in whole
    absolute = run_cli("fix", "--diff", str(tmp_path / "one.json")).stdout
    assert absolute.startswith(f"--- {tmp_path / 'one.json'} text\n")
    piped = run_cli("fix", "--diff", "-", input=json.dumps(clean) + "\n" + json.dumps(record) + "\n").stdout
    assert piped.startswith("--- a/-:2 text\n+++ b/-:2 text\n@@ -1,3 +1,2 @@\n-Advertisement\n")


def test_unsafe_fixes_need_the_flag(run_cli, tmp_path: Path) -> None:
    record = {"title": "Harbour reopens", "text": "March 14, 2025\nThe harbour reopened on Monday after a week of repairs to the sea wall.", "x": 1}
    path = write(tmp_path / "a.json", json.dumps(record))
    run_cli("fix", "a.json")
    assert json.loads(path.read_text())  == record
    run_cli("fix", "--unsafe-fixes", "a.json")
    # the date moves from the text into the field; then the dateline is page debris like any other
    assert json.loads(path.read_text()) == {**record, "date": "2025-03-14", "text": record["text"].split("\n", 1)[1]}


def test_stdin_check_and_fix(run_cli) -> None:
    result = run_cli("check", "-", input=ARTICLE)
    assert result.exit_code == 1 and "-:2:1: ART202" in result.output
    named = run_cli("check", "--stdin-filename", "piped.md", "-", input="# Title here\nShare\nText.\n")
    assert "piped.md:2:1: ART203" in named.output
    fixed = run_cli("fix", "-", input=ARTICLE)
    assert fixed.stdout.startswith("Harbour reopens after storm\nMarch 14, 2025\n")


def test_missing_path_is_a_usage_error_but_the_rest_runs(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("check", "nope.txt", "a.txt")
    assert result.exit_code == 2
    assert "artlint: error: nope.txt: no such file or directory" in result.output
    assert "a.txt:2:1: ART202" in result.output


def test_bad_input_never_shows_a_traceback(run_cli, tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Title\n\xff\xfe broken")
    (tmp_path / "bin.json").write_bytes(b"\x00\x01\x02")
    write(tmp_path / "good.txt", ARTICLE)
    result = run_cli("check", ".")
    assert result.exit_code == 1
    assert "bad.txt:1:1: ART901 unreadable-file invalid UTF-8 at byte 6" in result.output
    assert "bin.json:1:1: ART901 unreadable-file binary file" in result.output
    assert "good.txt:2:1: ART202" in result.output
    assert "Traceback" not in result.output


def test_rule_command_prints_the_manual(run_cli) -> None:
    result = run_cli("rule", "ART403")
    assert result.exit_code == 0
    assert "unrelated-spillover" in result.output and "Why" in result.output and "Fix safety" in result.output
    pack_rule = run_cli("rule", "navigation-leftover")
    assert "Example" in pack_rule.output and "Fix safety" in pack_rule.output


def test_rules_command_lists_builtins(run_cli) -> None:
    result = run_cli("rules")
    for name in ("missing-date", "navigation-leftover", "duplicate-headline", "unrelated-spillover"):
        assert name in result.output


def test_python_dash_m_and_console_script(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    script = Path(sys.executable).with_name("artlint")
    assert script.exists(), "the console script is installed next to the interpreter"
    for command in ([sys.executable, "-m", "artlint"], [str(script)]):
        result = subprocess.run([*command, "check", "a.txt"], cwd=tmp_path, capture_output=True, text=True, check=False)
        assert result.returncode == 1 and "a.txt:2:1: ART202" in result.stdout



def test_repository_docs_are_not_articles_in_a_walk(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "scrape/README.md", "# About this scrape\n\nShare\n")
    write(tmp_path / "scrape/LICENSE.txt", "Share\n")
    write(tmp_path / "scrape/a.txt", ARTICLE)
    walked = json.loads(run_cli("check", "--format", "json", "scrape").output)
    assert {f["path"] for f in walked["findings"]} == {"scrape/a.txt"}
    named = json.loads(run_cli("check", "--format", "json", "scrape/README.md").output)
    assert {f["path"] for f in named["findings"]} == {"scrape/README.md"}


def test_fix_writes_through_a_symlink_to_its_target(run_cli, tmp_path: Path) -> None:
    target = write(tmp_path / "real.txt", ARTICLE)
    (tmp_path / "link.txt").symlink_to(target)
    result = run_cli("fix", "link.txt")
    assert f"link.txt is a symlink; fixed its target {target}" in result.stderr
    assert (tmp_path / "link.txt").is_symlink()
    assert "Advertisement" not in target.read_text()


def test_symlink_loop_in_a_folder_is_no_crash(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "d/a.txt", ARTICLE)
    (tmp_path / "d/x.txt").symlink_to("y.txt")
    (tmp_path / "d/y.txt").symlink_to("x.txt")
    result = run_cli("check", "d")
    assert "d/a.txt:2:1: ART202" in result.output
    assert "d/x.txt:1:1: ART901 unreadable-file cannot read" in result.output


def test_report_file_that_cannot_be_written_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("check", "-o", "missing/dir/report.txt", "a.txt")
    assert result.exit_code == 2
    assert "missing/dir/report.txt: cannot write the report" in result.output


def test_diff_keeps_stdout_for_the_diff_and_says_would_fix(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = run_cli("fix", "--diff", "--format", "json", "a.txt")
    assert result.stdout.startswith("--- a/a.txt\n")
    assert json.loads(result.stderr)["summary"]["fixed"] == 3
    text = run_cli("fix", "--diff", "a.txt")
    assert "Would fix 3 findings." in text.stderr


def test_rules_and_rule_in_json(run_cli) -> None:
    listed = {r["name"]: r for r in json.loads(run_cli("rules", "--format", "json").output)}
    assert listed["unrelated-spillover"] == {
        "code": "ART403", "name": "unrelated-spillover", "family": "structure", "severity": "warning",
        "fixable": "unsafe", "origin": "structure",
        "summary": "A block of other articles' headlines or teasers appended after the article.",
    }
    assert listed["navigation-leftover"]["fixable"] == "safe or unsafe"
    assert listed["fix-rejected"]["family"] == "engine"
    manual = json.loads(run_cli("rule", "missing-date", "--format", "json").output)
    assert manual["code"] == "ART102" and "\nFix safety\n" in manual["documentation"]


def test_a_missing_path_is_in_every_report_and_the_summary_does_not_say_passed(run_cli, tmp_path: Path) -> None:
    from artlint.schemas import validate

    clean = "Harbour reopens after storm\nMarch 14, 2025\n\nThe harbour reopened on Monday after three weeks of repairs to the sea wall.\n"
    write(tmp_path / "a.txt", clean)
    text = run_cli("check", "nope.txt", "a.txt")
    assert text.exit_code == 2
    assert "All checks passed" not in text.stdout
    assert text.stdout.strip().endswith("No findings in 1 article in 1 file. 1 path could not be read.")
    report = json.loads(run_cli("check", "--format", "json", "nope.txt", "a.txt").stdout)
    assert report["errors"] == ["nope.txt: no such file or directory"] and validate(report, "report") == []
    assert "errors" not in json.loads(run_cli("check", "--format", "json", "a.txt").stdout)
    github = run_cli("check", "--format", "github", "nope.txt", "a.txt").stdout
    assert github.startswith("::error title=artlint::nope.txt: no such file or directory\n")


def test_a_folder_walk_passes_over_manifests_and_json_without_article_fields(run_cli, tmp_path: Path) -> None:
    write(tmp_path / "package.json", '{"name": "scraper", "version": "1.0.0", "dependencies": {}}')
    write(tmp_path / "requirements-dev.txt", "requests==2.32\n")
    write(tmp_path / "baseline.json", '{"version": 1, "fingerprints": {}}')
    write(tmp_path / "a.txt", ARTICLE)
    walked = run_cli("check", ".")
    assert {line.split(":")[0] for line in walked.stdout.splitlines()[:-1]} == {"a.txt"}
    assert "baseline.json" in run_cli("check", "baseline.json").stdout  # named: read as asked


def test_json_and_json_lines_on_stdin_are_read_as_such_without_a_file_name(run_cli) -> None:
    record = {"title": "Harbour reopens", "date": "2025-03-14",
              "text": "The harbour reopened on Monday after three weeks of repairs.\nAdvertisement"}
    one = run_cli("check", "-", input=json.dumps(record, indent=2))
    assert "-:1:1" not in one.stdout and "ART204" in one.stdout and "ART405" not in one.stdout
    lines = run_cli("check", "-", input=json.dumps(record) + "\n" + json.dumps(record) + "\n")
    assert "[record 1]" in lines.stdout
    fixed = run_cli("fix", "-", input=json.dumps(record) + "\n")
    assert json.loads(fixed.stdout)["text"] == "The harbour reopened on Monday after three weeks of repairs."
