"""The installed version of artlint."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("artlint")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0"
