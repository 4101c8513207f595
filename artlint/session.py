"""Everything a run needs, built once: settings, a fresh plugin manager, the registry and the linter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from artlint.config import Settings, load_settings
from artlint.errors import PluginError
from artlint.linter import Linter
from artlint.plugins import LoadedPlugins, make_plugin_manager
from artlint.registry import Registry, build_registry


@dataclass(slots=True)
class Session:
    settings: Settings
    plugins: LoadedPlugins
    registry: Registry
    linter: Linter

    @property
    def errors(self) -> list[str]:
        """Plugins that failed to load or register, one line each; the run goes on without them."""
        return [*self.plugins.errors, *self.registry.errors]


def open_session(
    config: Path | None = None,
    settings: Settings | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    disabled_plugins: Sequence[str] = (),
    required_plugins: Sequence[str] = (),
    strict: bool = True,
    autoload: bool | None = None,
) -> Session:
    """Raises ArtlintError (ConfigError, PluginError, PackError) with a one-line message. With
    strict=False a plugin that fails to load or register is only listed in `Session.errors`."""
    settings = settings or load_settings(config)
    plugins = make_plugin_manager(settings.plugins, disabled_plugins, autoload, settings.root)
    missing = [name for name in required_plugins if not plugins.has(name)]
    if missing:
        raise PluginError(f"required plugin {', '.join(map(repr, missing))} is not installed or failed to load")
    registry = build_registry(plugins, settings.packs, settings.languages)
    if strict and (plugins.errors or registry.errors):
        raise PluginError("; ".join([*plugins.errors, *registry.errors]))
    linter = Linter(registry, settings, plugins.manager, select, ignore)
    return Session(settings, plugins, registry, linter)
