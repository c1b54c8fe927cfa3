"""Which detailed pages have an easy read route: a counterpart named in front matter, or
a reason why there is none. Pure: front matter in, a verdict out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

NONE = "none"
"""The value of the counterpart field that says a page has no easy read version."""

Route = Literal["paired", "reason", "no-reason", "missing"]


def reason_key(key: str) -> str:
    """The field that says why a page has no counterpart: 'easy_read_reason'."""
    return f"{key}_reason"


def route_of(meta: Mapping[str, object], key: str) -> Route:
    """How a page reaches its easy read version: 'paired' (names it), 'reason' (says
    why it has none), 'no-reason' (says none, not why) or 'missing' (says nothing)."""
    declared = meta.get(key)
    if isinstance(declared, str) and declared.strip().lower() == NONE:
        reason = meta.get(reason_key(key))
        return "reason" if isinstance(reason, str) and reason.strip() else "no-reason"
    if isinstance(declared, str) and declared.strip():
        return "paired"
    return "missing"


def is_exempt(src_uri: str, exempt: Iterable[str]) -> bool:
    """True for a page in a folder whose pages are checked elsewhere (progress updates)."""
    return any(src_uri.startswith(folder.rstrip("/") + "/") for folder in exempt if folder)


@dataclass(frozen=True)
class Coverage:
    """The detailed site's pages by route, each tuple in file order."""

    paired: tuple[str, ...]
    reasons: tuple[tuple[str, str], ...]
    """(page, why it has no easy read version)"""
    missing: tuple[str, ...]
    """Pages that say nothing, or say none without saying why."""
    folders: tuple[tuple[str, str], ...] = ()
    """(folder, easy read page) for the pages the build makes in a folder, which all
    link to that one easy read page and are not counted one by one."""

    @property
    def pages(self) -> int:
        return len(self.paired) + len(self.reasons) + len(self.missing)


def coverage(
    metas: Mapping[str, Mapping[str, object]],
    key: str,
    exempt: Iterable[str] = (),
    generated: Iterable[str] = (),
) -> Coverage:
    """Every page (path to front matter, in path order) but the exempt folders, by route;
    the `generated` pairs (pages both sites make) count as paired, after the written ones."""
    paired: list[str] = []
    reasons: list[tuple[str, str]] = []
    missing: list[str] = []
    folders = tuple(exempt)
    for src_uri, meta in metas.items():
        if is_exempt(src_uri, folders):
            continue
        route = route_of(meta, key)
        if route == "paired":
            paired.append(src_uri)
        elif route == "reason":
            reasons.append((src_uri, str(meta[reason_key(key)]).strip()))
        else:
            missing.append(src_uri)
    paired += [src_uri for src_uri in sorted(set(generated)) if src_uri not in metas]
    return Coverage(tuple(paired), tuple(reasons), tuple(missing))
