"""YAML rule packs: validate a pack file and turn each of its rules into a Rule through its kind."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from artlint.article import URL, Article, url_host
from artlint.data import shipped
from artlint.errors import PackError
from artlint.findings import Severity
from artlint.fixes import Applicability
from artlint.lexicons import Lexicons
from artlint.regexguard import trust
from artlint.rule import Rule
from artlint.schemas import validate
from artlint.yamlload import load_yaml_file

KindFactory = Callable[[Mapping[str, Any], Lexicons], Rule]


class PackRule(Rule):
    """A rule declared in a YAML pack; kinds subclass it and read their settings from `spec`."""

    match_keys: frozenset[str] | None = None
    """The `match` options the kind reads; None: any (a plugin's kind checks its own). An option the kind does
    not read would do nothing, so naming one is an error in the pack."""

    def __init__(self, spec: Mapping[str, Any], lexicons: Lexicons) -> None:
        read = self.match_keys
        if read is not None and (unread := sorted(set(spec.get("match") or {}) - read)):
            raise PackError(f"match option {unread[0]!r} does nothing in kind {spec['kind']!r}; it reads "
                            f"{', '.join(sorted(read))}")
        self.spec = spec
        self.code = spec["code"]
        self.name = spec["name"]
        self.severity = Severity(spec.get("severity", "warning"))
        self.applicability = _applicability(spec.get("fix", "unsafe"))
        self.fixable = str(self.applicability) if self.applicability else "no"
        general = spec.get("general", False)
        self.general = (2 if general else 0) if isinstance(general, bool) else int(general)
        """true is a general phrase list's level (2); a number sets the level (see Rule.general)."""
        self.hosts = tuple(h.lower() for h in spec.get("hosts", ()))
        self.message = spec.get("message", spec["summary"])
        self.lexicons = lexicons

    def documentation(self) -> str:
        spec = self.spec
        parts = [spec["summary"].strip()]
        if spec.get("why"):
            parts.append("Why\n" + spec["why"].strip())
        example = spec.get("example")
        if example:
            parts.append("Example\n" + "\n".join(
                f"  {label}: {example[key].rstrip()}" for key, label in (("before", "before"), ("after", "after"))
                if key in example
            ))
        parts.append("Fix safety\n" + (spec.get("fix_safety") or self.default_fix_safety()).strip())
        if self.hosts:
            parts.append("Scope\nOnly articles from: " + ", ".join(self.hosts))
        return "\n\n".join(parts)

    def default_fix_safety(self) -> str:
        """What the manual says of the fixes when the pack does not (its kind knows how it decides)."""
        return f"Fixes are {self.applicability}." if self.applicability else "No fix."

    def applies_to(self, article: Article) -> bool:
        if not self.hosts:
            return True
        host = url_host(article.value(URL))
        return any(host == h or host.endswith("." + h) for h in self.hosts)

    def message_for(self, text: str) -> str:
        shown = " ".join(text.split())
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return self.message.format(text=shown)


def _applicability(value: str) -> Applicability | None:
    return None if value == "none" else Applicability(value)


def load_pack(path: str | Path, kinds: Mapping[str, KindFactory], lexicons: Lexicons) -> list[Rule]:
    data = load_yaml_file(path, PackError)
    own = shipped(path)
    problems = [] if own else validate(data, "rule-pack")
    if problems:
        raise PackError(f"{path}: invalid rule pack: {problems[0]}")
    if own:
        for spec in data["rules"]:
            for pattern in (spec.get("match") or {}).get("patterns", []):
                trust(pattern)
    rules = []
    for index, spec in enumerate(data["rules"]):
        factory = kinds.get(spec["kind"])
        if factory is None:
            raise PackError(
                f"{path}: rules.{index} ({spec['name']}): unknown kind {spec['kind']!r}; known: {', '.join(sorted(kinds))}"
            )
        try:
            rules.append(factory(spec, lexicons))
        except PackError as exc:
            raise PackError(f"{path}: rules.{index} ({spec['name']}): {exc}") from None
    return rules
