"""Turning metadata values (JSON, YAML) into field text, and finding which key holds a field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any


def field_keys(data: Mapping[str, Any], fields: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Canonical field -> the key that holds it: the first candidate key with a value, else the first present
    (so {"date": null, "date_publish": "2024-06-21"} has a date)."""
    found = {}
    for name, candidates in fields.items():
        present = [key for key in candidates if key in data]
        filled = [key for key in present if data[key] not in (None, "", [])]
        if present:
            found[name] = (filled or present)[0]
    return found


def shaped(data: Mapping[str, Any], keys: Mapping[str, str]) -> frozenset[str]:
    """The fields whose value a fix cannot replace with text (Article.shaped)."""
    return frozenset(name for name, key in keys.items() if not (data[key] is None or isinstance(data[key], str) or data[key] == []))


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
