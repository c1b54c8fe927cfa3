"""Read updates from their Markdown files, reporting every problem with its line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from strategy_site.pages.checks import check_front_matter
from strategy_site.pages.frontmatter import FrontMatter
from strategy_site.problems import Problem
from strategy_site.updates.config import UpdateMeta
from strategy_site.updates.model import Update
from strategy_site.updates.when import When

REQUIRED = ["title", "date", "summary", "priorities", "audiences"]


@dataclass(frozen=True)
class Rules:
    """What an update's front matter may name."""

    priorities: frozenset[str]
    audiences: frozenset[str]
    summary_max: int


@dataclass
class Loaded:
    """The updates that passed, and the problems of those that did not."""

    updates: list[Update] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_updates(sources: Mapping[str, tuple[str, FrontMatter]], rules: Rules) -> Loaded:
    """`sources` maps each update's src_uri to (its shown path, its front matter)."""
    loaded = Loaded()
    for src_uri, (shown, fm) in sorted(sources.items()):
        problems = check_update(fm, shown, rules)
        if problems:
            loaded.problems.extend(problems)
        else:
            loaded.updates.append(_update(src_uri, fm))
    return loaded


def check_update(fm: FrontMatter, file: str, rules: Rules) -> list[Problem]:
    """Schema problems first; then names of priorities and audiences, and image alt text."""
    problems = check_front_matter(
        fm, file, required=REQUIRED, limits={"summary": rules.summary_max}, schema=UpdateMeta
    )
    if fm.error:
        return problems
    meta = fm.meta
    problems += _unknown_names(fm, file, "priorities", rules.priorities, "priority pages")
    problems += _unknown_names(fm, file, "audiences", rules.audiences, "audiences in the config")
    if meta.get("image") and not str(meta.get("image_alt") or "").strip():
        problems.append(
            Problem(
                file,
                fm.line("image"),
                "'image' has no 'image_alt'",
                "add 'image_alt:' saying what the picture shows, for people who cannot see it",
            )
        )
    return problems


def _unknown_names(
    fm: FrontMatter, file: str, key: str, known: frozenset[str], where: str
) -> list[Problem]:
    names = fm.meta.get(key)
    if not isinstance(names, list):
        return []
    return [
        Problem(
            file,
            fm.line(key),
            f"'{key}' names '{name}', which is not one of the {where}",
            f"use one of: {', '.join(sorted(known))}",
        )
        for name in names
        if name not in known
    ]


def _update(src_uri: str, fm: FrontMatter) -> Update:
    meta = fm.meta
    updated = meta.get("updated")
    return Update(
        src_uri=src_uri,
        key=str(meta.get("id") or src_uri.rsplit("/", 1)[-1].removesuffix(".md")),
        title=str(meta["title"]).strip(),
        date=When.parse(meta["date"]),
        summary=" ".join(str(meta["summary"]).split()),
        priorities=tuple(meta["priorities"]),
        audiences=tuple(meta["audiences"]),
        updated=When.parse(updated) if updated is not None else None,
        image=meta.get("image"),
        image_alt=meta.get("image_alt"),
        easy_read=meta.get("easy_read"),
        draft=bool(meta.get("draft", False)),
        social={str(k): str(v) for k, v in (meta.get("social") or {}).items()},
    )
