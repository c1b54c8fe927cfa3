"""Read updates from their Markdown files, reporting every problem with its line."""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from strategy_site.inputs.frontmatter import FrontMatter
from strategy_site.pages.checks import check_front_matter
from strategy_site.problems import Problem
from strategy_site.updates.config import UpdateMeta
from strategy_site.updates.model import Update
from strategy_site.updates.when import When
from strategy_site.urls import on_another_site

REQUIRED = ["title", "date", "summary", "priorities", "audiences"]
INHERITED = ("date", "updated", "priorities", "audiences")
"""What an easy read update takes from its full version when it leaves them out."""


@dataclass(frozen=True)
class Rules:
    """What an update's front matter may name."""

    priorities: frozenset[str]
    audiences: frozenset[str]
    summary_max: int
    files: frozenset[str] | None = None
    """Every file in the docs folder (src_uri), to check `image:`; None skips the check."""


@dataclass
class Loaded:
    """The updates that passed, and the problems of those that did not."""

    updates: list[Update] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_updates(sources: Mapping[str, tuple[str, FrontMatter]], rules: Rules) -> Loaded:
    """`sources` maps each update's src_uri to (its shown path, its front matter)."""
    loaded = Loaded()
    for src_uri, (shown, fm) in sorted(sources.items()):
        problems = check_update(fm, shown, rules) + _image_problems(src_uri, fm, shown, rules)
        if problems:
            loaded.problems.extend(problems)
        else:
            loaded.updates.append(_update(src_uri, fm))
    loaded.problems += _same_ids(loaded.updates, sources)
    return loaded


def _same_ids(
    updates: list[Update], sources: Mapping[str, tuple[str, FrontMatter]]
) -> list[Problem]:
    """Two updates with one id would be one entry to every feed reader, and one post."""
    first: dict[str, Update] = {}
    problems = []
    for update in updates:
        other = first.setdefault(update.key, update)
        if other is update:
            continue
        shown, fm = sources[update.src_uri]
        own = "id" in fm.meta
        problems.append(
            Problem(
                shown,
                fm.line("id") if own else 1,
                f"this update's id '{update.key}' is also the id of {sources[other.src_uri][0]}"
                + ("" if own else " (an update without 'id:' takes its file name)"),
                "give one of them its own 'id:' (feed readers and the comms pack tell updates "
                "apart by it)",
            )
        )
    return problems


def _image_problems(src_uri: str, fm: FrontMatter, shown: str, rules: Rules) -> list[Problem]:
    """An update's picture must be a file of the site, so nothing asks another site for it."""
    image = fm.meta.get("image")
    if not isinstance(image, str) or not image.strip() or rules.files is None:
        return []
    line = fm.line("image")
    if on_another_site(image):
        return [
            Problem(
                shown,
                line,
                f"'image' is '{image}', a picture on another website",
                "save the picture in the docs folder (for example images/) and give its path",
            )
        ]
    target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), image.lstrip("/")))
    if image.startswith("/"):
        target = posixpath.normpath(image.lstrip("/"))
    if target == ".." or target.startswith("../"):
        return [
            Problem(
                shown,
                line,
                f"'image' '{image}' points outside the docs folder",
                "put the picture inside the docs folder and give its path from this file",
            )
        ]
    if target in rules.files:
        return []
    close = difflib.get_close_matches(target, sorted(rules.files), n=1, cutoff=0.8)
    fix = (
        f"change it to '{posixpath.relpath(close[0], posixpath.dirname(src_uri) or '.')}'"
        if close
        else "add the picture to the docs folder, or correct the path (relative to this file)"
    )
    return [Problem(shown, line, f"'image' '{image}' does not exist", fix)]


def inherited(fm: FrontMatter, full: Mapping[str, object] | None) -> FrontMatter:
    """`fm` with each INHERITED field it leaves out taken from `full`, the front matter
    of the update it is the easy read version of (None: it is no update's version)."""
    if full is None or fm.error:
        return fm
    taken = {key: full[key] for key in INHERITED if key not in fm.meta and key in full}
    return replace(fm, meta={**fm.meta, **taken}) if taken else fm


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
        actions=tuple(str(a) for a in meta.get("actions") or ()),
    )
