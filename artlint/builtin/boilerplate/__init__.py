"""ART2xx: boilerplate rules that need logic (the phrase-list ones are YAML packs under rules/)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from artlint.builtin.boilerplate.author_bio import AuthorBio
from artlint.builtin.boilerplate.comment_thread import CommentThread
from artlint.builtin.boilerplate.header_label import HeaderLabel
from artlint.builtin.boilerplate.page_debris import PageDebris
from artlint.builtin.boilerplate.page_header import PageHeader
from artlint.hookspecs import hookimpl


@hookimpl
def artlint_register_rules(register: Callable[[Any], None]) -> None:
    register(PageDebris)
    register(CommentThread)
    register(HeaderLabel)
    register(AuthorBio)
    register(PageHeader)
