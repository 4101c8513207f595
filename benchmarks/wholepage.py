"""Build a whole-page corpus: the pages of a dev-scraped-format corpus saved whole, menus, footers and all, by two
"extractors" that keep every block of the page, labelled by the corpus's own alignment rule (benchmarks/alignment.py).

Usage: python benchmarks/wholepage.py PAGES_DIR CORPUS_DIR OUT_DIR
       python benchmarks/wholepage.py --check-labels CORPUS_DIR

PAGES_DIR holds the raw pages the corpus was scraped from, gzipped, as the corpus's sources publish them:
`article-extraction-benchmark/html/<page id>*.html.gz` (source `asb`) and `wcxb/<split>/html/<number>.html.gz` (source
`wcxb`, page id `<split>-<number>`). For every page of CORPUS_DIR (read once, from its `naive_article` record: url,
title, date, gold) OUT_DIR gets two records in the corpus's format:
- `whole_page`: the text of the page's whole `<body>`, one line per block element (the line splitting of the corpus's
  `naive_article` dump, which keeps only the `<article>`), scripts, styles, forms' inputs, images and frames dropped;
- `html2text`: html2text's Markdown of the whole page (no wrapping, no links, no images), each line stripped.
Then `python benchmarks/quality.py OUT_DIR` measures artlint on pages as a naive scraper saves them. Needs lxml and
html2text (`pip install lxml html2text`; the README's figures: lxml 6.0, html2text 2025.4.15).

--check-labels relabels every record of CORPUS_DIR by the alignment rule and prints how many labels agree with its own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
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
    page = gzip.decompress(page_path(pages, gold["source"], gold["page_id"]).read_bytes()).decode("utf-8", "replace")
    out = []
    for extractor, lines in (("whole_page", whole_page(page)), ("html2text", markdown(page))):
        if not lines:
            print(f"{gold['source']}-{gold['page_id']}: {extractor} gives no text; left out", file=sys.stderr)
            continue
        read = [_EMPHASIS.sub(" ", line) for line in lines] if extractor == "html2text" else lines
        labels, coverage = label_lines(read, gold["gold_body"], record["title"] or "")
        identity = f"{gold['source']}-{gold['page_id']}-{extractor}"
        out.append((
            {"id": identity, "url": record["url"], "title": record["title"], "date": record["date"],
             "text": "\n".join(lines)},
            {**gold, "id": identity, "extractor": extractor, "line_labels": labels, "line_cov": coverage,
             "gold_recall": gold_recall(read, gold["gold_body"]), "label_method": "alignment"},
        ))
    return out


def build(pages: Path, corpus: Path, out: Path) -> dict[str, Any]:
    """Write OUT's corpus.jsonl.gz, gold.jsonl.gz and stats.json; return the stats."""
    jobs = [(pages, record, gold) for record, gold in labelled(corpus) if gold["extractor"] == "naive_article"]
    out.mkdir(parents=True, exist_ok=True)
    stats: dict[str, Counter[str]] = {name: Counter() for name in EXTRACTORS}
    with (gzip.open(out / "corpus.jsonl.gz", "wt", encoding="utf-8") as records,
          gzip.open(out / "gold.jsonl.gz", "wt", encoding="utf-8") as truths, Pool(2) as pool):
        for pairs in pool.imap(page_records, jobs, chunksize=4):
            for record, gold in pairs:
                records.write(json.dumps(record, ensure_ascii=False) + "\n")
                truths.write(json.dumps(gold, ensure_ascii=False) + "\n")
                counts = stats[gold["extractor"]]
                counts.update(records=1, lines=len(gold["line_labels"]),
                              leftover=gold["line_labels"].count("leftover"), dated=record["date"] is not None)
    summary = {name: {**counts, "leftover_share": round(counts["leftover"] / counts["lines"], 4) if counts["lines"] else None}
               for name, counts in stats.items()}
    (out / "stats.json").write_text(json.dumps({"pages": len(jobs), "by_extractor": summary}, indent=1) + "\n")
    return summary


def label_agreement(corpus: Path) -> Iterator[tuple[str, int, int, int, int]]:
    """Per extractor: records whose labels all agree, records, lines that agree, lines."""
    counts: dict[str, Counter[str]] = {}
    for record, gold in labelled(corpus):
        lines = record["text"].split("\n") if record["text"] else []
        labels, _ = label_lines(lines, gold["gold_body"], record["title"] or "")
        expected = gold["line_labels"]
        agree = sum(a == b for a, b in zip(labels, expected, strict=False))
        counts.setdefault(gold["extractor"], Counter()).update(
            same=labels == expected, records=1, agree=agree, lines=max(len(labels), len(expected)))
    for extractor, c in sorted(counts.items()):
        yield extractor, c["same"], c["records"], c["agree"], c["lines"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-labels", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("paths", type=Path, nargs="*", metavar="PAGES_DIR CORPUS_DIR OUT_DIR")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.check_labels:
        for extractor, same, records, agree, lines in label_agreement(args.check_labels):
            print(f"{extractor:20} {same}/{records} records with every label as the corpus's; "
                  f"{agree}/{lines} lines ({agree / lines:.4%})")
        return
    if len(args.paths) != 3:
        parser.error("give PAGES_DIR CORPUS_DIR OUT_DIR, or --check-labels CORPUS_DIR")
    pages, corpus, out = args.paths
    for extractor, counts in build(pages, corpus, out).items():
        print(f"{extractor:12} {counts['records']} records, {counts['lines']} lines, "
              f"{counts['leftover_share']:.1%} leftover, {counts['dated']} dated")
    print(f"wrote {out} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
