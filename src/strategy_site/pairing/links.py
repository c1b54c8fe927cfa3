"""Helpers that pair pages across the two sites and link between them (pure, but
front_matters, which reads the pages)."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from pathlib import Path

from strategy_site.inputs import frontmatter

# A fake absolute root, deep enough that a mount of '..' stays inside it.
_ROOT = "/top/site"


def counterpart_href(from_url: str, mount: str, target_url: str) -> str:
    """A relative link from a page of this site to a page of the site at `mount`.

    `mount` is where the other site's root sits relative to this site's root,
    such as 'easy-read' or '..'.
    """
    here = posixpath.join(_ROOT, from_url)
    here_dir = here if from_url in ("", ".") or from_url.endswith("/") else posixpath.dirname(here)
    there = posixpath.normpath(posixpath.join(_ROOT, mount, target_url))
    href = posixpath.relpath(there, here_dir)
    if target_url in ("", "./") or target_url.endswith("/"):
        href = "./" if href == "." else href + "/"
    return href


def mount_of(site_dir: str, other_site_dir: str) -> str:
    """Where the other site's root sits relative to this site's root."""
    return Path(posixpath.relpath(other_site_dir, site_dir)).as_posix()


def front_matters(docs_dir: Path) -> dict[str, Mapping[str, object]]:
    """Each Markdown page's front matter under `docs_dir`, by path, in path order: read
    once, for both the links back (declared_pairs) and the summary's counts (coverage)."""
    return {
        path.relative_to(docs_dir).as_posix(): frontmatter.parse(
            path.read_text(encoding="utf-8-sig")
        ).meta
        for path in sorted(docs_dir.rglob("*.md"))
    }


def declared_pairs(metas: Mapping[str, Mapping[str, object]], key: str) -> dict[str, str]:
    """Map each counterpart path named in the pages' front matter to the page naming it.

    Used by the site that does not declare pairs, to link back. Where two
    pages name the same counterpart, the first in path order wins.
    """
    pairs: dict[str, str] = {}
    for src_uri, meta in metas.items():
        target = meta.get(key)
        if isinstance(target, str) and target:
            pairs.setdefault(normalise(target), src_uri)
    return pairs


def normalise(target: str) -> str:
    """A counterpart path as a posix path relative to the docs folder."""
    return posixpath.normpath(target.strip().lstrip("/")).removeprefix("./")


def leaves_folder(target: str) -> bool:
    """True for a normalised relative path that climbs out of its folder ('../x.md')."""
    return target == ".." or target.startswith("../")
