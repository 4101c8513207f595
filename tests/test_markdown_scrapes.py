"""Scrapers that save Markdown write page chrome as links ('*   [Home](https://...)'): artlint reads each line as
a reader sees it, so a linked menu, share bar or byline is the same chrome as in plain text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from artlint.article import Article
from artlint.inlinemarkup import shown, visible_text
from artlint.layout import layout


@pytest.mark.parametrize(("line", "seen"), [
    ("[Skip to main content](https://news.example.com/a#main)", "Skip to main content"),
    ("*   [Home](https://news.example.com/)", "*   Home"),
    ("[Sign in](https://news.example.com/login) [Subscribe](https://news.example.com/subscribe)", "Sign in Subscribe"),
    ("By [Lena Marsh](https://news.example.com/authors/lena-marsh)", "By Lena Marsh"),
    ("**Read more:** [Storm season guide](https://news.example.com/storm)", "Read more: Storm season guide"),
    ("*Photo: Tom Reed*", "Photo: Tom Reed"),
    ("_Italic caption_", "Italic caption"),
    ("See [the wiki](https://en.wikipedia.org/wiki/Tide_(sea) \"Tides\") first", "See the wiki first"),
    ("The map ![a chart](https://x.example/c.png) shows it", "The map  shows it"),
])
def test_links_emphasis_and_images_read_as_shown(line: str, seen: str) -> None:
    assert visible_text(line) == seen


@pytest.mark.parametrize("line", [
    "______________________________", "****************", "– An** Fe*******", "snake_case_name and 2*3*4",
    "- item one", "* item", "Table of Contents[Hide][Show]", "[1]: https://example.com",
])
def test_text_that_is_not_inline_markup_is_left_alone(line: str) -> None:
    assert shown(line) == line


def test_a_line_that_only_shows_an_image_keeps_its_text() -> None:
    image = "![Boats in the harbour](https://news.example.com/img/harbour.jpg)"
    assert visible_text(image) == "" and shown(image) == image
    view = layout(Article.from_values({"body": f"{image}\n\nThe harbour reopened [on Monday](https://x.example/m)."}))
    assert view.texts == [image, "The harbour reopened on Monday."]
    assert view.words[1] == 5


ARTICLE = """\
[Skip to main content](https://news.example.com/local/harbour#main)

*   [Home](https://news.example.com/)
*   [Local](https://news.example.com/local)
*   [Politics](https://news.example.com/politics)
*   [Sport](https://news.example.com/sport)

[Sign in](https://news.example.com/login) [Subscribe](https://news.example.com/subscribe)

By [Lena Marsh](https://news.example.com/authors/lena-marsh)

[Share on Facebook](https://facebook.com/sharer?u=x) [Share on X](https://x.com/intent/tweet?url=x) [Email](mailto:?subject=x)

![Boats moored in the harbour on Monday](https://news.example.com/img/harbour.jpg)

Boats moored in the harbour on Monday. Photo: [Tom Reed](https://news.example.com/authors/tom-reed)/Example News

The harbour reopened on Monday after three weeks of repairs to the sea wall, the [port authority](https://port.example.org) said, and the first ferry left on time.

"We are relieved to be back," said the ferry operator's manager, who had moved her crew to a [neighbouring port](https://news.example.com/local/port) during the works.

**Read more:** [Storm season: what you need to know](https://news.example.com/local/storm-guide)

Repairs cost 2.4 million pounds and were paid for by the **county council** and a national flood fund, officials said on Monday.

Advertisement

The council said it would review the harbour's defences before next winter, and publish its findings in the spring.

## Related stories

*   [Ferry fares to rise in April](https://news.example.com/local/ferry-fares)
*   [Council approves new sea wall plan](https://news.example.com/local/sea-wall)

[Log in to comment](https://news.example.com/login)

© 2025 Example News Ltd. All rights reserved. [Privacy policy](https://news.example.com/privacy) | [Terms](https://news.example.com/terms)
"""
CHROME = {1, 3, 4, 5, 6, 8, 10, 12, 16, 22, 26, 30, 32, 33, 35, 37}
"""Line numbers of the page chrome above (the byline among them); the paragraphs and the image are the article."""
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def reported_lines(run_cli, tmp_path: Path, name: str, body: str) -> dict[int, set[str]]:  # type: ignore[no-untyped-def]
    record = {"url": "https://news.example.com/local/harbour", "title": "Harbour reopens after storm damage repaired",
              "date": "2025-03-14", "author": "", "text": body}
    (tmp_path / name).write_text(json.dumps(record) + "\n")
    report = json.loads(run_cli("check", "--no-cache", "--format", "json", name).output)
    lines: dict[int, set[str]] = {}
    for finding in report["findings"]:
        if finding["field"] == "body":
            lines.setdefault(finding["line"], set()).add(finding["name"])
    return lines


def test_linked_chrome_is_found_and_linked_paragraphs_are_not(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    found = reported_lines(run_cli, tmp_path, "markdown.jsonl", ARTICLE)
    assert set(found) == CHROME, {n: ARTICLE.splitlines()[n - 1] for n in set(found) ^ CHROME}


def test_a_linked_article_is_read_like_the_same_article_without_its_links(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = "\n".join(line if line.startswith("!") else _LINK.sub(r"\1", line) for line in ARTICLE.splitlines()) + "\n"
    assert "](" in ARTICLE and plain.count("](") == 1
    markdown = reported_lines(run_cli, tmp_path, "markdown.jsonl", ARTICLE)
    assert reported_lines(run_cli, tmp_path, "plain.jsonl", plain) == markdown


def test_a_linked_byline_credits_the_name_and_a_linked_paywall_line_is_a_safe_fix(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = ARTICLE + "\n[Continue reading](https://news.example.com/local/harbour?page=2)\n"
    record = {"title": "Harbour reopens after storm damage repaired", "date": "2025-03-14", "author": "", "text": body}
    (tmp_path / "night.jsonl").write_text(json.dumps(record) + "\n")
    report = json.loads(run_cli("check", "--no-cache", "--format", "json", "night.jsonl").output)
    paywall = [f for f in report["findings"] if f["name"] == "truncated-body"]
    assert len(paywall) == 1 and "'Continue reading'" in paywall[0]["message"] and paywall[0]["fix"]["applicability"] == "safe"
    run_cli("fix", "--unsafe-fixes", "night.jsonl")
    fixed = json.loads((tmp_path / "night.jsonl").read_text())
    assert fixed["author"] == "Lena Marsh"
    kept = fixed["text"].splitlines()
    assert "![Boats moored in the harbour on Monday](https://news.example.com/img/harbour.jpg)" in kept
    for paragraph in ("The harbour reopened", '"We are relieved', "Repairs cost", "The council said"):
        assert sum(line.startswith(paragraph) for line in kept) == 1
    assert not any("](" in line and not line.startswith("!") for line in kept if "port authority" not in line
                   and "neighbouring port" not in line)


@pytest.mark.parametrize("line", ["[a" * 10_000 + "](", "![" * 10_000 + "](", "**a " * 5_000, "__a " * 5_000, "*a " * 7_000])
def test_a_long_line_of_unclosed_marks_is_read_in_linear_time(line: str) -> None:
    """Each pattern stops at the next opening mark: these 20,000-character lines took 2 to 3 s each when the
    link and strong patterns scanned to the end of the line from every mark (now a few ms)."""
    import time

    def once() -> float:
        start = time.perf_counter()
        shown(line)
        return time.perf_counter() - start

    assert min(once() for _ in range(3)) < 0.2
