"""Pure functions: updates to the Markdown of listing pages, blocks and page headers.

Links are written as relative links to .md files, so MkDocs checks and
converts them like any link the comms team writes. Text from front matter is
HTML-escaped wherever it lands in raw HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from strategy_site.updates.model import Update
from strategy_site.updates.when import When
from strategy_site.urls import doc_link

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


@dataclass(frozen=True)
class Listing:
    """One generated page listing updates."""

    src_uri: str
    title: str
    intro: str
    updates: Sequence[Update]
    newer: str | None = None
    older: str | None = None
    position: tuple[int, int] = (1, 1)


def time_element(when: When) -> str:
    """`<time>` with a machine-readable value exactly as precise as the date."""
    return f'<time datetime="{when.iso()}">{when.display()}</time>'


def md_text(text: str) -> str:
    """Plain text made safe inside Markdown link text."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def bullets(items: Sequence[str]) -> str:
    """A Markdown list, one item a line: a set of links reads as a set (a row of links in
    a sentence reads as one long link; HTML_CodeSniffer H48)."""
    return "\n".join(f"- {item}" for item in items)


def listing_page(listing: Listing) -> str:
    """Markdown for an updates index page (or one page of it)."""
    parts = [
        f"---\ntitle: {_yaml_string(listing.title)}\n---\n",
        f"# {md_text(listing.title)}\n",
        f"{listing.intro}\n" if listing.intro else "",
        update_list(listing.src_uri, listing.updates, level=2)
        or "There are no updates here yet.\n",
        _pagination(listing),
    ]
    return "\n".join(p for p in parts if p)


def update_list(from_uri: str, updates: Sequence[Update], *, level: int) -> str:
    """Each update as a heading link, its date and its summary."""
    hashes = "#" * level
    return "\n".join(
        f"{hashes} [{md_text(u.title)}]({doc_link(from_uri, u.src_uri)})\n\n"
        f'<p class="update-date">{time_element(u.date)}</p>\n\n'
        f'<p class="update-summary">{html.escape(u.summary)}</p>\n'
        for u in updates
    )


def latest_block(from_uri: str, updates: Sequence[Update], index_uri: str, heading: str) -> str:
    """A 'Latest updates' section to end a page with; empty when there are none."""
    if not updates:
        return ""
    return (
        f"\n\n## {heading}\n\n"
        + update_list(from_uri, updates, level=3)
        + f"\n[All progress updates]({doc_link(from_uri, index_uri)})\n"
    )


def update_header(
    update: Update,
    priority_titles: Mapping[str, str],
    priorities_folder: str,
    audience_names: Mapping[str, str],
) -> str:
    """Markdown shown under an update's heading: dates, priorities, audiences."""
    lines = [f'<p class="update-date">Published {time_element(update.date)}</p>\n']
    if update.updated:
        lines.append(f'<p class="update-date">Updated on {time_element(update.updated)}</p>\n')
    links = [
        f"[{md_text(priority_titles.get(slug, slug))}]"
        f"({doc_link(update.src_uri, f'{priorities_folder}/{slug}.md')})"
        for slug in update.priorities
    ]
    if len(links) == 1:
        lines.append(f"**Priority:** {links[0]}\n")
    elif links:
        # the list's label is bold by its class, not <strong>: a paragraph all in
        # <strong> reads to a checker (HTML_CodeSniffer, H42) as a heading
        lines.append('<p class="update-label">Priorities:</p>\n\n' + bullets(links) + "\n")
    names = ", ".join(html.escape(audience_names.get(a, a)) for a in update.audiences)
    lines.append(f"**For:** {names}\n")
    return "\n".join(lines)


def _pagination(listing: Listing) -> str:
    page, pages = listing.position
    if pages == 1:
        return ""
    items = []
    if listing.newer:
        items.append(f"[Newer updates]({doc_link(listing.src_uri, listing.newer)})")
    items.append(f"Page {page} of {pages}")
    if listing.older:
        items.append(f"[Older updates]({doc_link(listing.src_uri, listing.older)})")
    joined = bullets(items)  # strategy.css lays it out in a row
    return (
        f'\n<nav class="pagination" aria-label="Pages of updates" markdown>\n\n{joined}\n\n</nav>\n'
    )


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
