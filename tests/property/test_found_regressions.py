"""What the property tests and the fuzzer found in the formats, pinned as plain examples (the shrunk inputs
themselves are in crashes/ and replay through every property)."""

from __future__ import annotations

from artlint.testing import articles, run_text


def fixed(content: str, name: str, unsafe: bool = False) -> tuple[list[tuple[str, int, int]], bytes | None]:
    result = run_text(content, name, fix=True, unsafe=unsafe)
    return [(f.code, f.line, f.column) for f in result.findings], result.output


def test_site_chrome_above_a_markdown_heading_does_not_hide_the_title() -> None:
    """Deleting the chrome used to turn the heading into the title, so the engine rejected every fix (ART905)."""
    content = "Skip to main content\n# Harbour reopens after storm\nThe harbour reopened on 14 March 2024.\n"
    assert articles(content, "a.md")[0].title == "Harbour reopens after storm"
    assert fixed(content, "a.md") == ([], b"# Harbour reopens after storm\nThe harbour reopened on 14 March 2024.\n")


def test_a_title_below_twelve_lines_of_debris_stays_the_title_when_lines_above_are_deleted() -> None:
    """Title detection looked at 12 lines only; a fix that deleted lines brought another line into reach."""
    content = "\n" * 11 + "WORLD\n\nHarbour reopens after storm\nHarbour reopens after storm\nThe harbour reopened.\n"
    assert articles(content, "a.txt")[0].title == "Harbour reopens after storm"
    findings, output = fixed(content, "a.txt")
    assert "ART905" not in [code for code, _, _ in findings]
    # the whitespace rule folds the eleven leading blank lines into one
    assert output == b"\nWORLD\n\nHarbour reopens after storm\nThe harbour reopened.\n"


def test_a_finding_in_the_empty_body_of_a_title_only_file_is_on_a_line_of_the_file() -> None:
    """The body of a file that is one title line with no line break used to start on line 2, past its end."""
    assert fixed("Harbour reopens after storm", "a.txt")[0] == [("ART102", 1, 1), ("ART405", 1, 1)]
    assert fixed("# Harbour reopens after storm", "a.md")[0] == [("ART102", 1, 1), ("ART405", 1, 1)]


def test_a_fix_that_would_leave_only_a_lone_cr_line_break_is_rejected() -> None:
    """The output would be refused as a classic-Mac file when read again, so the file is kept as it is."""
    result = run_text("Advertisement\nHarbour reopens\rThe harbour reopened.", "a.txt", fix=True)
    assert [f.message for f in result.findings if f.code == "ART905"] == [
        ("fix by advertisement not applied: the fixed file would not read again: "
         "lines end in CR only (classic Mac); convert them to LF or CRLF")]
    assert result.output is None


def test_a_date_for_flow_style_front_matter_is_rejected_with_the_reason() -> None:
    """A block line appended to `{...}` front matter made it invalid YAML."""
    content = "---\n{author: Ann}\n---\n# Harbour reopens\nMarch 14, 2024\nThe harbour reopened.\n"
    result = run_text(content, "a.md", fix=True, unsafe=True)
    assert [f.message for f in result.findings if f.code == "ART905"] == [
        ("fix by missing-date not applied: the front matter is a flow mapping ({...}); a fix cannot add the key "
         "'date' to it")]
    assert result.output is None


def test_a_control_character_between_a_lone_cr_and_a_line_break_is_only_reported() -> None:
    """Deleting it turned '\\r\\x1f\\n' into '\\r\\n': the fix brought a new line ending into an LF file."""
    findings, output = fixed("Harbour reopens\n\nThe harbour reopened.\n\r\x1f\nThe ferry followed.\n", "a.md")
    assert ("ART303", 4, 2) in findings
    assert output is None or b"\r\n" not in output
