"""`strategy/safety`: every page's content sanitised, every page given a Content-Security-Policy.

The plugin only dispatches: the cleaning is in sanitise.py, the policy in csp.py.
Anything the sanitiser removes is a problem naming the file and line, so the
author hears of it instead of finding their page silently changed.
"""

from __future__ import annotations

import html
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from strategy_site.inputs import frontmatter
from strategy_site.problems import Problem, report, shown_path
from strategy_site.safety.csp import with_policy
from strategy_site.safety.sanitise import Removed, has_markup, plain_text, sanitise, unsafe

FIRST = 100
"""Before every other plugin's `on_page_content` (strategy/updates keeps the page for
the feeds and the comms pack in its own), so that all of them see the cleaned page."""
LAST = -100
"""After every other plugin's `on_post_page`: the policy hashes the page's final scripts."""

TEXT_FIELDS = ("title", "description", "summary", "subtitle")
"""Front matter the theme, the listings and the feeds show as text."""


class SafetyPlugin(BasePlugin):  # type: ignore[type-arg]
    """Sanitises rendered content and adds a Content-Security-Policy to every page."""

    @event_priority(FIRST)
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        fields = [k for k in TEXT_FIELDS if isinstance(page.meta.get(k), str)]
        for key in (k for k in fields if has_markup(page.meta[k])):
            report(_markup_in_field(page, key))
            # The theme writes these fields without escaping: make them inert text.
            page.meta[key] = html.escape(plain_text(page.meta[key]))
        return markdown

    @event_priority(FIRST)
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        cleaned = sanitise(html)
        for removed in unsafe(cleaned):
            report(_removed_from(page, removed))
        return cleaned.html

    @event_priority(LAST)
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        return with_policy(output)

    @event_priority(LAST)
    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """Theme pages that are not Markdown pages (404.html) get the policy too."""
        return with_policy(output_content) if template_name.endswith(".html") else output_content


def _source(page: Page) -> tuple[str, str]:
    """The page's file as shown to the comms team, and its text."""
    path = page.file.abs_src_path
    shown = shown_path(Path(path)) if path else page.file.src_uri
    return shown, page.file.content_string


def _removed_from(page: Page, removed: Removed) -> Problem:
    shown, text = _source(page)
    what = f"the page contains {removed.described}, which is never published"
    return Problem(shown, line_in(text, removed.needle), what, _fix(removed))


def _fix(removed: Removed) -> str:
    if removed.kind == "address":
        return "link to a web address (https://...) or to another page instead"
    if removed.name == "script" or removed.name.startswith("on"):
        return "remove it; pages cannot run scripts"
    if removed.name == "style":
        return "remove it; the site's stylesheet styles every page"
    if removed.kind == "element":
        return "remove it; a page can link to other pages but not embed them or hold forms"
    if removed.kind == "attribute":
        return "remove it; it is not one a page may use"
    return "write it as plain Markdown"


def _markup_in_field(page: Page, key: str) -> Problem:
    shown, text = _source(page)
    return Problem(
        shown,
        frontmatter.parse(text).line(key),
        f"'{key}' contains HTML markup, which is never published",
        f"write '{key}' as plain text, without '<', '>' or attributes such as 'onerror='",
    )


def line_in(text: str, needle: str) -> int | None:
    """The first line of `text`'s body (after any front matter) containing `needle`,
    ignoring case as HTML does."""
    lines = text.splitlines()
    wanted = needle.casefold()
    start = _body_start(lines)
    found = (n for n, line in enumerate(lines[start:], start + 1) if wanted in line.casefold())
    return next(found, None)


def _body_start(lines: list[str]) -> int:
    if not lines or lines[0].rstrip() != "---":
        return 0
    ends = (n for n, line in enumerate(lines[1:], 2) if line.rstrip() in ("---", "..."))
    return next(ends, 0)
