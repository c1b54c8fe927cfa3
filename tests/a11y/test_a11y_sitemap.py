"""Which pages the check visits: sitemap parsing and mapping to the local folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.a11y.checks.sitemap import (
    mount_of,
    pages_in,
    relative_path,
    site_paths,
    site_url_of,
    sitemap_locs,
)
from strategy_site.a11y.errors import CheckError

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def sitemap(*locs: str, ns: str = NS) -> str:
    urls = "".join(f"<url><loc>{loc}</loc><lastmod>2026-01-01</lastmod></url>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {ns}>{urls}</urlset>'


@pytest.mark.parametrize(
    ("locs", "site_url", "expected"),
    [
        (
            ["https://e.org/", "https://e.org/why/", "https://e.org/priorities/workforce/"],
            "https://e.org/",
            ["", "why/", "priorities/workforce/"],
        ),
        (
            ["https://e.org/easy-read/", "https://e.org/easy-read/priorities/workforce/"],
            "https://e.org/easy-read/",
            ["", "priorities/workforce/"],
        ),
        (  # a site published under a path prefix; the host never matters
            ["https://council.gov/strategy/", "https://council.gov/strategy/a.html"],
            "https://other-host.example/strategy/",
            ["", "a.html"],
        ),
        (["https://e.org/easy-read"], "https://e.org/easy-read/", [""]),
    ],
)
def test_site_paths(locs: list[str], site_url: str, expected: list[str]) -> None:
    assert site_paths(sitemap(*locs), site_url) == expected


@pytest.mark.parametrize(
    ("locs", "expected"),
    [
        (["https://e.org/", "https://e.org/why/"], "https://e.org/"),
        (["https://e.org/easy-read/", "https://e.org/easy-read/a/b/"], "https://e.org/easy-read/"),
        (["https://e.org/s/a/", "https://e.org/s/b/"], "https://e.org/s/"),
        (["https://e.org/ab/", "https://e.org/ac/"], "https://e.org/"),
        (["https://e.org/a/page.html"], "https://e.org/a/"),
        ([], ""),
    ],
)
def test_site_url_of(locs: list[str], expected: str) -> None:
    assert site_url_of(locs) == expected


def test_locs_without_namespace_and_in_order() -> None:
    xml = sitemap("https://e.org/b/", "https://e.org/a/", ns="")
    assert sitemap_locs(xml) == ["https://e.org/b/", "https://e.org/a/"]


def test_loc_outside_its_site_is_an_error() -> None:
    with pytest.raises(CheckError, match="outside its site"):
        relative_path("https://e.org/other/page/", "https://e.org/easy-read/")


def test_invalid_xml_names_the_file() -> None:
    with pytest.raises(CheckError, match=r"easy-read/sitemap\.xml is not valid XML"):
        sitemap_locs("<urlset><url>", "easy-read/sitemap.xml")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("main_url", "easy_url"),
    [
        ("https://everyones-included.example.org/", "https://everyones-included.example.org/"),
        ("https://council.gov.uk/send/", "https://council.gov.uk/send/"),
        ("http://localhost:8000/", "https://staging.example/preview/"),
    ],
)
def test_pages_in_nested_sites(tmp_path: Path, main_url: str, easy_url: str) -> None:
    write(tmp_path / "sitemap.xml", sitemap(main_url, main_url + "priorities/workforce/"))
    write(
        tmp_path / "easy-read" / "sitemap.xml",
        sitemap(easy_url + "easy-read/", easy_url + "easy-read/priorities/workforce/"),
    )
    assert pages_in(tmp_path) == [
        "",
        "easy-read/",
        "easy-read/priorities/workforce/",
        "priorities/workforce/",
    ]


def test_mount_of(tmp_path: Path) -> None:
    assert mount_of(tmp_path / "sitemap.xml", tmp_path) == ""
    assert mount_of(tmp_path / "easy-read" / "sitemap.xml", tmp_path) == "easy-read/"


def test_no_sitemap_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html></html>", encoding="utf-8")
    with pytest.raises(CheckError, match=r"no sitemap\.xml"):
        pages_in(tmp_path)


def test_empty_sitemap_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "sitemap.xml", sitemap("https://e.org/"))
    write(tmp_path / "easy-read" / "sitemap.xml", sitemap())
    with pytest.raises(CheckError, match=r"easy-read/sitemap\.xml lists no pages"):
        pages_in(tmp_path)
