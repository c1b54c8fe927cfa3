"""Updates in a tiny real site: pages, listings, 'Latest updates' blocks and drafts."""

from __future__ import annotations

import re

import pytest

from strategy_site.build import build
from strategy_site.problems import BuildFailed

from ..conftest import TinyProject


@pytest.fixture
def with_updates(tiny: TinyProject) -> TinyProject:
    tiny.update("survey", date="2019", audiences="[families, partners]")
    tiny.update("board", date="2022-11-08", updated="2022-11-30")
    tiny.update("scrutiny", date="2022-11-30", audiences="[partners]")
    tiny.update("secret", date="2023-01-05", draft="true")
    return tiny


def _second_priority(project: TinyProject) -> None:
    project.write(
        "content/priorities/second.md",
        "---\ntitle: Second priority\ndescription: The second.\n---\n# Second priority\n",
    )


def _titles(html: str) -> list[str]:
    return re.findall(r'<h[23] id="[^"]*"><a href="[^"]+">([^<]+)</a></h[23]>', html)


def test_index_lists_published_updates_newest_first_in_pages(with_updates: TinyProject) -> None:
    build(with_updates.config, check_a11y=False)

    first = with_updates.read("site/updates/index.html")
    second = with_updates.read("site/updates/page-2/index.html")
    assert _titles(first) == ["Scrutiny", "Board"]
    assert _titles(second) == ["Survey"]
    assert 'href="page-2/">Older updates</a>' in first
    assert "Page 2 of 2" in second


def test_update_page_shows_dates_priorities_and_correction(with_updates: TinyProject) -> None:
    build(with_updates.config, check_a11y=False)

    html = with_updates.read("site/updates/board/index.html")
    assert 'Published <time datetime="2022-11-08">8 November 2022</time>' in html
    assert 'Updated on <time datetime="2022-11-30">30 November 2022</time>' in html
    assert '<a href="../../priorities/first/">First priority</a>' in html
    survey = with_updates.read("site/updates/survey/index.html")
    assert '<time datetime="2019">2019</time>' in survey
    assert "Updated on" not in survey


def test_links_in_a_set_are_lists(with_updates: TinyProject) -> None:
    """Several links in a row in one line read as one long link: the audiences, an
    update's priorities and the pages of updates are lists (HTML_CodeSniffer, H48)."""
    with_updates.update("both", date="2022-12", priorities="[first, second]")
    _second_priority(with_updates)
    build(with_updates.config, check_a11y=False)

    index = with_updates.read("site/updates/index.html")
    audiences = re.search(r"Updates for one group of readers:</p>\s*<ul>(.*?)</ul>", index, re.S)
    assert audiences is not None
    assert re.findall(r'<li><a href="audiences/([a-z-]+)/">', audiences.group(1)) == [
        "families",
        "young-people",
        "partners",
        "practitioners",
    ]
    pages = re.search(r'<nav [^>]*class="pagination">\s*<ul>(.*?)</ul>\s*</nav>', index, re.S)
    assert pages is not None and "<li>Page 1 of 2</li>" in pages.group(1)
    both = with_updates.read("site/updates/both/index.html")
    assert re.search(
        r'<p class="update-label">Priorities:</p>\s*<ul>\s*'
        r'<li><a href="../../priorities/first/">First priority</a></li>\s*'
        r'<li><a href="../../priorities/second/">Second priority</a></li>',
        both,
    )
    board = with_updates.read("site/updates/board/index.html")
    assert "<strong>Priority:</strong> <a" in board and "Priorities:" not in board


def test_drafts_are_not_published(with_updates: TinyProject) -> None:
    build(with_updates.config, check_a11y=False)

    assert not (with_updates.root / "site/updates/secret").exists()
    for page in (with_updates.root / "site").rglob("*.html"):
        assert "Secret" not in page.read_text(encoding="utf-8"), page


def test_latest_updates_on_home_and_priority_pages(with_updates: TinyProject) -> None:
    with_updates.update("other", date="2022-12", priorities="[second]")
    _second_priority(with_updates)
    build(with_updates.config, check_a11y=False)

    home = with_updates.read("site/index.html")
    first = with_updates.read("site/priorities/first/index.html")
    assert "Latest updates" in home
    assert _titles(home) == ["Other", "Scrutiny", "Board"]
    assert _titles(first) == ["Scrutiny", "Board", "Survey"]


def test_audience_listing(with_updates: TinyProject) -> None:
    build(with_updates.config, check_a11y=False)

    assert _titles(with_updates.read("site/updates/audiences/partners/index.html")) == [
        "Scrutiny",
        "Survey",
    ]


def test_bad_update_fails_with_file_and_field(with_updates: TinyProject) -> None:
    with_updates.update("broken", date="someday", priorities="[fifth]", image="a.png")

    with pytest.raises(BuildFailed) as failed:
        build(with_updates.config, check_a11y=False)

    found = sorted((p.file, p.line, p.what) for p in failed.value.problems)
    assert found == [
        (
            "content/updates/broken.md",
            3,
            "'date' is not valid: 'someday' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            "content/updates/broken.md",
            5,
            "'priorities' names 'fifth', which is not one of the priority pages",
        ),
        ("content/updates/broken.md", 7, "'image' 'a.png' does not exist"),
        ("content/updates/broken.md", 7, "'image' has no 'image_alt'"),
    ]


def test_serve_shows_drafts_and_publishes_nothing(with_updates: TinyProject) -> None:
    from strategy_site.build import Run, build_sites, load
    from strategy_site.publish import Stage

    scratch = with_updates.root.parent / "preview"
    # What `strategy-site serve` runs: drafts passed explicitly, everything in its stage.
    build_sites(load(with_updates.config), Run(Stage(with_updates.root, scratch), drafts=True))

    assert (scratch / "site/updates/secret/index.html").is_file()
    assert (scratch / "dist/comms/index.html").is_file()
    assert not (with_updates.root / "site").exists()
    assert not (with_updates.root / "dist").exists()
