"""Where a run executes beyond one process pool: Dask (optional extra), and record-level helpers for Spark or Ray."""

from __future__ import annotations

import importlib
from types import ModuleType

from artlint.errors import ArtlintError


def load_dask() -> ModuleType:
    """artlint.engines.dask, or a one-line error naming the extra to install."""
    try:
        return importlib.import_module("artlint.engines.dask")
    except ImportError as exc:
        raise ArtlintError(f"--engine dask needs Dask ({exc.name or exc} is missing): pip install 'artlint[dask]'") from None
