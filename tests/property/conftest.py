"""Hypothesis profiles for the property tests: `ci` by default, `fuzz` with HYPOTHESIS_PROFILE=fuzz."""

from __future__ import annotations

import os

from article_strategies import register_profiles
from hypothesis import settings

register_profiles()
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
