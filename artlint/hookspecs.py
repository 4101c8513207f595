"""The plugin contract: the artlint_* hooks a plugin may implement."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pluggy

PROJECT = "artlint"
HOOKSPEC_VERSION = "1.0"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    """Register Python rules: call ``register(RuleClassOrInstance)`` once per rule."""


@hookspec
def artlint_register_corpus_rules(register: Callable[[Any], None]) -> None:
    """Register corpus-level rules (subclasses of ``artlint.corpus.CorpusRule``): ``register(RuleClassOrInstance)``.
    They run with ``--corpus``: a first pass collects each article's signature, a reduction learns from all."""


@hookspec
def artlint_register_packs(register: Callable[[Any], None]) -> None:
    """Register YAML rule packs: call ``register(path)`` with the path of each pack file."""


@hookspec
def artlint_register_kinds(register: Callable[[str, Any], None]) -> None:
    """Register declarative check kinds for YAML packs: ``register(name, factory)``, where
    ``factory(spec, lexicons)`` returns a Rule for one rule of a pack (`spec` is its validated mapping)."""


@hookspec
def artlint_register_reporters(register: Callable[[str, Any], None]) -> None:
    """Register output formats: ``register(name, reporter)``, where ``reporter(report, stream, options)`` writes it."""


@hookspec
def artlint_register_lexicons(register: Callable[[Any], None]) -> None:
    """Register lexicon files (phrase lists per language): ``register(path)``."""


@hookspec(firstresult=True)
def artlint_parse_file(path: str, data: Any, fields: Any) -> Any:
    """Parse one file into a Document (its articles, and how to write them back), or return None
    when the file is not of a format this plugin reads. `data.read()` gives the bytes (read once,
    only when asked, so a plugin decides by `path` first); `fields` maps canonical field names
    (title, date, body, url, author) to the keys that may hold them. The first non-None answer wins."""
