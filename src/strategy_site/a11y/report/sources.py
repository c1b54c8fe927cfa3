"""Where a finding comes from: the Markdown file behind a page, and the line if it can
be found, so a problem names the file the comms team edits."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote

from strategy_site.sites import Site


def candidates(relative: str) -> list[str]:
    """Markdown files that build a page path: 'a/b/' -> a/b.md, a/b/index.md, a/b/README.md."""
    relative = unquote(relative)
    if relative.endswith(".html"):
        stem = relative[: -len(".html")]
        return [f"{stem}.md"] if not stem.endswith("index") else [f"{stem}.md", "index.md"]
    stem = relative.rstrip("/")
    if not stem:
        return ["index.md", "README.md"]
    return [f"{stem}.md", f"{stem}/index.md", f"{stem}/README.md"]


def source_of(page: str, sites: Sequence[Site]) -> Path | None:
    """The Markdown file of a page ('/easy-read/priorities/workforce/'), if it has one."""
    path = page.lstrip("/")
    for site in sorted(sites, key=lambda s: len(s.mount), reverse=True):
        mount = site.mount.strip("/")
        prefix = f"{mount}/" if mount else ""
        if mount and not (path + "/").startswith(prefix):
            continue
        for candidate in candidates(path[len(prefix) :]):
            file = site.docs_dir / candidate
            if file.is_file():
                return file
        return None
    return None


def line_in_body(path: Path, needle: str) -> int | None:
    """The first line after the front matter that contains `needle` (case-insensitive)."""
    if not needle.strip():
        return None
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError:
        return None
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((n for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), 0)
    wanted = needle.strip().casefold()
    for number in range(start, len(lines)):
        if wanted in lines[number].casefold():
            return number + 1
    return None
