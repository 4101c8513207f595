"""Corpus-level rules: checks that need every article of a run (duplicates, a site's own boilerplate)."""

from __future__ import annotations

from artlint.corpus.rule import ArticleRef, CorpusRule, Reducer

__all__ = ["ArticleRef", "CorpusRule", "Reducer"]
