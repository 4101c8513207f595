"""Find and validate configuration (.artlint.yaml, [tool.artlint] in pyproject.toml, --config) into Settings."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from artlint.errors import ConfigError
from artlint.findings import Severity
from artlint.formats.base import DEFAULT_FIELDS
from artlint.jobs import AUTO, parse_jobs
from artlint.schemas import validate
from artlint.yamlload import load_yaml_file

CONFIG_NAMES = (".artlint.yaml", ".artlint.yml")


@dataclass(slots=True)
class Settings:
    """The effective configuration of a run."""

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    per_path_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    packs: list[Path] = field(default_factory=list)
    plugins: list[str] = field(default_factory=list)
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: DEFAULT_FIELDS)
    fail_level: Severity = Severity.INFO
    exclude: list[str] = field(default_factory=list)
    languages: list[str] | None = None
    max_rate: dict[str, float] = field(default_factory=dict)
    corpus: bool = False
    """Run the corpus-level rules (a second pass over the run's articles)."""
    jobs: int = field(default=AUTO, repr=False)
    """Worker processes (artlint.jobs.AUTO: as many as pay off); not part of the repr that keys the cache,
    as it changes no finding."""


def find_config(start: Path) -> Path | None:
    """The nearest .artlint.yaml, or pyproject.toml with [tool.artlint], from `start` upward."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _tool_section(pyproject) is not None:
            return pyproject
    return None


def load_settings(config: Path | None = None, start: Path | None = None) -> Settings:
    path = config if config is not None else find_config((start or Path.cwd()).resolve())
    if path is None:
        return Settings()
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    data = _tool_section(path) if path.name == "pyproject.toml" else load_yaml_file(path, ConfigError)
    return settings_from(data or {}, path)


def settings_from(data: Any, path: Path) -> Settings:
    where = f"{path} [tool.artlint]" if path.name == "pyproject.toml" else str(path)
    problems = validate(data, "config")
    if problems:
        raise ConfigError(f"{where}: {problems[0]}")
    root = path.resolve().parent
    fields = dict(DEFAULT_FIELDS)
    for name, keys in (data.get("fields") or {}).items():
        fields[name] = (keys,) if isinstance(keys, str) else tuple(keys)
    return Settings(
        path=path,
        root=root,
        select=list(data.get("select", ["ALL"])),
        ignore=list(data.get("ignore", [])),
        per_path_ignores={k: list(v) for k, v in (data.get("per-path-ignores") or {}).items()},
        severity={k: Severity(v) for k, v in (data.get("severity") or {}).items()},
        rule_options={k: dict(v) for k, v in (data.get("rules") or {}).items()},
        packs=[root / p for p in data.get("packs", [])],
        plugins=list(data.get("plugins", [])),
        fields=fields,
        fail_level=Severity(data.get("fail-level", "info")),
        exclude=list(data.get("exclude", [])),
        languages=data.get("languages"),
        max_rate=dict(data.get("max-rate") or {}),
        corpus=bool(data.get("corpus", False)),
        jobs=parse_jobs(data.get("jobs", "auto")),
    )


def _tool_section(pyproject: Path) -> dict[str, Any] | None:
    try:
        with open(pyproject, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{pyproject}: cannot read: {exc}") from None
    return data.get("tool", {}).get("artlint")
