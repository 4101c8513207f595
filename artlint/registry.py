"""Collect rules, packs, kinds, lexicons and reporters from the plugins; select rules by code, prefix or name."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from artlint.corpus.rule import CorpusRule
from artlint.errors import ConfigError, PackError, PluginError
from artlint.lexicons import Lexicons, load_lexicons
from artlint.packs import KindFactory, load_pack
from artlint.plugins import LoadedPlugins, each_implementation
from artlint.rule import Rule

Reporter = Callable[..., None]


@dataclass(slots=True)
class Registry:
    rules: dict[str, Rule] = field(default_factory=dict)
    reporters: dict[str, Reporter] = field(default_factory=dict)
    kinds: dict[str, KindFactory] = field(default_factory=dict)
    lexicons: Lexicons = field(default_factory=Lexicons)
    lexicon_paths: list[str] = field(default_factory=list)
    pack_paths: dict[str, str] = field(default_factory=dict)
    """Pack file -> the plugin (or config) that registered it."""
    errors: list[str] = field(default_factory=list)
    """One line per plugin that failed while registering; its other contributions still count."""

    def add_rule(self, rule: Rule, origin: str) -> None:
        if not rule.code or not rule.name:
            raise PluginError(f"plugin {origin!r} registered a rule without code or name: {rule!r}")
        rule.origin = origin
        for other in self.rules.values():
            if other.code == rule.code or other.name == rule.name:
                what = "code" if other.code == rule.code else "name"
                value = rule.code if what == "code" else rule.name
                raise PluginError(
                    f"rule {what} {value!r} is registered twice: by {other.origin!r} and by {origin!r}"
                )
        self.rules[rule.code] = rule

    def lookup(self, token: str) -> Rule | None:
        for rule in self.rules.values():
            if token in (rule.code, rule.name):
                return rule
        return None

    def matching(self, token: str) -> list[Rule]:
        """Rules a selector names: ALL, a code, a code prefix or a rule name."""
        if token == "ALL":
            return [r for r in self.rules.values() if not r.opt_in]
        found = [r for r in self.rules.values()
                 if token in (r.name, r.code) or (r.code.startswith(token) and not r.opt_in)]
        if not found:
            names = [r.name for r in self.rules.values()] + [r.code for r in self.rules.values()]
            upper, lower = token.upper(), token.lower()
            prefix = len(token) >= 3 and any(r.code.startswith(upper) for r in self.rules.values())
            cased = [upper] if prefix or upper == "ALL" else [lower] if lower in names else []
            close = cased or difflib.get_close_matches(token, names, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"unknown rule selector {token!r}{hint}")
        return found

    def select(self, select: Iterable[str] = ("ALL",), ignore: Iterable[str] = ()) -> list[Rule]:
        chosen: dict[str, Rule] = {}
        for token in select:
            chosen.update((r.code, r) for r in self.matching(token))
        for token in ignore:
            for rule in self.matching(token):
                chosen.pop(rule.code, None)
        return sorted(chosen.values(), key=lambda r: r.code)


def build_registry(
    loaded: LoadedPlugins,
    packs: Iterable[str | Path] = (),
    languages: Iterable[str] | None = None,
) -> Registry:
    """Ask every plugin for what it registers. A plugin that fails is named in `registry.errors` and
    the others go on; a rule code or name registered twice, or a broken pack of the user's own
    config, is an error that stops the run (the rule set would be ambiguous or not what was asked)."""
    registry = Registry()
    pm = loaded.manager
    gather = functools.partial(_gather, pm, registry.errors)
    gather("artlint_register_kinds", lambda origin: lambda name, factory: registry.kinds.__setitem__(name, factory))
    gather("artlint_register_lexicons", lambda origin: lambda path: registry.lexicon_paths.append(str(path)))
    registry.lexicons = load_lexicons(registry.lexicon_paths, languages)
    gather("artlint_register_rules", lambda origin: lambda rule: registry.add_rule(_instance(rule), origin))
    gather("artlint_register_corpus_rules", lambda origin: lambda rule: registry.add_rule(_corpus(rule, origin), origin))
    gather("artlint_register_reporters", lambda origin: lambda name, rep: registry.reporters.__setitem__(name, rep))
    gather("artlint_register_packs", lambda origin: lambda path: registry.pack_paths.__setitem__(str(path), origin))
    for path in packs:
        registry.pack_paths[str(path)] = "config"
    for path, origin in registry.pack_paths.items():
        try:
            rules = load_pack(path, registry.kinds, registry.lexicons)
        except PackError as exc:
            if origin == "config":
                raise
            registry.errors.append(f"plugin {origin!r}: {exc}")
            continue
        for rule in rules:
            registry.add_rule(rule, origin)
    for rule in list(registry.rules.values()):
        try:
            rule.setup(registry.lexicons)
        except Exception as exc:
            registry.errors.append(f"rule {rule.name} (plugin {rule.origin!r}) failed to set up: {type(exc).__name__}: {exc}")
            del registry.rules[rule.code]
    return registry


def _instance(rule: Any) -> Rule:
    return rule() if isinstance(rule, type) else rule


def _corpus(rule: Any, origin: str) -> Rule:
    instance = _instance(rule)
    if not isinstance(instance, CorpusRule):
        raise TypeError(f"{instance!r} is not a CorpusRule; register per-article rules with artlint_register_rules")
    return instance


def _gather(pm: Any, errors: list[str], hook: str, make_register: Callable[[str], Callable[..., None]]) -> None:
    for origin, call in each_implementation(pm, hook):
        try:
            call(register=make_register(origin))
        except (PluginError, ConfigError):
            raise
        except Exception as exc:
            errors.append(f"plugin {origin!r} failed in {hook}: {type(exc).__name__}: {exc}")
