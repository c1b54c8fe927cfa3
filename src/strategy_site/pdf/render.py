"""Render one document to a tagged PDF/UA-1 with WeasyPrint, fetching nothing from
outside the built site: every picture comes from the site's own files, the font
from this package, and any other address is refused (and reported)."""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any

FONT_PREFIX = "pdf-fonts/"
"""Where the document's CSS finds the shipped font, under the site's address."""

Lookup = Callable[[str], bytes | None]
"""A site path ('data/x.svg') -> its bytes, or None if the site has no such file."""


def font_css(site_url: str) -> str:
    """@font-face rules for Atkinson Hyperlegible, shipped with the package (OFL)."""
    faces = []
    for weight in (400, 700):
        for style in ("normal", "italic"):
            name = f"atkinson-hyperlegible-latin-{weight}-{style}.woff"
            faces.append(
                "@font-face { font-family: 'Atkinson Hyperlegible'; "
                f"font-weight: {weight}; font-style: {style}; "
                f"src: url('{site_url}{FONT_PREFIX}{name}') format('woff'); }}"
            )
    return "\n".join(faces)


def _font(name: str) -> bytes | None:
    folder = resources.files("strategy_site.pdf").joinpath("fonts")
    item = folder.joinpath(name)
    return item.read_bytes() if "/" not in name and item.is_file() else None


def render_pdf(
    document: str, site_url: str, lookup: Lookup, day: dt.date
) -> tuple[bytes, list[str]]:
    """The PDF's bytes, and each address it could not include (outside the site, or
    not one of its files). `day` dates the embedded font subsets too, so two builds
    give the same bytes."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    refused: list[str] = []

    class SiteOnly(URLFetcher):  # type: ignore[misc]
        """Answers from the built site's files and the package's font, nothing else."""

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            data = None
            if url.startswith(site_url):
                path = url[len(site_url) :].split("#")[0].split("?")[0]
                if path.startswith(FONT_PREFIX):
                    data = _font(path[len(FONT_PREFIX) :])
                else:
                    data = lookup(path)
            if data is None:
                refused.append(url)
                raise ValueError(f"not part of the site: {url}")
            kind = mimetypes.guess_type(url)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body=data, headers={"Content-Type": kind})

    with _quiet(), _dated(day):
        pdf = HTML(string=document, base_url=site_url, url_fetcher=SiteOnly()).write_pdf(
            pdf_variant="pdf/ua-1"
        )
    return bytes(pdf), sorted(set(refused))


@contextmanager
def _dated(day: dt.date) -> Iterator[None]:
    """fontTools stamps each font subset with the time it was made, unless
    SOURCE_DATE_EPOCH (reproducible-builds.org) says otherwise: say the document's day."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    stamp = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC).timestamp()
    os.environ["SOURCE_DATE_EPOCH"] = str(int(stamp))
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


@contextmanager
def _quiet() -> Iterator[None]:
    """WeasyPrint logs what it cannot draw as warnings; the refused addresses are
    reported as problems instead, once each."""
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
