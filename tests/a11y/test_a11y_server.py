"""The local server and the HTTP status check run before pa11y-ci."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from strategy_site.a11y.checks.server import serve
from strategy_site.a11y.checks.status import failing_urls, fetch_status


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text("<p>home</p>", encoding="utf-8")
    (tmp_path / "priorities" / "workforce").mkdir(parents=True)
    (tmp_path / "priorities" / "workforce" / "index.html").write_text("<p>w</p>", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>page</p>", encoding="utf-8")
    return tmp_path


def test_serves_directory_index(site: Path) -> None:
    with serve(site) as base:
        assert base.startswith("http://127.0.0.1:") and base.endswith("/")
        with urllib.request.urlopen(base + "priorities/workforce/") as response:
            assert response.status == 200
            assert response.read() == b"<p>w</p>"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", None),
        ("page.html", None),
        ("priorities/workforce/", None),
        ("missing/", "HTTP 404 File not found"),
        (
            "priorities/workforce",
            "HTTP 301 Moved Permanently (redirects to /priorities/workforce/)",
        ),
    ],
)
def test_fetch_status(site: Path, path: str, expected: str | None) -> None:
    with serve(site) as base:
        assert fetch_status(base + path) == expected


def test_failing_urls_names_only_the_bad_ones(site: Path) -> None:
    with serve(site) as base:
        urls = [base, base + "page.html", base + "nope.html", base + "gone/"]
        assert failing_urls(urls) == {
            base + "gone/": "HTTP 404 File not found",
            base + "nope.html": "HTTP 404 File not found",
        }


def test_server_stops_on_exit(site: Path) -> None:
    with serve(site) as base:
        pass
    assert fetch_status(base, timeout_s=2) is not None


def test_missing_root_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), serve(tmp_path / "nope"):
        pass
