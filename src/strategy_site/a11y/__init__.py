"""Accessibility check: every page of both built sites, in headless Chromium, with pa11y-ci.

`ensure_toolchain` gets Node.js, pa11y-ci and Chromium ready; `check_site` serves the
built folder locally, checks every page named by its sitemaps and writes a report.
"""

from __future__ import annotations

from strategy_site.a11y.checker import A11yResult, check_site
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.errors import A11yError, CheckError, ToolchainError
from strategy_site.a11y.report import A11yIssue, LoadFailure, render_result
from strategy_site.a11y.toolchain import Toolchain, ensure_toolchain

__all__ = [
    "A11yConfig",
    "A11yError",
    "A11yIssue",
    "A11yResult",
    "CheckError",
    "LoadFailure",
    "Toolchain",
    "ToolchainError",
    "check_site",
    "ensure_toolchain",
    "render_result",
]
