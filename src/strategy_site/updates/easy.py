"""Pure functions: the same listings, blocks and headers as render.py, in easy read.

Every update is an idea block with a picture, its link and its summary, and every
date is a sentence ("This happened in 2019."), so the pages the build makes pass
the easy read rules like the pages people write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from strategy_site.easy_read.engine_pictures import MATERIAL, idea
from strategy_site.updates.model import Update
from strategy_site.updates.render import Listing, md_text, time_element
from strategy_site.updates.when import When
from strategy_site.urls import doc_link

PICTURE = ("A newspaper", "newspaper")
"""The picture of an update in a list: (what it shows, its key in engine_pictures)."""
MORE = ("A signpost", "signpost")
INTRO = "Here you can read what we have done so far.\n\nThe newest update comes first."


Pictures = Mapping[str, str]
"""What each picture shows -> its icon name (see easy_read.engine_pictures)."""


def _idea(alt: str, key: str, body: str, pictures: Pictures) -> str:
    """One idea block, its picture named by what it shows (a key of `pictures`)."""
    return idea(alt, pictures[key], body)


def when_sentence(when: When, start: str = "This happened") -> str:
    """'This happened in 2019.' or '... on 8 November 2022.', with a <time>."""
    word = "on" if when.day is not None else "in"
    return f"{start} {word} {time_element(when)}."


def update_list(from_uri: str, updates: Sequence[Update], pictures: Pictures = MATERIAL) -> str:
    """Each update as an idea: its title as a link, when it happened, its summary."""
    return "\n".join(
        _idea(
            *PICTURE,
            f"[{md_text(u.title)}]({doc_link(from_uri, u.src_uri)})\n\n"
            f"{when_sentence(u.date)}\n\n{md_text(u.summary)}",
            pictures,
        )
        for u in updates
    )


def listing_page(listing: Listing, pictures: Pictures = MATERIAL) -> str:
    """Markdown for a page of the easy read updates list."""
    parts = [
        f'---\ntitle: "{listing.title}"\n---\n',
        f"# {md_text(listing.title)}\n",
        _idea(*MORE, INTRO, pictures),
        update_list(listing.src_uri, listing.updates, pictures)
        or _idea(*PICTURE, "There are no updates yet.", pictures),
        _pagination(listing, pictures),
    ]
    return "\n".join(p for p in parts if p)


def latest_block(
    from_uri: str,
    updates: Sequence[Update],
    index_uri: str,
    heading: str,
    pictures: Pictures = MATERIAL,
) -> str:
    """The 'What is new' section that ends the home page; empty when there are none."""
    if not updates:
        return ""
    more = _idea(*MORE, f"Read [all our updates]({doc_link(from_uri, index_uri)}).", pictures)
    return f"\n\n## {heading}\n\n" + update_list(from_uri, updates, pictures) + "\n" + more


def update_header(
    update: Update,
    priority_titles: Mapping[str, str],
    priorities_folder: str,
    pictures: Pictures = MATERIAL,
) -> str:
    """The words under an easy read update's heading: when, and which goals it is about."""
    lines = [f"{when_sentence(update.date)}\n"]
    if update.updated:
        lines.append(when_sentence(update.updated, "We changed this page") + "\n")
    for slug in update.priorities:
        link = doc_link(update.src_uri, f"{priorities_folder}/{slug}.md")
        lines.append(
            f"It is about our goal: [{md_text(priority_titles.get(slug, slug))}]({link}).\n"
        )
    return _idea("A calendar", "calendar", "\n".join(lines), pictures)


def _pagination(listing: Listing, pictures: Pictures) -> str:
    page, pages = listing.position
    if pages == 1:
        return ""
    lines = [f"This is page {page} of {pages}."]
    if listing.newer:
        lines.append(f"Go to [newer updates]({doc_link(listing.src_uri, listing.newer)}).")
    if listing.older:
        lines.append(f"Go to [older updates]({doc_link(listing.src_uri, listing.older)}).")
    return _idea(*MORE, "\n\n".join(lines), pictures)
