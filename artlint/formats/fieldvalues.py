"""Turning metadata values (JSON, YAML) into field text, and finding which key holds a field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any


def lookup(data: Mapping[str, Any], key: str, nested: bool = False) -> tuple[bool, Any]:
    """(whether `key` is there, its value): a top-level key, or with `nested` a dotted path into objects
    ('metadata.title'), a top-level key of that very name first."""
    if key in data:
        return True, data[key]
    if not nested or "." not in key:
        return False, None
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False, None
        node = node[part]
    return True, node


def field_keys(data: Mapping[str, Any], fields: Mapping[str, tuple[str, ...]], nested: bool = False) -> dict[str, str]:
    """Canonical field -> the key (with `nested`, perhaps a dotted path) that holds it: the first candidate
    key with a value that reads as text, else the first present (so {"date": null, "date_publish":
    "2024-06-21"} has a date, and crawl4ai's {"markdown": {"raw_markdown": ""}} no body object)."""
    found = {}
    for name, candidates in fields.items():
        first = None
        for key in candidates:
            if key in data:
                value = data[key]
            elif nested and "." in key:
                there, value = lookup(data, key, nested)
                if not there:
                    continue
            else:
                continue
            if value not in (None, "", []) and as_text(value):
                found[name] = key
                break
            first = first or key
        else:
            if first is not None:
                found[name] = first
    return found


def shaped(data: Mapping[str, Any], keys: Mapping[str, str], nested: bool = False) -> frozenset[str]:
    """The fields whose value a fix cannot replace with text (Article.shaped)."""
    values = {name: lookup(data, key, nested)[1] for name, key in keys.items()}
    return frozenset(name for name, v in values.items() if not (v is None or isinstance(v, str) or v == []))


def without(data: Mapping[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """The data without the keys that hold fields: what a fix must leave as it was. A dotted path is removed
    from copies of its objects, and so is each of those objects that it leaves empty (a fix that adds a
    field at a path creates them)."""
    rest = dict(data)
    for key in keys:
        if key in data:
            rest.pop(key, None)
            continue
        parts = key.split(".")
        chain = [rest]
        for part in parts[:-1]:
            chain[-1][part] = dict(chain[-1][part])
            chain.append(chain[-1][part])
        chain[-1].pop(parts[-1], None)
        for depth in range(len(parts) - 1, 0, -1):
            if chain[depth]:
                break
            chain[depth - 1].pop(parts[depth - 1])
    return rest


def as_text(value: Any) -> str | None:
    """A metadata value as text; None for null, and for values that are not text-like."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    return None
