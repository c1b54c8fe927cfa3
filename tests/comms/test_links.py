"""UTM links (exact query strings) and CamelCase hashtags."""

from __future__ import annotations

import pytest

from strategy_site.comms.links import camel_hashtag, is_camel_case, with_utm

PAGE = "https://tiny.example.org/updates/board/"


@pytest.mark.parametrize(
    ("url", "source", "medium", "expected"),
    [
        (
            PAGE,
            "x",
            "social",
            f"{PAGE}?utm_source=x&utm_medium=social&utm_campaign=everyones-included",
        ),
        (
            f"{PAGE}?page=2",
            "bluesky",
            "social",
            f"{PAGE}?page=2&utm_source=bluesky&utm_medium=social&utm_campaign=everyones-included",
        ),
        (
            f"{PAGE}#what-happened",
            "bulletin",
            "email",
            f"{PAGE}?utm_source=bulletin&utm_medium=email&utm_campaign=everyones-included"
            "#what-happened",
        ),
        (
            f"{PAGE}?utm_source=old&utm_medium=old",
            "linkedin",
            "social",
            f"{PAGE}?utm_source=linkedin&utm_medium=social&utm_campaign=everyones-included",
        ),
    ],
)
def test_utm_query_string_is_exact(url: str, source: str, medium: str, expected: str) -> None:
    assert with_utm(url, source, medium, "everyones-included") == expected


@pytest.mark.parametrize(
    ("words", "tag"),
    [
        ("Everyone's included", "#EveryonesIncluded"),
        ("everyone\u2019s included", "#EveryonesIncluded"),
        ("#EveryonesIncluded", "#EveryonesIncluded"),
        ("SEND and inclusion", "#SENDAndInclusion"),
        ("leeds 2027", "#Leeds2027"),
    ],
)
def test_camel_hashtags(words: str, tag: str) -> None:
    assert camel_hashtag(words) == tag


@pytest.mark.parametrize(
    ("tag", "ok"),
    [
        ("#EveryonesIncluded", True),
        ("#SEND", True),
        ("#Leeds2027", True),
        ("#everyonesincluded", False),
        ("#everyonesIncluded", False),
        ("#Everyone's", False),
    ],
)
def test_is_camel_case(tag: str, ok: bool) -> None:
    assert is_camel_case(tag) is ok
