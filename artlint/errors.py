"""Errors that stop a run with exit code 2: usage, config and plugin problems."""

from __future__ import annotations


class ArtlintError(Exception):
    """A one-line, user-facing error; the CLI prints it and exits 2."""


class ConfigError(ArtlintError):
    pass


class PluginError(ArtlintError):
    pass


class PackError(ArtlintError):
    pass
