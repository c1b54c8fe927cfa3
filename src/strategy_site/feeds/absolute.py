"""Make every link in an entry's HTML absolute: feed readers have no page to resolve against."""

from __future__ import annotations

import re
from urllib.parse import urljoin

_URL_ATTRIBUTE = re.compile(r'(?P<attr>\b(?:href|src|poster)=)(?P<q>["\'])(?P<url>.*?)(?P=q)', re.I)


def absolute_links(html: str, base_url: str) -> str:
    """Resolve every href/src/poster against `base_url` (the page's own absolute URL)."""

    def resolve(match: re.Match[str]) -> str:
        url = match["url"]
        if url.startswith("#") or re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I):
            url = base_url + url if url.startswith("#") else url
        else:
            url = urljoin(base_url, url)
        return f"{match['attr']}{match['q']}{url}{match['q']}"

    return _URL_ATTRIBUTE.sub(resolve, html)


def without_first_h1(html: str) -> str:
    """The page body without its title: feed readers show the title already."""
    return re.sub(r"<h1\b[^>]*>.*?</h1>\s*", "", html, count=1, flags=re.S)
