"""Turning metadata values (JSON, YAML) into field text, and finding which key holds a field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any


def field_keys(data: Mapping[str, Any], fields: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Canonical field -> the key that holds it: the first candidate key present in the record."""
    found = {}
    for name, candidates in fields.items():
        for key in candidates:
            if key in data:
                found[name] = key
                break
    return found


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
