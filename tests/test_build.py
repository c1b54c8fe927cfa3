"""Whole builds of a tiny real project: both sites, pairing, failures, publishing."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from strategy_site.build import build
from strategy_site.cli import cli
from strategy_site.problems import BuildFailed

from .conftest import TinyProject


def _counterpart_href(html: str) -> str:
    match = re.search(
        r'<a[^>]*class="[^"]*counterpart-link[^"]*"[^>]*href="([^"]+)"', html
    ) or re.search(r'<a[^>]*href="([^"]+)"[^>]*class="[^"]*counterpart-link', html)
    assert match, "no counterpart link on the page"
    return match[1]


def _tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_builds_both_sites_into_site_and_site_easy_read(tiny: TinyProject) -> None:
    summary = build(tiny.config, check_a11y=False)

    # 2 pages written, plus the updates index, 4 audience listings and the subscribe page
    assert [(s.name, s.pages) for s in summary.sites] == [
        ("Tiny strategy", 8),
        ("Tiny strategy easy read", 2),
    ]
    assert (tiny.root / "site/priorities/first/index.html").is_file()
    assert (tiny.root / "site/easy-read/priorities/first/index.html").is_file()
    assert (tiny.root / "site/easy-read/search/search_index.json").is_file()
    assert 'lang="en-GB"' in tiny.read("site/index.html")


def test_paired_pages_link_to_each_other(tiny: TinyProject) -> None:
    build(tiny.config, check_a11y=False)

    detailed = tiny.read("site/priorities/first/index.html")
    easy = tiny.read("site/easy-read/priorities/first/index.html")
    assert _counterpart_href(detailed) == "../../easy-read/priorities/first/"
    assert "Easy read version" in detailed
    assert _counterpart_href(easy) == "../../../priorities/first/"
    assert "Full version" in easy
    assert _counterpart_href(tiny.read("site/easy-read/index.html")) == "../"


def test_idea_block_renders_picture_with_alt_text_left_of_words(tiny: TinyProject) -> None:
    build(tiny.config, check_a11y=False)

    html = tiny.read("site/easy-read/index.html")
    picture = re.search(r'<div class="idea__picture"><svg[^>]*aria-label="([^"]+)"', html)
    assert picture and picture[1] == "A group of friends"
    assert '<div class="idea__words">\n<p>Everyone is included.</p>' in html


def test_missing_counterpart_fails_naming_both_files(tiny: TinyProject) -> None:
    tiny.write(
        "content/priorities/first.md",
        """\
        ---
        title: First priority
        description: The first priority.
        easy_read: priorities/gone.md
        ---
        # First priority
        """,
    )
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)

    [problem] = failed.value.problems
    assert problem.file == "content/priorities/first.md"
    assert problem.line == 4
    assert "easy_read/priorities/gone.md" in problem.what
    assert "create easy_read/priorities/gone.md" in problem.fix


def test_broken_link_fails_with_one_clear_line_and_no_traceback(tiny: TinyProject) -> None:
    tiny.write(
        "content/index.md",
        """\
        ---
        title: Tiny strategy
        description: A tiny strategy for tests.
        easy_read: index.md
        ---
        # Tiny strategy

        Read about [our first priority](priorities/frist.md).
        """,
    )
    result = CliRunner().invoke(cli, ["build", "--no-a11y"])

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [line.strip() for line in result.output.splitlines() if line.startswith("  ")]
    assert lines == [
        "content/index.md:8: link to a page that does not exist: 'priorities/frist.md'"
        " — fix: change the link to 'priorities/first.md'"
    ]


def test_bad_front_matter_reports_each_field_with_its_line(tiny: TinyProject) -> None:
    tiny.write(
        "easy_read/priorities/first.md",
        """\
        ---
        title: First thing
        summary: Not a field.
        hide: toc
        ---
        # First thing
        """,
    )
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)

    found = {(p.file, p.line, p.what) for p in failed.value.problems}
    assert found == {
        ("easy_read/priorities/first.md", 1, "'description' is missing"),
        ("easy_read/priorities/first.md", 3, "unknown front matter field 'summary'"),
        (
            "easy_read/priorities/first.md",
            4,
            "'hide' should be a list (lines starting '- '), not text",
        ),
    }


def test_failed_build_leaves_last_good_site_untouched(tiny: TinyProject) -> None:
    build(tiny.config, check_a11y=False)
    before = _tree_digest(tiny.root / "site")
    tiny.write("content/index.md", "---\ntitle: [broken\n---\n# Broken\n")

    with pytest.raises(BuildFailed):
        build(tiny.config, check_a11y=False)

    assert _tree_digest(tiny.root / "site") == before
    assert not (tiny.root / ".build/staging").exists()


def test_building_twice_gives_identical_bytes(tiny: TinyProject) -> None:
    build(tiny.config, check_a11y=False)
    first = _tree_digest(tiny.root / "site")
    build(tiny.config, check_a11y=False)

    assert _tree_digest(tiny.root / "site") == first


def test_pages_request_nothing_from_other_hosts(tiny: TinyProject) -> None:
    build(tiny.config, check_a11y=False)

    for page in (tiny.root / "site").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        loaded = re.findall(
            r'<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="([^"]+)"'
            r'|<link\b[^>]*\brel="(?:stylesheet|preload|modulepreload|icon|prefetch)"[^>]*\bhref="([^"]+)"',
            html,
        )
        urls = [url for pair in loaded for url in pair if url]
        assert urls, f"{page} loads nothing: the pattern is wrong"
        assert [u for u in urls if re.match(r"(https?:)?//", u)] == [], page
