"""Built-in article formats: .txt, .md, .json (an article or an array of them), .jsonl and .jsonl.gz."""

from __future__ import annotations

import re
from collections.abc import Mapping
from json import loads
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
    (a first line that is a whole JSON object, and more after it), JSON ('{"' or '[{'), Markdown (front matter:
    '---' over a 'key:' line), else plain text ('[Updated 10:32] ...' and '{Editor's note: ...}' are text)."""
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if _JSON_OPENING.match(text):
        first, _, rest = text.partition(b"\n")
        try:
            whole = isinstance(loads(first), dict)
        except ValueError:
            whole = False
        return "stdin.jsonl" if whole and rest.strip() else "stdin.json"
    return "stdin.md" if _FRONT_MATTER_OPENING.match(text) else "stdin.txt"


_JSON_OPENING = re.compile(rb'\{\s*(?:"|\})|\[\s*(?:[\[{\]"]|-?\d)')
_FRONT_MATTER_OPENING = re.compile(rb"---[ \t]*\r?\n[ \t]*[\w-]+[ \t]*:")
