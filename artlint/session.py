"""Everything a run needs, built once: settings, a fresh plugin manager, the registry and the linter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from artlint.config import Settings, load_settings
from artlint.linter import Linter
from artlint.plugins import LoadedPlugins, make_plugin_manager, raise_errors
from artlint.registry import Registry, build_registry


@dataclass(slots=True)
class Session:
    settings: Settings
    plugins: LoadedPlugins
    registry: Registry
    linter: Linter


def open_session(
    config: Path | None = None,
    settings: Settings | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    disabled_plugins: Sequence[str] = (),
) -> Session:
    """Raises ArtlintError (ConfigError, PluginError, PackError) with a one-line message."""
    settings = settings or load_settings(config)
    plugins = make_plugin_manager(settings.plugins, disabled_plugins)
    raise_errors(plugins)
    registry = build_registry(plugins, settings.packs, settings.languages)
    linter = Linter(registry, settings, plugins.manager, select, ignore)
    return Session(settings, plugins, registry, linter)
