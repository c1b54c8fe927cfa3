"""Accessibility gate: every page of both built sites (and any extra pages), in one
headless Chromium, with axe (WCAG 2.2 AA) and HTML_CodeSniffer through pa11y's
runners and IBM Equal Access as a runner of the same shape, plus content rules of our
own and walks of each page as people use it; only pages that changed are checked again.

`ensure_toolchain` gets Node.js, the pinned packages and Chromium ready; `check_site`
serves a built folder locally, checks it and writes report.json and report.html;
`statement_facts` gives an accessibility statement what it needs from a report.
"""

from __future__ import annotations

from strategy_site.a11y.checks.site import A11yResult, check_site
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.errors import A11yError, CheckError, ToolchainError
from strategy_site.a11y.report.statement import (
    StatementFacts,
    load_statement_facts,
    statement_facts,
)
from strategy_site.a11y.report.summary import A11yIssue, LoadFailure, render_result
from strategy_site.a11y.toolchain.setup import Toolchain, Tools, ensure_toolchain

__all__ = [
    "A11yConfig",
    "A11yError",
    "A11yIssue",
    "A11yResult",
    "CheckError",
    "LoadFailure",
    "StatementFacts",
    "Toolchain",
    "ToolchainError",
    "Tools",
    "check_site",
    "ensure_toolchain",
    "load_statement_facts",
    "render_result",
    "statement_facts",
]
