"""Links between the detailed and easy read sites, and the pairs read from front matter."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.pairing.links import counterpart_href, declared_pairs, front_matters, mount_of
from strategy_site.urls import page_url


@pytest.mark.parametrize(
    ("from_url", "mount", "target", "href"),
    [
        ("", "easy-read", "", "easy-read/"),
        ("./", "easy-read", "./", "easy-read/"),
        (
            "priorities/first/",
            "easy-read",
            "priorities/first/",
            "../../easy-read/priorities/first/",
        ),
        ("priorities/first/", "..", "priorities/first/", "../../../priorities/first/"),
        ("", "..", "./", "../"),
        ("priorities/", "..", "priorities/", "../../priorities/"),
        ("first.html", "..", "first.html", "../first.html"),
        ("a/b.html", "easy-read", "c.html", "../easy-read/c.html"),
    ],
)
def test_counterpart_href(from_url: str, mount: str, target: str, href: str) -> None:
    assert counterpart_href(from_url, mount, target) == href


@pytest.mark.parametrize(
    ("src", "directory_urls", "url"),
    [
        ("index.md", True, "./"),
        ("priorities/first.md", True, "priorities/first/"),
        ("priorities/index.md", True, "priorities/"),
        ("priorities/first.md", False, "priorities/first.html"),
    ],
)
def test_page_url_matches_mkdocs(src: str, directory_urls: bool, url: str) -> None:
    assert page_url(src, use_directory_urls=directory_urls) == url


def test_mount_of_nested_and_parent_sites() -> None:
    assert mount_of("/p/site", "/p/site/easy-read") == "easy-read"
    assert mount_of("/p/site/easy-read", "/p/site") == ".."


def test_declared_pairs_map_counterparts_back_to_their_pages(tmp_path: Path) -> None:
    (tmp_path / "priorities").mkdir()
    (tmp_path / "index.md").write_text("---\neasy_read: ./index.md\n---\n# Home\n")
    (tmp_path / "priorities/a.md").write_text("---\neasy_read: priorities/a.md\n---\n# A\n")
    (tmp_path / "priorities/b.md").write_text("---\neasy_read: priorities/a.md\n---\n# B\n")
    (tmp_path / "why.md").write_text("---\ntitle: Why\n---\n# Why\n")

    assert declared_pairs(front_matters(tmp_path), "easy_read") == {
        "index.md": "index.md",
        "priorities/a.md": "priorities/a.md",
    }
