"""A cache of check results, keyed by file content and everything that decides the findings
(artlint's version, plugin versions, the effective settings, the pack and lexicon files)."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from artlint.article import Source, Span
from artlint.findings import Finding, Severity
from artlint.fixes import Applicability, Edit, Fix
from artlint.linter import FileResult
from artlint.version import __version__
from artlint.writer import write_atomic

CACHE_DIR = ".artlint_cache"
_FORMAT = "v2"


class Cache:
    def __init__(self, root: Path, run_key: str) -> None:
        self.folder = root / CACHE_DIR / _FORMAT
        self.run_key = run_key
        self.hits = 0

    def key_for_file(self, path: str, named: bool = True) -> str | None:
        """The key of a file on disk, read in blocks (a large file is never held whole); None when unreadable.
        A file named on the command line and one found in a folder differ: a walk passes over a file that no
        format reads and over JSON with no article field, which a named file is reported for."""
        digest = hashlib.sha256(self.run_key.encode())
        digest.update(path.encode("utf-8", "surrogateescape") + (b"\0named\0" if named else b"\0found\0"))
        try:
            with open(path, "rb") as handle:
                while block := handle.read(1 << 20):
                    digest.update(block)
        except OSError:
            return None
        return digest.hexdigest()

    def get(self, key: str) -> FileResult | None:
        try:
            stored = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
            result = result_from_dict(stored)
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or unreadable: lint again
        self.hits += 1
        return result

    def put(self, key: str, result: FileResult) -> None:
        folder = self.folder / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# created by artlint\n*\n", encoding="utf-8")
            write_atomic(str(folder / f"{key}.json"), json.dumps(result_to_dict(result)).encode("utf-8"))
        except OSError:
            pass  # a read-only checkout just runs without a cache


def run_key(parts: Iterable[str], files: Iterable[str | Path]) -> str:
    """A hash of artlint's version, the given parts (settings, plugin versions) and the files' contents."""
    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    for path in sorted(str(p) for p in files):
        try:
            digest.update(Path(path).read_bytes())
        except OSError:
            digest.update(b"missing:" + path.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def clean(root: Path) -> bool:
    """Remove the cache folder under `root`; False when there was none."""
    folder = root / CACHE_DIR
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


def result_to_dict(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "articles": result.articles,
        "sites": [[record, site] for record, site in result.sites.items()],
        "site_articles": dict(result.site_articles),
        "findings": [finding_to_dict(f) for f in result.all_findings()],
    }


def result_from_dict(data: dict[str, Any]) -> FileResult:
    return FileResult(
        data["path"],
        [finding_from_dict(f) for f in data["findings"]],
        articles=data["articles"],
        sites={record: site for record, site in data["sites"]},
        site_articles=Counter(data["site_articles"]),
    )


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    source = finding.source
    return {
        "code": finding.code, "name": finding.name, "severity": str(finding.severity), "message": finding.message,
        "span": [finding.span.field, finding.span.start, finding.span.end],
        "fix": None if finding.fix is None else {
            "applicability": str(finding.fix.applicability), "message": finding.fix.message,
            "edits": [[e.span.field, e.span.start, e.span.end, e.replacement] for e in finding.fix.edits],
        },
        "source": None if source is None else [source.path, source.record, source.line, source.field_positions],
        "position": [finding.line, finding.column, finding.end_line, finding.end_column],
        "fingerprint": finding.fingerprint,
    }


def finding_from_dict(data: dict[str, Any]) -> Finding:
    fix = data["fix"]
    line, column, end_line, end_column = data["position"]
    return Finding(
        data["code"], data["name"], Severity(data["severity"]), data["message"], Span(*data["span"]),
        None if fix is None else Fix(
            Applicability(fix["applicability"]),
            tuple(Edit(Span(f, s, e), r) for f, s, e, r in fix["edits"]),
            fix["message"],
        ),
        None if data["source"] is None else Source(*data["source"]),
        line, column, end_line, end_column, data["fingerprint"],
    )
