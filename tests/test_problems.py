"""MkDocs' own warnings become problem lines with a file, a line and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.problems import Problem, from_record


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "content"
    (folder / "priorities").mkdir(parents=True)
    (folder / "index.md").write_text(
        "# Home\n\nSee [one](priorities/one.md) and ![chart](chart.png).\n"
    )
    (folder / "priorities/one.md").write_text("# One\n")
    (tmp_path / "mkdocs.yml").write_text("site_name: T\ntheme: materal\n")
    return folder


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Doc file 'index.md' contains a link 'priorities/onne.md', but the target is not "
            "found among documentation files.",
            (
                "content/index.md",
                None,
                "link to a page that does not exist: 'priorities/onne.md'",
                "change the link to 'priorities/one.md'",
            ),
        ),
        (
            "Doc file 'index.md' contains a link 'chart.png', but the target is not found "
            "among documentation files.",
            (
                "content/index.md",
                3,
                "image not found: 'chart.png'",
                "correct the path (relative to this file) or create the missing file",
            ),
        ),
        (
            "Doc file 'index.md' contains a link 'priorities/one.md#nope', but the doc "
            "'priorities/one.md' does not contain an anchor '#nope'.",
            (
                "content/index.md",
                None,
                "link 'priorities/one.md#nope' points to a heading that does not exist",
                "use the id of an existing heading (lowercase words joined by hyphens)",
            ),
        ),
        (
            "A reference to 'gone.md' is included in the 'nav' configuration, which is not found "
            "in the documentation files.",
            (
                "nav",
                None,
                "the navigation lists 'gone.md', which is not in content",
                "create the file or remove it from 'nav' in the site's mkdocs config",
            ),
        ),
        (
            "Error building page 'index.md': boom",
            (
                "content/index.md",
                None,
                "the page could not be built: boom",
                "check the Markdown on this page against the README's writing guide; run again "
                "with -v to see the details",
            ),
        ),
        (
            "Config value 'theme': Unrecognised theme name: 'materal'.",
            (
                "mkdocs.yml",
                2,
                "there is no theme called 'materal'",
                "did you mean 'material'?",
            ),
        ),
    ],
)
def test_from_record(docs: Path, message: str, expected: tuple[str, int | None, str, str]) -> None:
    assert from_record(message, docs, "mkdocs.yml") == [Problem(*expected)]


def test_problem_reads_as_one_line() -> None:
    assert str(Problem("a.md", 3, "bad", "do this")) == "a.md:3: bad — fix: do this"
    assert str(Problem("a.md", None, "bad", "do this")) == "a.md: bad — fix: do this"
