"""Every detailed page has an easy read route: it names its easy read version, or says
why it has none. A page that does neither is a warning naming the file, and the easy read
summary counts the three."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.build import build
from strategy_site.pairing.coverage import coverage, route_of
from strategy_site.pairing.links import front_matters
from strategy_site.problems import BuildFailed

from ..conftest import TinyProject


@pytest.mark.parametrize(
    ("meta", "route"),
    [
        ({"easy_read": "why.md"}, "paired"),
        ({"easy_read": "none", "easy_read_reason": "A list of links for partners."}, "reason"),
        ({"easy_read": "None", "easy_read_reason": "  "}, "no-reason"),
        ({"easy_read": "none"}, "no-reason"),
        ({}, "missing"),
        ({"easy_read": ""}, "missing"),
    ],
)
def test_route_of_a_page(meta: dict[str, object], route: str) -> None:
    assert route_of(meta, "easy_read") == route


def _page(title: str, front: str = "") -> str:
    return f"---\ntitle: {title}\ndescription: The {title.lower()}.\n{front}---\n# {title}\n"


def test_coverage_counts_paired_reasoned_and_missing_pages(tmp_path: Path) -> None:
    (tmp_path / "updates").mkdir()
    (tmp_path / "a.md").write_text(_page("A", "easy_read: a.md\n"), encoding="utf-8")
    (tmp_path / "b.md").write_text(
        _page("B", "easy_read: none\neasy_read_reason: Only for partners.\n"), encoding="utf-8"
    )
    (tmp_path / "c.md").write_text(_page("C"), encoding="utf-8")
    (tmp_path / "d.md").write_text(_page("D", "easy_read: none\n"), encoding="utf-8")
    (tmp_path / "updates" / "u.md").write_text(_page("U"), encoding="utf-8")

    found = coverage(front_matters(tmp_path), "easy_read", exempt=["updates/"])
    assert found.paired == ("a.md",)
    assert found.reasons == (("b.md", "Only for partners."),)
    assert found.missing == ("c.md", "d.md")
    assert found.pages == 4


def test_a_page_without_a_route_warns_and_the_summary_counts_it(tiny: TinyProject) -> None:
    tiny.write("content/why.md", _page("Why"))
    tiny.write(
        "content/sources.md",
        _page("Sources", "easy_read: none\neasy_read_reason: A list of documents.\n"),
    )
    tiny.write("content/risks.md", _page("Risks", "easy_read: none\n"))
    tiny.update("survey", date="2019-06-01")  # updates are exempt: they carry their own
    summary = build(tiny.config, check_a11y=False)

    routes = sorted((w.file, w.line, w.rule) for w in summary.warnings if "pairing" in w.rule)
    assert routes == [
        ("content/risks.md", 4, "pairing/no-reason"),
        ("content/why.md", None, "pairing/missing"),
    ]
    page = tiny.read("dist/easy-read/index.html")
    assert (
        "<p>5 full pages: 2 with an easy read version, 1 saying why they have none, "
        "2 saying neither.</p>" in page
    )
    assert "<li>sources.md: A list of documents.</li>" in page
    assert "<li>risks.md</li><li>why.md</li>" in page


def test_strict_fails_on_a_page_without_a_route(tiny: TinyProject) -> None:
    tiny.write("content/why.md", _page("Why"))
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False, strict=True)
    assert any(p.rule == "pairing/missing" for p in failed.value.problems)
