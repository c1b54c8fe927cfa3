"""The build's date comes from the published content, never the clock, so builds
repeat exactly and a draft changes nothing that is published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel, get_files
from mkdocs.utils import get_build_datetime

from strategy_site.inputs import frontmatter
from strategy_site.pages.plugin import PagesPlugin
from strategy_site.plugins import find_optional

_DATE_FIELDS = ("date", "updated", "checked_on")
FALLBACK = dt.date(2022, 1, 1)
"""The date of a project whose pages name none."""


def published_date(configs: Iterable[MkDocsConfig]) -> dt.date:
    """The newest date in the front matter of any page the sites publish: pages MkDocs
    leaves out (`exclude_docs`, `draft_docs`) and drafts (`draft: true`) do not count."""
    dates = [day for config in configs for file in _published(config) for day in _dates(file)]
    return max(dates, default=FALLBACK)


def site_datetime(config: MkDocsConfig) -> dt.datetime:
    """The site's date as set on `strategy/pages` (`build_date`), else MkDocs' own."""
    pages = find_optional(config, PagesPlugin)
    day = pages.config.build_date if pages is not None else None
    return midnight(day) if day is not None else get_build_datetime()


def midnight(day: dt.date) -> dt.datetime:
    """The start of `day` in UTC, as MkDocs reads SOURCE_DATE_EPOCH."""
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _published(config: MkDocsConfig) -> Sequence[File]:
    files = get_files(config)
    return files.documentation_pages(inclusion=InclusionLevel.is_included)


def _dates(file: File) -> list[dt.date]:
    meta = frontmatter.parse(file.content_string).meta
    if meta.get("draft") is True:
        return []
    return [
        value for key, value in meta.items() if key in _DATE_FIELDS and isinstance(value, dt.date)
    ]
