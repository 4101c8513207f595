"""Built-in article formats: .txt, .md, .json (an article or an array of them), .jsonl and .jsonl.gz."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from artlint.formats.base import Document, FileData
from artlint.formats.json import json_document
from artlint.formats.jsonl import JsonlDocument
from artlint.formats.markdown import MarkdownDocument, text_document
from artlint.hookspecs import hookimpl


@hookimpl(trylast=True)
def artlint_parse_file(path: str, data: FileData, fields: Mapping[str, tuple[str, ...]]) -> Document | None:
    name = path.lower()
    if name.endswith(".txt"):
        return text_document(path, data.read(), fields)
    if name.endswith((".md", ".markdown")):
        return MarkdownDocument(path, data.read(), fields)
    if name.endswith(".json"):
        return json_document(path, data.read(), fields)
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        return JsonlDocument(path, data.read(), fields, data.first_record, data.first_line)
    return None


def read_document(pm: Any, path: str, data: FileData, fields: Mapping[str, tuple[str, ...]]) -> Document | None:
    return pm.hook.artlint_parse_file(path=path, data=data, fields=fields)


def stdin_name(data: bytes) -> str:
    """The file name that text piped to stdin without --stdin-filename is read as, by how it opens: JSON Lines
    (a whole object on each of its first lines), JSON ('{', '['), Markdown (front matter's '---'), else text."""
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return "stdin.json"
    if head.startswith(b"{"):
        lines = [line.strip() for line in head.splitlines()[:5] if line.strip()]
        whole = len(lines) > 1 and all(line.startswith(b"{") and line.endswith(b"}") for line in lines[:-1])
        return "stdin.jsonl" if whole else "stdin.json"
    return "stdin.md" if head.startswith(b"---") else "stdin.txt"
