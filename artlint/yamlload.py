"""Safe YAML loading: no object construction, no alias bombs, one-line errors that name the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from artlint.data import shipped
from artlint.errors import ArtlintError

MAX_EXPANDED_NODES = 200_000
"""A document whose aliases would expand past this many nodes is refused (a 'billion laughs' bomb)."""


class YamlBomb(yaml.YAMLError):
    pass


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)
"""libyaml's parser, when PyYAML was built with it: ten times faster, the same values for artlint's own
data (its tests check that), but more lenient on some documents (a tab after 'key:'), so a user's
file is always read by PyYAML's own parser: what passes must not depend on how PyYAML was built."""


def safe_load(text: str, fast: bool = False) -> Any:
    """yaml.safe_load that first measures what the aliases would expand to, in time linear in the text.
    With `fast` (artlint's own data), parsed with libyaml where installed; a document libyaml refuses
    is parsed again by PyYAML's own parser, so an error reads the same with or without libyaml."""
    if fast and _FAST_LOADER is not None:
        try:
            return _load(_FAST_LOADER(text))
        except YamlBomb:
            raise
        except yaml.YAMLError:
            pass
    return _load(yaml.SafeLoader(text))


def _load(loader: Any) -> Any:
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        size = _expanded_size(node, {})
        if size > MAX_EXPANDED_NODES:
            raise YamlBomb(f"aliases expand to over {MAX_EXPANDED_NODES:,} nodes; refused as a YAML bomb")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _expanded_size(node: yaml.Node, sizes: dict[int, int]) -> int:
    """Nodes the document would have with every alias written out (each shared node measured once)."""
    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = MAX_EXPANDED_NODES + 1  # a cycle counts as too large
    if isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_expanded_size(child, sizes) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size = 1 + sum(_expanded_size(k, sizes) + _expanded_size(v, sizes) for k, v in node.value)
    else:
        size = 1
    sizes[id(node)] = min(size, MAX_EXPANDED_NODES + 1)
    return sizes[id(node)]


def load_yaml_file(path: str | Path, error: type[ArtlintError] = ArtlintError) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return safe_load(handle.read(), fast=shipped(path))
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text: {exc.reason}") from None
    except YamlBomb as exc:
        raise error(f"{path}: {exc}") from None
    except RecursionError:
        raise error(f"{path}: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{path}:{where}: invalid YAML: {problem}") from None
