"""The pictures of the easy read pages the build makes (the statement, the updates
list, the subscribe page): OpenMoji where it is installed, as on the pages people
write, else the Material icon of the same thing."""

from __future__ import annotations

from collections.abc import Mapping

from mkdocs.config.defaults import MkDocsConfig

BLOCKS = "strategy_site.easy_read.blocks"

PICTURES: Mapping[str, tuple[str, str]] = {
    "bell": ("openmoji/bell", "material/bell-ring"),
    "calendar": ("openmoji/calendar", "material/calendar"),
    "chart": ("openmoji/bar-chart", "material/chart-bar"),
    "chart-down": ("openmoji/chart-decreasing", "material/trending-down"),
    "chart-up": ("openmoji/chart-increasing", "material/trending-up"),
    "clock": ("openmoji/alarm-clock", "material/alarm"),
    "computer": ("openmoji/laptop", "material/laptop"),
    "hourglass": ("openmoji/hourglass-not-done", "material/timer-sand"),
    "keyboard": ("openmoji/keyboard", "material/keyboard"),
    "link": ("openmoji/link", "material/link"),
    "list": ("openmoji/clipboard", "material/clipboard-text"),
    "look": ("openmoji/magnifying-glass-tilted-left", "material/magnify"),
    "newspaper": ("openmoji/newspaper", "material/newspaper-variant"),
    "phone": ("openmoji/mobile-phone", "material/cellphone"),
    "question": ("openmoji/person-raising-hand", "material/human-handsup"),
    "rules": ("openmoji/balance-scale", "material/scale-balance"),
    "sad": ("openmoji/slightly-frowning-face", "material/emoticon-sad-outline"),
    "signpost": ("openmoji/signpost", "material/sign-direction"),
    "speaking": ("openmoji/speaking-head", "material/account-voice"),
    "telephone": ("openmoji/telephone-receiver", "material/phone"),
    "tick": ("openmoji/check-box-with-check", "material/checkbox-marked-outline"),
    "tools": ("openmoji/hammer-and-wrench", "material/hammer-wrench"),
    "warning": ("openmoji/warning", "material/alert"),
}
"""What each picture the engine uses shows -> (OpenMoji name, Material name)."""

MATERIAL = {key: material for key, (_, material) in PICTURES.items()}


def idea(alt: str, icon: str, *paragraphs: str) -> str:
    """One idea block of a page the build makes: a picture, its alt text, and its
    paragraphs (one sentence or a few each), as a person would write it."""
    body = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return f"/// idea | {alt}\n    icon: {icon}\n\n{body}\n///\n"


def engine_pictures(config: MkDocsConfig) -> dict[str, str]:
    """The picture names to use on this site: OpenMoji when the idea blocks found it
    (the easy read plugin resolves their `openmoji` option in its on_config)."""
    found = bool(dict(config.mdx_configs.get(BLOCKS, {})).get("openmoji"))
    return {key: openmoji if found else material for key, (openmoji, material) in PICTURES.items()}
