"""Settings of the accessibility check, as one typed, immutable value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning", "notice"]


@dataclass(frozen=True)
class A11yConfig:
    """How pa11y-ci checks each page.

    The defaults are the standard the strategy promises (WCAG 2 AA, checked by both
    axe and HTML_CodeSniffer, since each finds problems the other misses).
    """

    standard: str = "WCAG2AA"
    runners: tuple[str, ...] = ("axe", "htmlcs")
    timeout_ms: int = 60_000
    concurrency: int = 2
    # Warnings and notices never fail the check; they are collected so the report can count them.
    include_warnings: bool = True
    include_notices: bool = True
    # axe's "needs review" findings are capped at this level (pa11y's default keeps them errors).
    needs_review_cap: Level = "error"
