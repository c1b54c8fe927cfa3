"""Pure renderers: the 'You said, we did' page, on the full site and in easy read.

The SEND Regulations 2014 (regulation 56) ask a council to publish, at least once a
year, what people said and what it did in response, without naming anyone: each
entry is a theme, never one person's words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from strategy_site.easy_read.engine_pictures import MATERIAL, idea
from strategy_site.measures.model import YouSaid
from strategy_site.updates.render import bullets, md_text
from strategy_site.updates.when import When

INTRO = (
    "What children, young people, families and partners told us, and what we did about "
    "it, newest first. Each is what many people said: never one person's words."
)
EASY_INTRO = "Here you can read what people told us.\n\nYou can read what we did about it."

Links = Mapping[str, tuple[str, str]]
"""Docs-relative page -> (its title, the link to it from this page)."""


def newest_first(entries: Sequence[YouSaid]) -> list[YouSaid]:
    """Newest first; entries of one date in the file's order."""
    return sorted(entries, key=lambda e: When.parse(e.when).sort_key, reverse=True)


def you_said_page(title: str, entries: Sequence[YouSaid], links: Links) -> str:
    """The full site's page."""
    parts = [f'---\ntitle: "{title}"\n---\n', f"# {title}\n", f"{INTRO}\n"]
    if not entries:
        parts.append("There is nothing here yet.\n")
    for entry in newest_first(entries):
        parts.append(f"## {When.parse(entry.when).display()}\n")
        parts.append(f"**You said:** {md_text(entry.said)}\n")
        parts.append(f"**We did:** {md_text(entry.did)}\n")
        shown = [links[page] for page in entry.links if page in links]
        if shown:
            items = bullets([f"[{md_text(name)}]({href})" for name, href in shown])
            parts.append(f"Read more:\n\n{items}\n")
    return "\n".join(parts)


def easy_you_said_page(
    title: str, entries: Sequence[YouSaid], links: Links, pictures: Mapping[str, str] = MATERIAL
) -> str:
    """The easy read site's page: each entry as two ideas, what you said and what we
    did, in the entry's easy read words (entries without them are left out)."""
    parts = [
        f'---\ntitle: "{title}"\n---\n',
        f"# {title}\n",
        idea("A signpost", pictures["signpost"], EASY_INTRO),
    ]
    for entry in newest_first([e for e in entries if e.easy_said and e.easy_did]):
        when = When.parse(entry.when)
        word = "on" if when.day is not None else "in"
        parts.append(f"## {when.display()}\n")
        parts.append(
            idea("A person speaking", pictures["speaking"], f"You said: {entry.easy_said}")
        )
        more = [links[page] for page in entry.links if page in links]
        read = "".join(f"\n\nRead [{md_text(name)}]({href})." for name, href in more[:1])
        parts.append(
            idea(
                "A tick in a box",
                pictures["tick"],
                f"We did this {word} {when.display()}.\n\n{entry.easy_did}{read}",
            )
        )
    return "\n".join(parts)
