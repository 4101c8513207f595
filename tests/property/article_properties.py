"""The fix engine's promises as assertions over one input file, shared by the property tests, the crash
replay and benchmarks/fuzz.py."""

from __future__ import annotations

import codecs
import gzip
import json
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from artlint.article import Article, Text
from artlint.findings import Finding
from artlint.fixes import Edit
from artlint.formats import read_document
from artlint.formats.base import DEFAULT_FIELDS, Document, FileData, InputError, decode
from artlint.linter import FileResult, Linter
from artlint.testing import session
from artlint.textutil import words

ALIASES = {alias for names in DEFAULT_FIELDS.values() for alias in names}
ALLOWED_REJECTIONS = ("is not a string; a fix cannot rewrite it", "is a flow mapping ({...}); a fix cannot add the key",
                      "lines end in CR only", "would read back differently",
                      "Markdown heading line something else than that title")
"""ART905 reasons that are the engine keeping a record it cannot rewrite, not a rule and a format disagreeing
(a title fix that a '# ' heading line cannot take, e.g. a tag or a lone CR in it, keeps the file as it was)."""


class PropertyFailure(AssertionError):
    """A broken promise; `prop` names it (the fuzzer files crashes by it)."""

    def __init__(self, prop: str, detail: str) -> None:
        super().__init__(f"[{prop}] {detail}")
        self.prop = prop


@dataclass(slots=True)
class Outcome:
    """One file checked, and fixed with or without unsafe fixes, through the real Linter.process."""

    name: str
    data: bytes
    unsafe: bool
    checked: FileResult
    fixed: FileResult
    proposed: list[tuple[int | None, Edit]] = field(default_factory=list)
    """Every edit a fix proposed during the fix rounds, with its article's record index."""

    @property
    def output(self) -> bytes:
        return self.fixed.output if self.fixed.output is not None else self.data


class _Recording:
    """A linter whose lint_article also notes every edit that a finding's fix proposes (in every fix round)."""

    def __init__(self) -> None:
        self.linter = session().linter
        self.proposed: list[tuple[int | None, Edit]] = []
        lint_article = self.linter.lint_article

        def recording(article: Article, rules: Any = None) -> list[Finding]:
            found = lint_article(article, rules)
            self.proposed.extend((article.source.record, e) for f in found if f.fix for e in f.fix.edits)
            return found

        self.linter.lint_article = recording  # type: ignore[method-assign]


@cache
def linter() -> Linter:
    return session().linter


@cache
def _recording() -> _Recording:
    return _Recording()


def run(name: str, data: bytes, unsafe: bool) -> Outcome:
    """Check the file, then fix it; a crash here is property (a) broken."""
    checked = linter().process(name, FileData(name, data))
    recording = _recording()
    recording.proposed = []
    fixed = recording.linter.process(name, FileData(name, data), fix=True, unsafe=unsafe)
    assert checked is not None and fixed is not None, f"{name}: no format reads it"
    return Outcome(name, data, unsafe, checked, fixed, recording.proposed)


def parse(name: str, data: bytes) -> Document | None:
    """The file as its format reads it; None when it is unreadable as a whole."""
    try:
        return read_document(linter().pm, name, FileData(name, data), linter().settings.fields)
    except InputError:
        return None


def articles(document: Document | None) -> dict[int | None, Article]:
    if document is None:
        return {}
    return {e.source.record: e for e in document.entries if isinstance(e, Article)}


# -- the properties -----------------------------------------------------------------------------------


def check_never_raises(o: Outcome) -> None:
    """(a) run() did not raise; no reader failure or rule exception was swallowed into a finding either."""
    for finding in [*o.checked.findings, *o.fixed.findings]:
        if finding.code == "ART903" or "a format reader failed" in finding.message:
            raise PropertyFailure("never-raises", f"{finding.code} {finding.message}")
    if parse(o.name, o.data) is None:
        codes = [f.code for f in o.checked.findings]
        if codes != ["ART901"] or o.fixed.output is not None:
            raise PropertyFailure("never-raises", f"an unreadable file gave {codes} and output {o.fixed.output!r}")


def check_idempotent(o: Outcome) -> None:
    """(b) fixing the fixed output changes nothing, and it leaves the findings the first fix reported."""
    if o.fixed.output is None:
        return
    again = linter().process(o.name, FileData(o.name, o.fixed.output), fix=True, unsafe=o.unsafe)
    assert again is not None
    if again.output is not None or again.fixes_applied:
        raise PropertyFailure("idempotent", f"a second fix applied {again.fixes_applied} more fixes: {again.output!r}")

    def view(findings: list[Finding]) -> list[tuple[Any, ...]]:
        return sorted((f.code, f.source.record if f.source else None, f.span.field, f.span.start, f.span.end,
                       f.line, f.column, f.message)
                      for f in findings if not f.code.startswith("ART9"))

    if view(again.findings) != view(o.fixed.findings):
        raise PropertyFailure("idempotent", f"the fixed file reads differently from the fix's own result:\n"
                           f"{view(o.fixed.findings)}\n{view(again.findings)}")


def _joined(word: str, parts: set[str]) -> bool:
    """The word is two or more known words run together: deleting an invisible character between two words
    ('ÿ\x8cË', 'inter\xadnational') joins them into a word that no edit brought."""
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reachable[end] = any(reachable[start] and word[start:end] in parts for start in range(end))
    return reachable[-1]


def check_no_added_words(o: Outcome) -> None:
    """(c) no field of any article gains a word that no proposed edit brought, and a field no edit addressed
    is unchanged (the title, front matter fields, author, url, ...)."""
    before, after = articles(parse(o.name, o.data)), articles(parse(o.name, o.output))
    brought: dict[tuple[int | None, str], Counter[str]] = {}
    for record, edit in o.proposed:
        brought.setdefault((record, edit.span.field), Counter()).update(words(edit.replacement))
    for record, new in after.items():
        old = before.get(record)
        if old is None:
            raise PropertyFailure("no-added-words", f"record {record} appeared after the fix")
        for name in set(old.fields) | set(new.fields):
            key = (record, name)
            known = Counter(words(old.value(name)))
            added = Counter(words(new.value(name))) - known - brought.get(key, Counter())
            parts = {*known, *brought.get(key, Counter())}
            added = Counter({word: n for word, n in added.items() if not _joined(word, parts)})
            if added:
                raise PropertyFailure("no-added-words", f"record {record} field {name!r} gained {sorted(added)}")
            if key not in brought and new.value(name) != old.value(name):
                raise PropertyFailure("no-added-words", f"record {record} field {name!r} changed though no edit "
                                                        f"addressed it: {old.value(name)!r} -> {new.value(name)!r}")


def check_spans(o: Outcome) -> None:
    """(d) every finding's span lies inside its field, its positions are >= 1 and ordered, and in text
    formats the file position holds the flagged character."""
    for result, data in ((o.checked, o.data), (o.fixed, o.output)):
        document = parse(o.name, data)
        by_record = articles(document)
        content = _decoded(o.name, data)
        for finding in result.findings:
            _check_finding(finding, by_record, document, content)


def _check_finding(f: Finding, by_record: dict[int | None, Article], document: Document | None,
                   content: str | None) -> None:
    where = f"{f.code} at {f.line}:{f.column}-{f.end_line}:{f.end_column} span {f.span}"
    if min(f.line, f.column, f.end_line, f.end_column) < 1 or (f.line, f.column) > (f.end_line, f.end_column):
        raise PropertyFailure("spans", f"positions out of order or below 1: {where}")
    if f.code.startswith("ART9"):
        return
    article = by_record.get(f.source.record if f.source else None)
    if article is None:
        raise PropertyFailure("spans", f"{where}: no article for record {f.source.record if f.source else None}")
    text = article.fields.get(f.span.field)
    if text is None:
        if (f.span.start, f.span.end) != (0, 0):
            raise PropertyFailure("spans", f"{where}: a span in the absent field {f.span.field!r}")
        return
    if not 0 <= f.span.start <= f.span.end <= len(text.value):
        raise PropertyFailure("spans", f"{where}: outside the field's {len(text.value)} characters")
    if article.source.field_positions:
        if (f.line, f.column) != text.position(f.span.start):
            raise PropertyFailure("spans", f"{where}: inside the field that is {text.position(f.span.start)}")
        return
    if content is None:
        return
    lines = content.count("\n") + 1
    if f.end_line > lines:
        raise PropertyFailure("spans", f"{where}: past the file's {lines} lines")
    located = f.span.field == "body" or (f.span.field == "title" and "title" not in getattr(document, "keys", {}))
    if located and f.span.end > f.span.start:
        file_text = Text(content)
        for offset, (line, column) in ((f.span.start, (f.line, f.column)),
                                       (f.span.end - 1, article.file_position(f.span.field, f.span.end - 1))):
            at = file_text.line_start(line) + column - 1
            if at >= len(content) or content[at] != text.value[offset]:
                raise PropertyFailure("spans", f"{where}: file position {line}:{column} holds {content[at:at + 1]!r}, "
                              f"the field {text.value[offset]!r}")


def check_untouched_without_fix(o: Outcome) -> None:
    """(e) a file with no applicable fix is written back byte for byte (no output); in JSON Lines, every record
    with no applicable fix keeps its line byte for byte."""
    fixable = {f.source.record if f.source else None for f in o.checked.findings if f.fix and f.fix.applies(o.unsafe)}
    if not fixable and (o.fixed.output is not None or o.fixed.fixes_applied):
        raise PropertyFailure("untouched", f"no fix applies, yet the output is {o.fixed.output!r}")
    if o.fixed.output is None or not _is_jsonl(o.name):
        return
    old_lines, new_lines = _jsonl_lines(o.name, o.data), _jsonl_lines(o.name, o.output)
    if len(old_lines) != len(new_lines):
        raise PropertyFailure("untouched", f"a fix changed the line count from {len(old_lines)} to {len(new_lines)}")
    record = -1
    for old, new in zip(old_lines, new_lines):
        if old.strip():
            record += 1
        if (not old.strip() or record not in fixable) and old != new:
            raise PropertyFailure("untouched", f"line of record {record} had no fix, yet changed: {old!r} -> {new!r}")


def check_output_parses(o: Outcome) -> None:
    """(f) the fixed output reads again in its own format, with the same entries, BOM and newline styles."""
    if o.fixed.output is None:
        return
    before, after = parse(o.name, o.data), parse(o.name, o.fixed.output)
    if after is None:
        raise PropertyFailure("parses", "the fixed output is unreadable")
    assert before is not None
    kinds = [type(e).__name__ for e in before.entries], [type(e).__name__ for e in after.entries]
    if kinds[0] != kinds[1]:
        raise PropertyFailure("parses", f"entries {kinds[0]} became {kinds[1]}")
    old, new = _plain(o.name, o.data), _plain(o.name, o.fixed.output)
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if old.startswith(bom) != new.startswith(bom):
            raise PropertyFailure("parses", f"the BOM {bom!r} was {'lost' if old.startswith(bom) else 'added'}")
    added = _newlines(new) - _newlines(old)
    if added:
        raise PropertyFailure("parses", f"the fix brought new line endings {sorted(added)}")


def check_json_layout(o: Outcome) -> None:
    """(g) JSON and JSON Lines keep every unknown field and the key order (a filled field may be appended);
    front matter keeps its other keys, their values and order."""
    if o.fixed.output is None:
        return
    if o.name.endswith(".json"):
        pairs = [(_pairs(decode(o.data)[0]), _pairs(decode(o.fixed.output)[0]))]
    elif _is_jsonl(o.name):
        pairs = [(_pairs(a), _pairs(b)) for a, b in zip(_jsonl_lines(o.name, o.data), _jsonl_lines(o.name, o.output))]
    else:
        before, after = articles(parse(o.name, o.data)), articles(parse(o.name, o.output))
        for record, new in after.items():
            if repr(list(before[record].meta.items())) != repr(list(new.meta.items())):
                raise PropertyFailure("json-layout", f"other front matter keys changed: {dict(before[record].meta)} "
                                                     f"-> {dict(new.meta)}")
        return
    for old_pairs, new_pairs in pairs:
        if old_pairs is None or new_pairs is None:
            continue
        old_keys, new_keys = [k for k, _ in old_pairs], [k for k, _ in new_pairs]
        extra = new_keys[len(old_keys):]
        if new_keys[: len(old_keys)] != old_keys or any(k not in ALIASES or k in old_keys for k in extra):
            raise PropertyFailure("json-layout", f"keys {old_keys} became {new_keys}")
        unknown = ([(k, repr(v)) for k, v in old_pairs if k not in ALIASES],
                   [(k, repr(v)) for k, v in new_pairs if k not in ALIASES])
        if unknown[0] != unknown[1]:
            raise PropertyFailure("json-layout", f"unknown fields changed: {unknown[0]} -> {unknown[1]}")


def check_fixes_settle(o: Outcome) -> None:
    """(h) the built-in rules' fixes converge and the formats can always hold them."""
    for f in o.fixed.findings:
        if f.code == "ART904" or (f.code == "ART905" and not any(r in f.message for r in ALLOWED_REJECTIONS)):
            raise PropertyFailure("settles", f"{f.code} {f.message}")


PROPERTIES: dict[str, Callable[[Outcome], None]] = {
    "never-raises": check_never_raises,
    "idempotent": check_idempotent,
    "no-added-words": check_no_added_words,
    "spans": check_spans,
    "untouched": check_untouched_without_fix,
    "parses": check_output_parses,
    "json-layout": check_json_layout,
    "settles": check_fixes_settle,
}


def check_all(name: str, data: bytes) -> None:
    """Every property, with safe fixes and with unsafe ones."""
    for unsafe in (False, True):
        outcome = run(name, data, unsafe)
        for check in PROPERTIES.values():
            check(outcome)


# -- helpers ------------------------------------------------------------------------------------------


def _is_jsonl(name: str) -> bool:
    return name.endswith((".jsonl", ".jsonl.gz", ".ndjson"))


def _plain(name: str, data: bytes) -> bytes:
    if name.endswith(".gz"):
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return b""
    return data


def _decoded(name: str, data: bytes) -> str | None:
    try:
        return decode(_plain(name, data))[0]
    except InputError:
        return None


def _jsonl_lines(name: str, data: bytes) -> list[bytes]:
    return _plain(name, data).splitlines(keepends=True)


def _newlines(data: bytes) -> set[str]:
    try:
        text = decode(data)[0]
    except InputError:  # JSON Lines decode line by line
        text = data.decode("latin-1")
    found = set()
    if "\r\n" in text:
        found.add("\r\n")
    if "\r" in text.replace("\r\n", ""):
        found.add("\r")
    if "\n" in text.replace("\r\n", ""):
        found.add("\n")
    return found


def _pairs(raw: bytes | str) -> list[tuple[str, Any]] | None:
    """The top-level (key, value) pairs of a JSON object, nested objects as pair lists; None if it is not one."""
    try:
        text = raw if isinstance(raw, str) else decode(raw)[0]
        value = json.loads(text, object_pairs_hook=lambda pairs: pairs)
    except (InputError, ValueError, RecursionError):
        return None
    return value if isinstance(value, list) and all(isinstance(p, tuple) for p in value) else None
