"""Build a whole-page corpus: the pages of a dev-scraped-format corpus saved whole, menus, footers and all, by two
"extractors" that keep every block of the page, labelled by the corpus's own alignment rule (benchmarks/alignment.py).

Usage: python benchmarks/wholepage.py PAGES_DIR CORPUS_DIR OUT_DIR [--jobs 2]

PAGES_DIR holds the raw pages the corpus was scraped from, gzipped, as the corpus's sources publish them:
`article-extraction-benchmark/html/<page id>*.html.gz` (source `asb`) and `wcxb/<split>/html/<number>.html.gz` (source
`wcxb`, page id `<split>-<number>`). For every page of CORPUS_DIR (read once, from its `naive_article` record: url,
title, date, gold) OUT_DIR gets two records in the corpus's format:
- `whole_page`: the text of the page's whole `<body>`, one line per block element (the line splitting of the corpus's
  `naive_article` dump, which keeps only the `<article>`), scripts, styles, forms' inputs, images and frames dropped;
- `html2text`: html2text's Markdown of the whole page (no wrapping, no links, no images), each line stripped.
Then `python benchmarks/quality.py OUT_DIR` measures artlint on pages as a naive scraper saves them. Needs lxml and
html2text (`pip install lxml html2text`; the README's figures: lxml 6.x, html2text 2025.4.15). A page that cannot be
read or parsed is reported and left out; OUT_DIR is written whole or not at all.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from alignment import gold_recall, label_lines
from devcorpus import labelled

BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure", "figcaption", "section",
    "article", "header", "footer", "nav", "aside", "main", "form", "table", "tr", "td", "th", "dl", "dt", "dd", "pre",
    "br", "hr", "address", "details", "summary", "body", "html", "button", "option", "select", "fieldset", "legend",
    "picture",
})
"""Elements that open a line of their own. With these, the corpus's `naive_article` text is one run of the
`whole_page` lines on 1,145 of dev-scraped's 1,146 pages."""
SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "input", "img", "svg", "iframe"})
"""Elements whose text a reader never sees (the text after them, their tail, stays)."""
EXTRACTORS = ("whole_page", "html2text")
_EMPHASIS = re.compile(r"(?<!\w)_+|_+(?!\w)")
"""html2text's `_emphasis_` marks: `_` is a word character, so they would hide the words from the gold's; replaced
by a space for labelling only (the record's text keeps them)."""
_SPACE = re.compile(r"\s+")


def block_lines(element: Any) -> list[str]:
    """The element's text, one line per block element, whitespace inside a line collapsed, empty lines left out."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(current)).strip()
        if text:
            lines.append(text)
        current.clear()

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""  # a comment or processing instruction: its tail only
        if tag in SKIPPED:
            current.append(node.tail or "")
            return
        if tag in BLOCKS:
            flush()
        if tag and node.text:
            current.append(node.text)
        for child in node:
            walk(child)
        if tag in BLOCKS:
            flush()
        current.append(node.tail or "")

    walk(element)
    flush()
    return lines


def whole_page(page: str) -> list[str]:
    """The text of the page's `<body>` (of the whole document when it has none)."""
    from lxml import html as lxml_html  # here, not above: the tests of block_lines run without it

    try:
        document = lxml_html.fromstring(page)
    except ValueError:  # a str that declares its XML encoding
        document = lxml_html.fromstring(page.encode("utf-8"))
    body = document.xpath("//body")
    return block_lines(body[0] if body else document)


def markdown(page: str) -> list[str]:
    """html2text's Markdown of the page, each line stripped, empty lines left out."""
    import html2text  # here, not above: the tests of block_lines run without it

    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.ignore_links = True
    converter.ignore_images = True
    return [line.strip() for line in converter.handle(page).split("\n") if line.strip()]


def page_path(pages: Path, source: str, page_id: str) -> Path:
    if source == "asb":
        folder = pages / "article-extraction-benchmark" / "html"
        found = sorted(folder.glob(f"{page_id}*.html.gz"))
        if not found:
            raise FileNotFoundError(f"{folder}: no page {page_id}*.html.gz")
        return found[0]
    split, number = page_id.split("-")
    return pages / "wcxb" / split / "html" / f"{number}.html.gz"


def page_records(job: tuple[Path, dict[str, Any], dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The page's two records, each with its gold entry: labels, coverage and gold recall computed, the rest
    copied from the corpus's own gold."""
    pages, record, gold = job
    name = f"{gold['source']}-{gold['page_id']}"
    try:
        saved = page_path(pages, gold["source"], gold["page_id"]).read_bytes()
        page = gzip.decompress(saved).decode("utf-8", "replace")
    except (OSError, EOFError) as error:
        print(f"{name}: {error}; left out", file=sys.stderr)
        return []
    out = []
    for extractor, extract in (("whole_page", whole_page), ("html2text", markdown)):
        try:
            lines = extract(page)
        except Exception as error:  # noqa: BLE001 (a page lxml or html2text cannot read is one page left out)
            lines, why = [], f"{type(error).__name__}: {error}"
        else:
            why = "no text"
        if not lines:
            print(f"{name}-{extractor}: {why}; left out", file=sys.stderr)
            continue
        read = [_EMPHASIS.sub(" ", line) for line in lines] if extractor == "html2text" else lines
        labels, coverage = label_lines(read, gold["gold_body"], record["title"] or "")
        identity = f"{name}-{extractor}"
        out.append((
            {"id": identity, "url": record["url"], "title": record["title"], "date": record["date"],
             "text": "\n".join(lines)},
            {**gold, "id": identity, "extractor": extractor, "line_labels": labels, "line_cov": coverage,
             "gold_recall": gold_recall(read, gold["gold_body"]), "label_method": "alignment"},
        ))
    return out


def build(pages: Path, corpus: Path, out: Path, jobs: int = 2) -> dict[str, Any]:
    """Write OUT's corpus.jsonl.gz, gold.jsonl.gz and stats.json (into a new folder renamed to OUT at the end, which
    replaces an earlier build); return the stats."""
    work = [(pages, record, gold) for record, gold in labelled(corpus) if gold["extractor"] == "naive_article"]
    out.parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        summary = _write(work, folder, jobs)
        if out.exists():
            shutil.rmtree(out)
        folder.rename(out)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return summary


def _write(work: list[tuple[Path, dict[str, Any], dict[str, Any]]], folder: Path, jobs: int) -> dict[str, Any]:
    stats: dict[str, Counter[str]] = {name: Counter() for name in EXTRACTORS}
    with (gzip.open(folder / "corpus.jsonl.gz", "wt", encoding="utf-8") as records,
          gzip.open(folder / "gold.jsonl.gz", "wt", encoding="utf-8") as truths, Pool(jobs) as pool):
        for pairs in pool.imap(page_records, work, chunksize=4):
            for record, gold in pairs:
                records.write(json.dumps(record, ensure_ascii=False) + "\n")
                truths.write(json.dumps(gold, ensure_ascii=False) + "\n")
                counts = stats[gold["extractor"]]
                counts.update(records=1, lines=len(gold["line_labels"]),
                              leftover=gold["line_labels"].count("leftover"), dated=record["date"] is not None)
    summary = {name: {**counts, "leftover_share": round(counts["leftover"] / max(1, counts["lines"]), 4)}
               for name, counts in stats.items()}
    (folder / "stats.json").write_text(json.dumps({"pages": len(work), "by_extractor": summary}, indent=1) + "\n")
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, metavar="PAGES_DIR")
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("out", type=Path, metavar="OUT_DIR")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    args = parser.parse_args()
    started = time.perf_counter()
    for extractor, counts in build(args.pages, args.corpus, args.out, args.jobs).items():
        print(f"{extractor:12} {counts['records']} records, {counts['lines']} lines, "
              f"{counts['leftover_share']:.1%} leftover, {counts['dated']} dated")
    print(f"wrote {args.out} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
