"""make_plugin_manager(): built-ins and third-party plugins, each loaded through entry points in isolation."""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pluggy

from artlint import hookspecs

ENTRY_POINT_GROUP = "artlint"
DISABLE_AUTOLOAD_ENV = "ARTLINT_DISABLE_PLUGIN_AUTOLOAD"
BUILTIN_DISTRIBUTION = "artlint"


@dataclass(slots=True)
class LoadedPlugins:
    manager: pluggy.PluginManager
    errors: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        """A plugin of this name (entry point name, `dist:name`, or distribution) loaded."""
        return any(name == loaded or loaded.split(":", 1)[0] == name for loaded in self.versions)


def make_plugin_manager(
    modules: Iterable[str] = (),
    disabled: Iterable[str] = (),
    autoload: bool | None = None,
    project: Path | None = None,
) -> LoadedPlugins:
    """A fresh manager: artlint's own entry points, third-party ones (unless autoload is off),
    then the modules named in config, importable from the `project` folder (the config's).
    Failures are collected, one line each, not raised."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    loaded = LoadedPlugins(pm)
    disabled = set(disabled)
    if autoload is None:
        autoload = not os.environ.get(DISABLE_AUTOLOAD_ENV)
    for entry_point in _entry_points():
        dist = entry_point.dist.name if entry_point.dist else "?"
        name = entry_point.name if dist == BUILTIN_DISTRIBUTION else f"{dist}:{entry_point.name}"
        if name in disabled or dist in disabled:
            continue
        if dist != BUILTIN_DISTRIBUTION and not autoload:
            continue
        _register(loaded, name, entry_point.load, entry_point.dist.version if entry_point.dist else "")
    for module in modules:
        if module not in disabled:
            _register(loaded, module, functools.partial(_import_local, module, project), "local")
    return loaded


def _import_local(module: str, project: Path | None) -> Any:
    """Import a local plugin module, looking in the project folder first."""
    folder = str(project) if project is not None else None
    if folder and folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(module)


def plugin_sources(loaded: LoadedPlugins) -> list[str]:
    """The source files of every plugin not shipped with artlint: what a cache must watch, since an
    edited local or editable plugin keeps its version."""
    files: list[str] = []
    for name, plugin in loaded.manager.list_name_plugin():
        if loaded.versions.get(name) is not None and name in _builtin_names(loaded):
            continue
        origin = getattr(plugin, "__file__", None)
        if not origin:
            continue
        folder = os.path.dirname(origin)
        if os.path.basename(origin) == "__init__.py":
            files.extend(os.path.join(root, f) for root, _, names in os.walk(folder) for f in names if f.endswith((".py", ".yaml", ".yml")))
        else:
            files.append(origin)
    return sorted(files)


def _builtin_names(loaded: LoadedPlugins) -> set[str]:
    return {name for name in loaded.versions if ":" not in name and loaded.versions[name] != "local"}


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    points = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    seen: dict[tuple[str, str], importlib.metadata.EntryPoint] = {}
    for point in points:
        dist = point.dist.name if point.dist else ""
        seen.setdefault((dist, point.name), point)
    return sorted(seen.values(), key=lambda p: (p.dist.name != BUILTIN_DISTRIBUTION if p.dist else True, p.name))


def _register(loaded: LoadedPlugins, name: str, load: Callable[[], Any], version: str) -> None:
    try:
        plugin = load()
    except Exception as exc:  # a broken plugin must not take the others down
        loaded.errors.append(f"plugin {name!r} failed to import: {type(exc).__name__}: {exc}")
        return
    try:
        loaded.manager.register(plugin, name=name)
        loaded.manager.check_pending()
    except Exception as exc:
        if loaded.manager.is_registered(plugin):
            loaded.manager.unregister(plugin)
        loaded.errors.append(f"plugin {name!r} failed to register: {_one_line(exc)}")
        return
    loaded.versions[name] = version


def each_implementation(pm: pluggy.PluginManager, hook_name: str) -> Iterator[tuple[str, Callable[..., Any]]]:
    """Yield (plugin name, call) for each implementation of a hook, so that callers learn which
    plugin gave what; `call(**kwargs)` passes an implementation only the arguments it takes."""
    hook = getattr(pm.hook, hook_name)
    for impl in reversed(hook.get_hookimpls()):
        yield impl.plugin_name, (
            lambda f=impl.function, names=impl.argnames, **kwargs: f(**{n: kwargs[n] for n in names})
        )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
