"""The gate inside a real build of a tiny project (the browser replaced by a stand-in):
rule levels from the site's config, warnings joining the build's, --strict, and problem
lines that name the Markdown file, the line and the fix."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from strategy_site.a11y.checks import site as checker
from strategy_site.a11y.checks.engine import EngineOutput
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.gate import check_staged_site
from strategy_site.a11y.toolchain.setup import Toolchain
from strategy_site.build import build
from strategy_site.problems import BuildFailed
from strategy_site.sites import load_project
from tests.conftest import TinyProject

TARGET_SIZE = {
    "code": "target-size",
    "type": "error",
    "message": "All touch targets must be 24px large, or leave sufficient space (https://x)",
    "context": '<a class="tiny">x</a>',
    "selector": "a.tiny",
    "runner": "axe",
    "runnerExtras": {"tags": ["wcag22aa", "wcag258"], "helpUrl": "https://x"},
}


def engine_finding(found: dict[str, list[dict[str, object]]]):  # type: ignore[no-untyped-def]
    def engine(
        toolchain: Toolchain, pages: Sequence[tuple[str, str]], config: A11yConfig, on_page
    ) -> EngineOutput:  # type: ignore[no-untyped-def]
        return EngineOutput(issues={page: list(found.get(page, [])) for page, _url in pages})

    return engine


SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(autouse=True)
def scripts(tiny: TinyProject) -> None:
    """The gate runs the project's scripts/ folder, as in the repository."""
    (tiny.root / "scripts").symlink_to(SCRIPTS)


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checker, "run_engines", engine_finding({}))


def with_a11y_plugin(tiny: TinyProject, options: str) -> None:
    config = tiny.read("mkdocs.yml").replace(
        "plugins:\n", f"plugins:\n  - strategy/a11y:\n{options}", 1
    )
    tiny.write("mkdocs.yml", config)


VAGUE = """\
    ---
    title: First priority
    description: The first priority.
    easy_read: priorities/first.md
    ---
    # First priority

    Back to the home page: [click here](../index.md).
    """


@pytest.mark.usefixtures("no_browser")
def test_a_content_error_fails_the_build_naming_file_line_and_fix(tiny: TinyProject) -> None:
    tiny.write("content/priorities/first.md", VAGUE)
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config)
    [problem] = [p for p in failed.value.problems if p.rule == "a11y/link-text"]
    assert (problem.file, problem.line) == ("content/priorities/first.md", 8)
    assert "page /priorities/first/: the link text 'click here'" in problem.what
    assert "[WCAG 2.4.4]" in problem.what
    assert "link text that says where the link goes" in problem.fix
    assert not (tiny.root / "site").exists()  # nothing published


@pytest.mark.usefixtures("no_browser")
def test_a_rule_set_to_warning_joins_the_warnings_and_strict_fails(tiny: TinyProject) -> None:
    with_a11y_plugin(tiny, "      rules:\n        link-text: warning\n")
    tiny.write("content/priorities/first.md", VAGUE)
    summary = build(tiny.config)
    warned = [w for w in summary.warnings if w.rule == "a11y/link-text"]
    assert [(w.file, w.line) for w in warned] == [("content/priorities/first.md", 8)]
    assert summary.a11y_errors == 0
    # (the tiny project's easy read warnings would stop a strict build before the gate)
    with pytest.raises(BuildFailed) as failed:
        check_staged_site(load_project(tiny.config), tiny.root / "site", strict=True)
    assert [p.rule for p in failed.value.problems] == ["a11y/link-text"]


@pytest.mark.usefixtures("no_browser")
def test_a_rule_set_off_is_not_reported(tiny: TinyProject) -> None:
    with_a11y_plugin(tiny, "      rules:\n        link-text: 'off'\n")
    tiny.write("content/priorities/first.md", VAGUE)
    summary = build(tiny.config)
    assert not [w for w in summary.warnings if w.rule.startswith("a11y/")]


def test_an_engine_error_names_page_criterion_and_fix(
    tiny: TinyProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        checker, "run_engines", engine_finding({"/priorities/first/": [TARGET_SIZE]})
    )
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config)
    [problem] = failed.value.problems
    assert problem.rule == "axe/target-size"
    assert problem.file == "content/priorities/first.md"
    assert "[WCAG 2.5.8]" in problem.what
    assert "(element: a.tiny)" in problem.what
    assert "24 by 24 pixels" in problem.fix


@pytest.mark.usefixtures("no_browser")
def test_a_bad_level_in_the_config_fails_like_any_setting(tiny: TinyProject) -> None:
    with_a11y_plugin(tiny, "      rules:\n        link-text: loud\n")
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config)
    assert any("link-text" in p.what or "loud" in p.what for p in failed.value.problems)


@pytest.mark.usefixtures("no_browser")
def test_reports_carry_the_content_date_and_pass_a_rebuild_unchanged(tiny: TinyProject) -> None:
    summary = build(tiny.config)
    report = json.loads((tiny.root / "dist" / "a11y" / "report.json").read_text(encoding="utf-8"))
    assert report["tested_on"] == "2022-01-01"  # the tiny project has no dated page
    assert summary.pages_checked == report["summary"]["pages"]
    html = (tiny.root / "dist" / "a11y" / "report.html").read_bytes()
    build(tiny.config)
    assert (tiny.root / "dist" / "a11y" / "report.html").read_bytes() == html
    assert Path(tiny.root / ".build" / "a11y-cache" / "results.json").is_file()
