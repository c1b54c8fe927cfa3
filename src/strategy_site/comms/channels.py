"""The social channels the pack knows: their names, limits and how each counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from strategy_site.comms import counting


@dataclass(frozen=True)
class Channel:
    """One social platform and its rules."""

    name: str
    """Its key in channels.yml, front matter `social:` and file names: 'x', 'bluesky'."""
    label: str
    count: Callable[[str], int]
    unit: str
    """What `count` counts, for messages and the preview."""
    default_limit: int
    max_limit: int
    """The platform's ceiling: a configured limit may be lower, never higher (Mastodon:
    each server sets its own)."""
    links: bool = True
    """False where links in the text do not work (Instagram: 'link in bio')."""
    max_bytes: int | None = None


CHANNELS: dict[str, Channel] = {
    c.name: c
    for c in (
        Channel("x", "X", counting.x_length, "weighted characters", 280, 280),
        Channel("bluesky", "Bluesky", counting.graphemes, "graphemes", 300, 300, max_bytes=3000),
        Channel("mastodon", "Mastodon", counting.mastodon_length, "characters", 500, 100_000),
        Channel("facebook", "Facebook", counting.characters, "characters", 5000, 63206),
        Channel("facebook-group", "Facebook group", counting.characters, "characters", 5000, 63206),
        Channel("linkedin", "LinkedIn", counting.characters, "characters", 3000, 3000),
        Channel("instagram", "Instagram", counting.characters, "characters", 2200, 2200, False),
    )
}
"""Every channel, in the order the pack lists them."""

DEFAULT_CHANNELS = tuple(name for name in CHANNELS if name != "facebook-group")
"""The channels in use when channels.yml does not say: a group is one a team joins."""

EMAIL_SOURCE = "bulletin"
"""utm_source of links in e-bulletins, unless channels.yml names another."""
