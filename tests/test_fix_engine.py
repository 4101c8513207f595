"""The fix engine: fixed point with a cap, invariants checked before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from artlint.config import Settings
from artlint.testing import fix_text, run_text

PLUGIN = '''
from artlint import Applicability, Edit, Fix, Rule, Span, hookimpl

class {cls}(Rule):
    """Test rule.

    Why
    Test.
    """
    code = "{code}"
    name = "{name}"

    def check(self, article, options):
{body}

@hookimpl
def artlint_register_rules(register):
    register({cls})
'''

GROWING = """        end = len(article.body.value)
        yield self.finding(Span("body", 0, 0), "always more", Fix(Applicability.SAFE, (Edit(Span("body", end, end), "x"),)))"""
DATE_IN_TEXT = """        if not article.value("date"):
            yield self.finding(Span("date", 0, 0), "no date", Fix(Applicability.SAFE, (Edit(Span("date", 0, 0), "2025-01-01"),)))"""
BODY_EDIT = """        yield self.finding(Span("body", 0, 1), "first letter", Fix(Applicability.SAFE, (Edit(Span("body", 0, 1)),)))"""


def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, body: str) -> Settings:
    module = name.replace("-", "_")
    source = PLUGIN.format(cls="TestRule", code="TEST001", name=name, body=body)
    (tmp_path / f"{module}.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    return Settings(plugins=[module], select=["TEST001"])


def test_fixes_that_never_settle_stop_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = plugin(tmp_path, monkeypatch, "growing", GROWING)
    result = run_text("Title line here\nText.\n", fix=True, settings=settings)
    codes = [f.code for f in result.findings]
    assert "ART904" in codes
    assert result.fixes_applied == 10
    assert result.output == b"Title line here\nText.\n" + b"x" * 10


def test_a_fix_the_format_cannot_hold_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = plugin(tmp_path, monkeypatch, "date-in-text", DATE_IN_TEXT)
    result = run_text("Title line here\nText.\n", fix=True, settings=settings)
    rejected = [f for f in result.findings if f.code == "ART905"]
    assert len(rejected) == 1
    assert rejected[0].message == "fix by date-in-text not applied: plain text has no date field to write"
    assert result.output is None


def test_a_fix_to_a_field_that_is_no_string_keeps_the_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = plugin(tmp_path, monkeypatch, "body-edit", BODY_EDIT)
    content = '{"title": "T", "text": ["one", "two"]}\n{"title": "U", "text": "bc"}\n'
    result = run_text(content, "night.jsonl", fix=True, settings=settings)
    rejected = [(f.source.record, f.message) for f in result.findings if f.code == "ART905" and f.source]
    assert rejected == [(0, "fix by body-edit not applied: field 'text' is not a string; a fix cannot rewrite it")]
    assert result.output is not None
    assert result.output.decode() == '{"title": "T", "text": ["one", "two"]}\n{"title": "U", "text": ""}\n'


def test_json_fix_keeps_everything_outside_its_edits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = '{\n  "id": 7,\n  "title": "Harbour reopens",\n  "date": null,\n  "text": "March 14, 2025\\nAdvertisement\\nThe harbour reopened on Monday after a week of repairs to the sea wall.",\n  "extra": {"nested": [1, 2]}\n}\n'
    result = run_text(content, "a.json", fix=True, unsafe=True)
    expected = content.replace('"date": null', '"date": "2025-03-14"').replace("March 14, 2025\\nAdvertisement\\n", "")
    assert result.output is not None and result.output.decode() == expected


def test_a_rejected_fix_keeps_the_file_and_exits_2(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plugins").mkdir()
    plugin(tmp_path / "plugins", monkeypatch, "date-in-text", DATE_IN_TEXT)
    (tmp_path / ".artlint.yaml").write_text("plugins: [date_in_text]\nselect: [TEST001]\n")
    article = tmp_path / "a.txt"
    article.write_text("Title line here\nText.\n")
    result = run_cli("fix", "a.txt")
    assert result.exit_code == 2
    assert "ART905 fix-rejected fix by date-in-text not applied" in result.output
    assert article.read_text() == "Title line here\nText.\n"


SPILLOVER = (
    "Ferry timetable changes for winter\n\n"
    "The ferry company will run two crossings a day from November, down from four, it said on Monday.\n\n"
    "Passengers with season tickets will be offered a refund for the weeks affected by the change.\n\n"
    "The harbour master said the quieter months give the crews time to service both vessels.\n\n"
    "More from the Gazette\n"
    "Council votes to keep library open on Sundays\n"
    "Rovers appoint former captain as manager\n"
    "New bus shelter design unveiled after consultation\n"
    "Bakery on Mill Street celebrates fifty years\n"
)


def test_a_general_rule_is_silent_inside_a_block_a_finer_rule_deletes() -> None:
    alone = run_text(SPILLOVER, select=["page-debris"])
    both = run_text(SPILLOVER, select=["page-debris", "unrelated-spillover"])
    assert len([f for f in alone.findings if f.name == "page-debris"]) >= 3
    assert [f.name for f in both.findings] == ["unrelated-spillover"]
    fixed = run_text(SPILLOVER, select=["page-debris", "unrelated-spillover"], fix=True, unsafe=True)
    assert fixed.output is not None and b"Bakery" not in fixed.output and b"harbour master" in fixed.output


def test_a_safe_fix_is_not_hidden_by_an_unsafe_block() -> None:
    with_safe_line = SPILLOVER.replace("Rovers appoint", "Back to top\nRovers appoint")
    findings = run_text(with_safe_line, select=["navigation-leftover", "unrelated-spillover", "page-debris"]).findings
    assert [(f.name, f.line) for f in findings] == [("unrelated-spillover", 9), ("navigation-leftover", 11)]
    block, navigation = findings
    assert block.fix is not None and block.fix.applicability.value == "unsafe"
    assert navigation.fix is not None and navigation.fix.applicability.value == "safe"  # so it stays reported


def test_a_safe_fix_of_a_line_stays_when_an_unsafe_block_starts_at_it() -> None:
    text = SPILLOVER.split("More from the Gazette")[0] + "Tags\nFerry timetables\nWinter crossings\n"
    findings = run_text(text, select=["navigation-leftover", "page-tail"]).findings
    assert [(f.name, f.line) for f in findings] == [("navigation-leftover", 9), ("page-tail", 9)]
    safe = run_text(text, select=["navigation-leftover", "page-tail"], fix=True)
    assert safe.output is not None and b"Tags" not in safe.output and b"Winter crossings" in safe.output
    unsafe = run_text(text, select=["navigation-leftover", "page-tail"], fix=True, unsafe=True)
    assert unsafe.output is not None and b"Winter crossings" not in unsafe.output
    assert b"service both vessels" in unsafe.output


def test_a_block_is_reported_once_when_a_finer_rule_cuts_the_same_block() -> None:
    text = SPILLOVER.replace("More from the Gazette", "Most read")
    both = run_text(text, select=["unrelated-spillover", "page-tail"]).findings
    assert [f.name for f in run_text(text, select=["page-tail"]).findings] == ["page-tail"]
    assert [f.name for f in both] == ["unrelated-spillover"]


def test_a_line_finding_does_not_silence_a_general_block_that_starts_at_it() -> None:
    text = SPILLOVER.split("More from the Gazette")[0] + "Share this\nFerry timetables\nWinter crossings\n"
    findings = run_text(text, select=["share-prompt", "page-tail"]).findings
    assert [(f.name, f.line) for f in findings] == [("share-prompt", 9), ("page-tail", 9)]
    fixed = run_text(text, select=["share-prompt", "page-tail"], fix=True, unsafe=True)
    assert fixed.output is not None and b"Winter crossings" not in fixed.output


SUGGESTED_TAIL = """pack: suggestions
rules:
  - code: XTL001
    name: suggested-tail
    kind: section
    fix: display-only
    summary: A tail block from a 'More from' marker, shown as a suggestion only.
    match:
      phrases: ["More from the Gazette"]
      after: 0.3
"""


def test_a_display_only_block_hides_nothing(tmp_path: Path) -> None:
    pack = tmp_path / "suggestions.yaml"
    pack.write_text(SUGGESTED_TAIL)
    settings = Settings(packs=[pack])
    found = run_text(SPILLOVER, select=["suggested-tail", "page-debris"], settings=settings).findings
    assert "suggested-tail" in [f.name for f in found]
    assert len([f for f in found if f.name == "page-debris"]) >= 3  # the suggestion deletes nothing
    fixed = run_text(SPILLOVER, select=["suggested-tail", "page-debris"], settings=settings, fix=True, unsafe=True)
    assert fixed.fixes_applied >= 3


def test_a_report_without_a_fix_does_not_silence_a_general_rule_that_fixes_the_line() -> None:
    """duplicate-paragraph only reports a line that stands thrice; those copies are navigation text all the same.
    Silenced there, navigation-leftover's fix went one copy per round (the first copy is no duplicate), and a
    long run outlasted the fix rounds (ART904)."""
    article = (
        "Harbour reopens after storm\n\n"
        "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.\n\n"
        "Ferries to the islands will run on the summer timetable from Friday, the operator said on Monday.\n\n"
        + "This is some text inside of a div block.\n" * 14
    )
    found = run_text(article).findings
    copies = [f for f in found if f.line > 5]
    assert len(copies) == 14 and {f.name for f in copies} == {"navigation-leftover"}
    assert all(f.fix is not None for f in copies)
    result = run_text(article, fix=True)
    assert "div block" not in result.output.decode() and "fix-not-converged" not in {f.name for f in result.findings}


def test_a_finding_with_no_fix_still_holds_its_line_against_a_general_rule() -> None:
    """truncated-body's cut-off last line matches a navigation prefix ('Click here to read'): the warning to
    rescrape stays, and no fix deletes the evidence."""
    article = (
        "Harbour reopens after storm\n\n"
        "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.\n\n"
        "Click here to read how the harbour master and the council agreed on the\n"
    )
    found = run_text(article).findings
    assert "truncated-body" in {f.name for f in found}
    assert not any(f.name == "navigation-leftover" for f in found if f.line == 5)


REPEATED = "Ask the coach what the plan for the week looks like now"
GENERAL_PACK = """\
pack: club
rules:
  - code: CLUB201
    name: club-line
    kind: line-match
    general: true
    summary: A club page's line.
    fix: {fix}
    match:
      phrases: ["{phrase}"]
"""


@pytest.mark.parametrize("fix", ["none", "display-only"])
def test_a_repeated_line_is_reported_once_when_the_general_rule_fixes_nothing(tmp_path: Path, fix: str) -> None:
    (tmp_path / "club.yaml").write_text(GENERAL_PACK.format(fix=fix, phrase=REPEATED))
    paragraph = "The club met on Monday evening to plan the summer season and the long runs along the coast."
    article = "Club plans the summer\n\n" + "\n\n".join([paragraph, REPEATED, paragraph.replace("Monday", "Friday"),
                                                       REPEATED, paragraph.replace("summer", "winter"), REPEATED])
    found = run_text(article, settings=Settings(root=tmp_path, packs=[tmp_path / "club.yaml"])).findings
    lines = [f.line for f in found if f.name in ("duplicate-paragraph", "club-line")]
    assert lines and len(lines) == len(set(lines))


def test_a_finer_display_only_fix_holds_its_line_like_no_fix(tmp_path: Path) -> None:
    (tmp_path / "skip.yaml").write_text(GENERAL_PACK.replace("general: true\n    ", "").format(
        fix="display-only", phrase="Skip to content").replace("CLUB201", "SKIP201").replace("club-line", "skip-line"))
    article = "Skip to content\n\nHarbour reopens after storm\n\nThe harbour reopened on Monday after three weeks of repairs, the port said.\n"
    result = run_text(article, "a.md", settings=Settings(root=tmp_path, packs=[tmp_path / "skip.yaml"]), fix=True)
    assert result.output is None  # nothing to write: the line stays
    assert [f.name for f in result.findings if f.line == 1 and f.span.end > f.span.start] == ["skip-line"]


BOT_CHECK = '{"title": "Just a moment...", "text": "Just a moment...\\nAdvertisement\\nEnable JavaScript and cookies to continue"}\n'


def test_no_fix_applies_to_a_page_a_failed_scrape_rule_reports() -> None:
    result = run_text(BOT_CHECK, "night.jsonl", fix=True, unsafe=True)
    assert {"ART204", "ART401", "ART408"} <= {f.code for f in result.findings}  # reported all the same
    assert all(f.fix is None for f in result.findings)
    assert result.fixes_applied == 0 and result.output is None


def test_the_same_lines_are_fixed_once_the_page_is_an_article() -> None:
    article = BOT_CHECK.replace("Enable JavaScript and cookies to continue", "The harbour reopened on Monday. " * 30).replace(
        "Just a moment...", "Harbour reopens")
    result = run_text(article, "night.jsonl", fix=True, unsafe=True)
    assert "ART408" not in {f.code for f in result.findings}
    assert result.output is not None and b"Advertisement" not in result.output and b"Harbour reopens\\n" not in result.output


FAILED_SCRAPE_PLUGIN = PLUGIN.replace('    name = "{name}"\n', '    name = "{name}"\n    failed_scrape = True\n')


def test_a_plugin_rule_can_declare_a_failed_scrape(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = """        if "Subscribe to read" in article.body.value:
            yield self.finding(Span("body", 0, 0), "paywall page: rescrape")"""
    source = FAILED_SCRAPE_PLUGIN.format(cls="Paywall", code="TEST001", name="paywall-page", body=body)
    (tmp_path / "paywall_page.py").write_text(source)
    monkeypatch.syspath_prepend(str(tmp_path))
    settings = Settings(plugins=["paywall_page"], select=["TEST001", "ART204"])
    content = "Harbour reopens\nAdvertisement\nSubscribe to read the whole story.\n"
    result = run_text(content, fix=True, unsafe=True, settings=settings)
    assert sorted(f.code for f in result.findings) == ["ART204", "TEST001"]
    assert result.output is None
    settings = Settings(plugins=["paywall_page"], select=["TEST001", "ART204"])
    fixed = run_text(content.replace("Subscribe to read", "Read"), fix=True, unsafe=True, settings=settings)
    assert fixed.output == b"Harbour reopens\nRead the whole story.\n"


@pytest.mark.parametrize(("content", "filename", "expected"), [
    ("Harbour reopens after storm\nThe harbour reopened on Monday after repairs to the sea wall.\nShare",
     "article.txt", "Harbour reopens after storm\nThe harbour reopened on Monday after repairs to the sea wall."),
    ("Harbour reopens after storm\r\nThe harbour reopened on Monday after repairs to the sea wall.\r\n\r\nShare\r\nAdvertisement",
     "article.txt", "Harbour reopens after storm\r\nThe harbour reopened on Monday after repairs to the sea wall."),
    ('{"title": "Harbour reopens", "text": "The harbour reopened on Monday after repairs to the sea wall.\\nShare"}',
     "article.json", '{"title": "Harbour reopens", "text": "The harbour reopened on Monday after repairs to the sea wall."}'),
])
def test_a_field_without_a_final_line_break_keeps_none_when_its_last_lines_go(content: str, filename: str, expected: str) -> None:
    assert fix_text(content, filename) == expected


def test_a_final_line_after_the_plain_text_title_keeps_the_title() -> None:
    content = "January 01, 2000\nHarbour reopens after storm repairs\nHarbour reopens after storm repairs"
    assert fix_text(content) == "January 01, 2000\nHarbour reopens after storm repairs\n"


@pytest.mark.parametrize("tail", ["\\n\\n\\n\\n\\nShare", "\\n\\u200b\\nShare", "\\n  \\n\\nShare\\nAdvertisement", "  \\n \\t\\nShare"])
def test_blank_lines_and_white_space_before_the_deleted_last_lines_go_too(tail: str) -> None:
    content = '{"title": "Harbour reopens", "text": "The harbour reopened on Monday after repairs to the sea wall.' + tail + '"}'
    fixed = fix_text(content, "article.json")
    assert json.loads(fixed)["text"] == "The harbour reopened on Monday after repairs to the sea wall."


def test_an_error_page_under_a_share_bar_is_not_cleaned_either() -> None:
    blurb = "The Kellmouth Courier has reported on the harbour, the ferries and the town council since 1891. " * 6
    text = "\n".join(["Share", "Advertisement"] * 10 + ["Page not found", "Sorry, the page you are looking for does not exist.", blurb])
    content = json.dumps({"title": "Kellmouth Courier", "text": text})
    result = run_text(content, "night.jsonl", fix=True, unsafe=True)
    assert "ART408" in {f.code for f in result.findings}
    assert result.output is None  # nothing written: the page is to be fetched again


def test_a_live_blog_of_known_short_lines_with_a_quoted_error_is_no_error_page() -> None:
    entries = [f"By {hour}:00 the crowd on the quay had grown to several hundred people, the harbour master said."
               for hour in range(9, 21)]
    text = "\n".join([*entries, "Service Unavailable"])
    result = run_text(json.dumps({"title": "Harbour festival: live", "text": text}), "night.jsonl")
    assert "ART408" not in {f.code for f in result.findings}
