"""load_schema(name) and validate(instance, name) with readable, one-line errors."""

from __future__ import annotations

import difflib
import json
from functools import cache
from typing import TYPE_CHECKING, Any

from artlint.data import data_dir

if TYPE_CHECKING:
    import jsonschema
    from jsonschema import Draft202012Validator


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The schema `schemas/NAME.schema.json`."""
    with open(data_dir("schemas") / f"{name}.schema.json", encoding="utf-8") as handle:
        return json.load(handle)


@cache
def _validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate(instance: Any, name: str) -> list[str]:
    """Problems of `instance` against schema NAME, each as 'key.path: what is wrong'."""
    return validate_with(instance, _validator(name))


def validate_with(instance: Any, validator: Draft202012Validator) -> list[str]:
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    return [describe(error) for error in errors]


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """jsonschema is imported on first use: a run with no config and only built-in data never needs it."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema)


def describe(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(part) for part in error.absolute_path) or "(top level)"
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(error.schema.get("properties", {}))
        unknown = [k for k in error.instance if k not in allowed and not _matches_pattern(k, error.schema)]
        parts = []
        for key in unknown:
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            parts.append(f"unknown key {key!r}{hint}")
        prefix = "" if where == "(top level)" else f"{where}: "
        return prefix + "; ".join(parts)
    if error.validator == "type" and isinstance(error.instance, bool) and "string" in str(error.validator_value):
        return f"{where}: {error.message} (YAML reads on, off, yes and no as booleans: quote the word)"
    return f"{where}: {error.message}"


def _matches_pattern(key: str, schema: dict[str, Any]) -> bool:
    import re

    return any(re.search(p, key) for p in schema.get("patternProperties", {}))
