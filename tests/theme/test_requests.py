"""Loading a page in a real browser makes no request that fails.

Material's script takes every `<link rel="alternate">` for a language version of
the page and fetches sitemap.xml beside its target: for our feed autodiscovery
links that was feeds/sitemap.xml and feeds/priorities/sitemap.xml, 404s on every
page (zensical/zensical#908). The links say rel="alternate feed" instead.
"""

from __future__ import annotations

import re

import pytest

from ..conftest import TinyProject
from .browser import Browser, serving


def test_feed_links_are_autodiscoverable_but_not_language_versions(themed: TinyProject) -> None:
    page = themed.read("site/priorities/first/index.html")
    links = re.findall(r"<link[^>]*application/(?:rss|atom|feed)\+(?:xml|json)[^>]*>", page)
    assert len(links) == 6  # site-wide and the priority's own, each in three formats
    assert all('rel="alternate feed"' in link and "hreflang" not in link for link in links)
    assert not re.search(r'<link rel="alternate"[ >]', page)


@pytest.mark.parametrize("path", ["", "priorities/first/", "subscribe/", "easy-read/"])
@pytest.mark.parametrize("width", [375, 1280])
def test_no_request_fails(themed: TinyProject, browser: Browser, path: str, width: int) -> None:
    with serving(themed.root / "site") as root:
        visit = browser.visit(root + path, width=width)
    assert visit.failed == []
    assert visit.errors == []
