"""site/ and dist/ are staged and swapped in together: a failed build leaves both as they
were, byte for byte, and the gate checks the pages the plugins say they wrote."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from strategy_site import build as building
from strategy_site.a11y import gate
from strategy_site.build import build
from strategy_site.problems import BuildFailed, Problem

from .conftest import TinyProject, file_digests


def _tree(project: TinyProject) -> dict[str, str]:
    """Every file in site/ and dist/, and where a moved output may go."""
    return file_digests(project.root, ("site", "dist", "out"))


@pytest.fixture
def published(tiny: TinyProject) -> tuple[TinyProject, dict[str, str]]:
    """A tiny project after a first good build, and the hash of every file it published."""
    tiny.update("board", date="2022-11-08")
    build(tiny.config, check_a11y=False)
    before = _tree(tiny)
    assert "dist/comms/board/bulletin.html" in before
    assert "dist/easy-read/index.html" in before
    return tiny, before


def _change_every_output(tiny: TinyProject) -> None:
    """Changes that would show in site/, in the comms pack and in the easy read summary."""
    tiny.update("survey", date="2022-11-30")
    tiny.write(
        "easy_read/index.md",
        tiny.read("easy_read/index.md").replace("Everyone is included.", "We all belong."),
    )


def test_a_broken_link_leaves_site_and_dist_byte_identical(
    published: tuple[TinyProject, dict[str, str]],
) -> None:
    tiny, before = published
    _change_every_output(tiny)
    tiny.write(
        "content/priorities/first.md",
        tiny.read("content/priorities/first.md") + "\nSee [nothing](nowhere.md).\n",
    )

    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)

    assert any("nowhere.md" in p.what for p in failed.value.problems)
    assert _tree(tiny) == before


def test_a_problem_found_after_the_pack_was_written_leaves_dist_identical(
    published: tuple[TinyProject, dict[str, str]],
) -> None:
    tiny, before = published
    _change_every_output(tiny)
    # The detailed site (and its comms pack) builds; the easy read site fails after it.
    tiny.write(
        "easy_read/priorities/first.md",
        tiny.read("easy_read/priorities/first.md").replace(
            "Children learn together.",
            "Children learn together in every school and every class in the city and they "
            "all have friends who help them every single day of the whole long year.",
        ),
    )

    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)

    assert [p.file for p in failed.value.problems] == ["easy_read/priorities/first.md"]
    assert _tree(tiny) == before


def test_a_failure_reported_by_the_comms_plugin_leaves_dist_identical(
    published: tuple[TinyProject, dict[str, str]],
) -> None:
    tiny, before = published
    _change_every_output(tiny)
    tiny.update("long", social="{mastodon: '" + "Far too long. " * 40 + "'}")

    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)

    assert [p.file for p in failed.value.problems] == ["content/updates/long.md"]
    assert _tree(tiny) == before


def test_a_bad_channels_file_leaves_dist_identical(
    published: tuple[TinyProject, dict[str, str]],
) -> None:
    tiny, before = published
    _change_every_output(tiny)
    tiny.write("comms/channels.yml", "channels: [x]\nlimits:\n  x: 999\n")

    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)

    assert [p.file for p in failed.value.problems] == ["comms/channels.yml"]
    assert _tree(tiny) == before


class _Gate:
    """Stands in for the accessibility gate: records what it was asked to check, writes a
    report where it was told to, and passes or fails."""

    def __init__(self, fail: bool) -> None:
        self.fail = fail
        self.extra_pages: dict[Path, Path] = {}

    def __call__(self, project: Any, site: Path, **options: Any) -> gate.GateResult:
        pages: Mapping[Path, Path] = options["extra_pages"]
        self.extra_pages = dict(pages)
        self.site = site
        report = gate._report_output(project, "dist/a11y", options["stage"])
        report.staged.mkdir(parents=True, exist_ok=True)
        (report.staged / "report.json").write_text('{"summary": {"pages": 1, "errors": 0}}')
        (report.staged / "report.html").write_text("<p>report</p>")
        if self.fail:
            raise BuildFailed([Problem("content/index.md", 3, "an image has no alt text", "add")])
        from strategy_site.a11y.report.results import A11yResult

        result = A11yResult(("/",), (), (), report_path=report.staged / "report.json")
        return gate.GateResult(result, (), report)


@pytest.fixture
def fake_gate(monkeypatch: pytest.MonkeyPatch) -> _Gate:
    checker = _Gate(fail=False)
    monkeypatch.setattr(gate, "check_staged_site", checker)
    return checker


def test_an_accessibility_failure_leaves_site_and_dist_identical(
    published: tuple[TinyProject, dict[str, str]], fake_gate: _Gate
) -> None:
    tiny, _ = published
    build(tiny.config)  # a checked build publishes its report
    before = _tree(tiny)
    assert "dist/a11y/report.json" in before
    _change_every_output(tiny)
    fake_gate.fail = True

    with pytest.raises(BuildFailed):
        build(tiny.config)

    assert _tree(tiny) == before


def test_the_gate_checks_the_staged_pages_the_plugins_wrote_where_settings_put_them(
    tiny: TinyProject, fake_gate: _Gate
) -> None:
    tiny.update("board", date="2022-11-08")
    tiny.write("mkdocs.yml", tiny.read("mkdocs.yml").replace(
        "  - strategy/comms\n", "  - strategy/comms:\n      output: out/pack\n"
    ))  # fmt: skip
    tiny.write("mkdocs.easy-read.yml", tiny.read("mkdocs.easy-read.yml").replace(
        "  - strategy/easy_read\n", "  - strategy/easy_read:\n      summary: out/summary.html\n"
    ))  # fmt: skip

    build(tiny.config)

    root = tiny.root
    assert sorted(fake_gate.extra_pages) == [
        root / "out/pack/board/bulletin.html",
        root / "out/pack/index.html",
        root / "out/summary.html",
    ]
    staging = root / ".build/staging"
    for published_page, staged in fake_gate.extra_pages.items():
        assert staged == staging / published_page.relative_to(root)
    assert fake_gate.site == staging / "site"
    # ... and they were published there, with the site, once the build passed.
    assert (root / "out/pack/board/bulletin.html").is_file()
    assert (root / "out/summary.html").is_file()
    assert (root / "dist/a11y/report.json").is_file()
    assert not (root / "dist/comms").exists()
    assert not (root / "dist/easy-read").exists()
    assert not staging.exists()


def test_the_statement_reports_the_check_of_this_very_build(
    tiny: TinyProject, fake_gate: _Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[int] = []
    real = building.build_sites

    def counted(*args: Any, **kwargs: Any) -> Any:
        builds.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(building, "build_sites", counted)
    tiny.write("accessibility.yml", _STATEMENT)
    for config, style in (("mkdocs.yml", "full"), ("mkdocs.easy-read.yml", "easy")):
        tiny.write(config, tiny.read(config).replace(
            "  - strategy/pages\n",
            "  - strategy/pages\n  - strategy/statement:\n      file: accessibility.yml\n"
            f"      style: {style}\n",
        ))  # fmt: skip

    build(tiny.config)
    assert len(builds) == 2  # the first statement had no report; the second has this one's
    assert "has not been tested yet" not in tiny.read("site/accessibility/index.html")
    easy = tiny.read("site/easy-read/accessibility/index.html")
    assert "We have not checked" not in easy and "We checked 1 page of this website." in easy

    build(tiny.config)
    assert len(builds) == 3  # the published report already says the same


_STATEMENT = """\
organisation: Tiny Council
contact: Ask us.
prepared_on: 2026-11-27
reviewed_on: 2026-11-27
improving: We test.
easy_contact: You can ask us.
"""
