"""Links and hashtags as the channels want them: tracked with UTM, tags in CamelCase."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_WORD = re.compile(r"[A-Za-z0-9]+")
_HASHTAG = re.compile(r"#[A-Za-z0-9_]+")


def with_utm(url: str, source: str, medium: str, campaign: str) -> str:
    """`url` with utm_source, utm_medium and utm_campaign (in that order) replacing any old ones."""
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k[:4] != "utm_"]
    tracked = [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
    return urlunsplit(parts._replace(query=urlencode(kept + tracked)))


def is_site_link(url: str, site_url: str) -> bool:
    """Only links to our own site are tracked; other sites get no UTM."""
    return url.startswith(site_url)


def camel_hashtag(text: str) -> str:
    """'#EveryonesIncluded' from "Everyone's included" (screen readers then read the words).

    An existing '#Tag' keeps its capitals; apostrophes join a word rather than split it.
    """
    words = _WORD.findall(text.replace("'", "").replace("\u2019", ""))
    return "#" + "".join(w[:1].upper() + w[1:] for w in words)


def is_camel_case(tag: str) -> bool:
    """A hashtag whose first letter is a capital: '#Leeds', '#EveryonesIncluded', '#SEND'."""
    body = tag.removeprefix("#")
    return bool(re.fullmatch(r"[A-Za-z0-9]+", body)) and not body[0].islower()


def hashtags_in(text: str) -> list[str]:
    return _HASHTAG.findall(text)
