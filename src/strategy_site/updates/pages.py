"""Which listing pages the updates make: the paginated index and one per audience."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from strategy_site.updates.model import Update
from strategy_site.updates.render import Listing, bullets

INTRO = "What has happened so far, newest first."


def listings(
    updates: Sequence[Update], folder: str, per_page: int, audiences: Mapping[str, str]
) -> Iterator[Listing]:
    """The index pages (paginated), then an unpaginated page per audience."""
    by_audience = bullets([f"[{name}](audiences/{slug}.md)" for slug, name in audiences.items()])
    intro = f"{INTRO}\n\nUpdates for one group of readers:\n\n{by_audience}"
    yield from _index_pages(updates, folder, per_page, intro)
    for slug, name in audiences.items():
        chosen = [u for u in updates if slug in u.audiences]
        yield Listing(f"{folder}/audiences/{slug}.md", f"Updates for {name.lower()}", INTRO, chosen)


def page_uri(folder: str, number: int) -> str:
    """File of page `number` of the index: index.md, then page-2.md, page-3.md ..."""
    return f"{folder}/index.md" if number == 1 else f"{folder}/page-{number}.md"


def _index_pages(
    updates: Sequence[Update], folder: str, per_page: int, intro: str
) -> Iterator[Listing]:
    size = max(per_page, 1)
    chunks = [updates[i : i + size] for i in range(0, len(updates), size)] or [[]]
    total = len(chunks)
    for number, chunk in enumerate(chunks, 1):
        yield Listing(
            page_uri(folder, number),
            "Progress updates" if number == 1 else f"Progress updates, page {number}",
            intro if number == 1 else INTRO,
            chunk,
            newer=page_uri(folder, number - 1) if number > 1 else None,
            older=page_uri(folder, number + 1) if number < total else None,
            position=(number, total),
        )
