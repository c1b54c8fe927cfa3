"""Settings of the accessibility check: the `strategy/a11y` plugin's typed options, and
the immutable value the checker runs with.

The plugin goes in the main site's mkdocs.yml; the gate reads it from there, so both
sites are checked alike:

    plugins:
      - strategy/a11y:
          rules:
            link-text: warning      # error (the default), warning or off
            target-size: error      # axe rule ids work too
          concurrency: 0            # 0: one tab per CPU core
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c

Level = Literal["error", "warning", "notice"]
RuleLevel = Literal["error", "warning", "off"]
RULE_LEVELS: tuple[RuleLevel, ...] = ("error", "warning", "off")
STANDARDS = ("WCAG2A", "WCAG2AA", "WCAG2AAA")
# Material's search worker fetches and indexes this on every page; the checks never
# open the search box, so leaving it out saves each page that work and changes nothing.
SEARCH_INDEX = "*/search/search_index.json"
RUNNERS = ("axe", "htmlcs", "ibm")
DEFAULT_RUNNERS = RUNNERS
WALKS = ("html", "reflow", "spacing", "keyboard")
"""Checks of how people use a page, beyond the engines' rules: valid HTML, reflow at
320 px, WCAG text spacing, and a walk with the Tab key at desktop and phone widths."""


class A11yPluginConfig(base.Config):
    """Options of the `strategy/a11y` plugin (read by `strategy-site build`'s gate)."""

    rules = c.DictOfItems(c.Choice(RULE_LEVELS), default={})
    """Level of a rule, by id: `error` fails the build, `warning` is listed after it (and
    fails it with --strict), `off` leaves it out. Ids are our content rules (alt-missing,
    alt-text, link-text, link-text-target, heading-levels, table-headers, document-link,
    page-lang, passage-lang), axe rule ids (target-size), HTML_CodeSniffer codes, IBM
    Equal Access rule ids (svg_graphics_labelled) or html-validate's (no-dup-id)."""

    standard = c.Choice(STANDARDS, default="WCAG2AA")
    """The WCAG level the engines check against."""

    runners = c.ListOfItems(c.Choice(RUNNERS), default=list(DEFAULT_RUNNERS))
    """The engines that check each page in Chromium; each finds problems the others miss."""

    walks = c.ListOfItems(c.Choice(WALKS), default=list(WALKS))
    """The checks of how people use each page, run in the same browser (see WALKS)."""

    axe_tags = c.ListOfItems(c.Type(str), default=["wcag22a", "wcag22aa"])
    """axe rule tags turned on beyond the standard's (pa11y stops at WCAG 2.1)."""

    concurrency = c.Type(int, default=0)
    """Pages checked at once, each in a tab of one browser; 0 means one per CPU core."""

    timeout = c.Type(int, default=30)
    """Seconds a page may take to load and be checked."""

    cache = c.Type(bool, default=True)
    """Re-check only pages whose HTML, CSS or JavaScript changed since the last check."""

    block_urls = c.ListOfItems(c.Type(str), default=[SEARCH_INDEX])
    """URL patterns the browser does not fetch while checking (Chromium's wildcard syntax)."""

    report = c.Type(str, default="dist/a11y")
    """Folder of the report (report.json, report.html), relative to the config file; the
    statement plugin's `report` option names its report.json."""


def cpu_cores() -> int:
    """The cores this process may run on (a container's share, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class A11yConfig:
    """How the pages are checked.

    The defaults are the standard the strategy promises: WCAG 2.2 AA, checked by axe,
    HTML_CodeSniffer and IBM Equal Access (since each finds problems the others miss),
    and our own content rules.
    """

    standard: str = "WCAG2AA"
    runners: tuple[str, ...] = DEFAULT_RUNNERS
    walks: tuple[str, ...] = WALKS
    axe_tags: tuple[str, ...] = ("wcag22a", "wcag22aa")
    timeout_ms: int = 30_000
    concurrency: int = 0
    # The engines' warnings ask a person to review something: listed in the report, never
    # failing. Their notices ("check that the title describes the page", thousands of them)
    # are left out: they are the same on every page and slow every step.
    include_warnings: bool = True
    include_notices: bool = False
    # axe's "needs review" findings are capped at this level (pa11y's default keeps them errors).
    needs_review_cap: Level = "error"
    rules: Mapping[str, RuleLevel] = field(default_factory=dict)
    cache: bool = True
    block_urls: tuple[str, ...] = (SEARCH_INDEX,)
    viewport: tuple[int, int] = (1280, 1024)
    phone_viewport: tuple[int, int] = (375, 800)
    """Where the keyboard walk is repeated: a common phone's CSS width."""
    reflow_width: int = 320
    """WCAG 1.4.10: content reflows at 320 CSS px wide (1280 px at 400% zoom)."""
    report_dir: str = "dist/a11y"
    """Where the report is published, relative to the project folder."""

    @property
    def tabs(self) -> int:
        """How many pages to check at once."""
        return self.concurrency if self.concurrency > 0 else cpu_cores()

    def engine_settings(self) -> dict[str, Any]:
        """What changes the engines' findings (rule levels and concurrency do not)."""
        return {
            "standard": self.standard,
            "runners": list(self.runners),
            "axe_tags": list(self.axe_tags),
            "include_warnings": self.include_warnings,
            "include_notices": self.include_notices,
            "needs_review_cap": self.needs_review_cap,
            "block_urls": list(self.block_urls),
            "viewport": list(self.viewport),
            "walks": list(self.walks),
            "phone_viewport": list(self.phone_viewport),
            "reflow_width": self.reflow_width,
        }


def from_plugin(options: A11yPluginConfig) -> A11yConfig:
    """The checker's settings from the plugin's validated options."""
    return A11yConfig(
        standard=options.standard,
        runners=tuple(options.runners),
        walks=tuple(options.walks),
        axe_tags=tuple(options.axe_tags),
        timeout_ms=options.timeout * 1000,
        concurrency=options.concurrency,
        rules=dict(options.rules),
        cache=options.cache,
        block_urls=tuple(options.block_urls),
        report_dir=options.report,
    )
