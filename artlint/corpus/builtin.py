"""artlint's own corpus rules, registered like any plugin's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.corpus.duplicate_article import DuplicateArticle
from artlint.corpus.site_boilerplate import SiteBoilerplate
from artlint.hookspecs import hookimpl


@hookimpl
def artlint_register_corpus_rules(register: Callable[[Any], None]) -> None:
    for rule in (SiteBoilerplate, DuplicateArticle):
        register(rule)
