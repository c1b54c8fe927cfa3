"""The build's date comes from the content, never the clock, so builds repeat exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from strategy_site.inputs import frontmatter
from strategy_site.sites import Project

_DATE_FIELDS = ("date", "updated", "checked_on")
_FALLBACK = dt.date(2022, 1, 1)


def newest_date(docs_dirs: list[Path]) -> dt.date | None:
    """The newest date named in any page's front matter."""
    dates = [
        value
        for folder in docs_dirs
        for path in sorted(folder.rglob("*.md"))
        for key, value in frontmatter.parse(path.read_text(encoding="utf-8-sig")).meta.items()
        if key in _DATE_FIELDS and isinstance(value, dt.date)
    ]
    return max(dates, default=None)


def source_date_epoch(project: Project) -> int:
    """Seconds since 1970 for SOURCE_DATE_EPOCH, which MkDocs uses for sitemap dates."""
    day = newest_date([site.docs_dir for site in project.sites]) or _FALLBACK
    moment = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
    return int(moment.timestamp())
