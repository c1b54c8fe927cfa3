"""The gate's smaller parts: settings from mkdocs.yml, the statement's facts, the Node job
and its result lines, the progress bar's manners, mounted folders and source files."""

from __future__ import annotations

import datetime as dt
import io
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from strategy_site.a11y.checks.engine import EngineOutput, job_dict, read_line
from strategy_site.a11y.checks.progress import wants_progress
from strategy_site.a11y.checks.server import serve
from strategy_site.a11y.config import A11yConfig, cpu_cores
from strategy_site.a11y.errors import CheckError
from strategy_site.a11y.report.sources import candidates, line_in_body, source_of
from strategy_site.a11y.report.statement import StatementFacts, compliance, statement_facts
from strategy_site.a11y.settings import load_settings, plugin_entry
from strategy_site.sites import Site

MKDOCS_YML = """\
site_name: x
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - strategy/a11y:
      rules:
        link-text: warning
        target-size: 'off'
      concurrency: 3
      timeout: 10
"""


def test_settings_come_from_the_main_config(tmp_path: Path) -> None:
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(MKDOCS_YML, encoding="utf-8")
    config = load_settings(config_file)
    assert config.rules == {"link-text": "warning", "target-size": "off"}
    assert (config.concurrency, config.tabs, config.timeout_ms) == (3, 3, 10_000)
    assert config.axe_tags == ("wcag22a", "wcag22aa")


def test_settings_default_without_the_plugin(tmp_path: Path) -> None:
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: x\nplugins:\n  - search\n", encoding="utf-8")
    assert load_settings(config_file) == A11yConfig()
    assert A11yConfig().tabs == cpu_cores()


def test_a_bad_setting_is_a_clear_error(tmp_path: Path) -> None:
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(MKDOCS_YML.replace("warning", "loud"), encoding="utf-8")
    with pytest.raises(CheckError, match="'rules'"):
        load_settings(config_file)


@pytest.mark.parametrize(
    ("config", "entry"),
    [
        ({"plugins": ["search", "strategy/a11y"]}, {}),
        ({"plugins": [{"strategy/a11y": {"cache": False}}]}, {"cache": False}),
        ({"plugins": {"strategy/a11y": None}}, {}),
        ({"plugins": ["search"]}, None),
    ],
)
def test_plugin_entry(config: dict[str, Any], entry: dict[str, Any] | None) -> None:
    assert plugin_entry(config) == entry


def report(pages: list[dict[str, Any]], failures: int = 0) -> dict[str, Any]:
    return {
        "tested_on": "2022-11-30",
        "summary": {"pages": len(pages) + failures},
        "load_failures": [{"page": f"/gone{n}/", "reason": "HTTP 404"} for n in range(failures)],
        "pages": pages,
    }


def finding(criterion: str) -> dict[str, str]:
    return {"rule": "x", "criterion": criterion}


def test_statement_facts_count_failures_per_criterion() -> None:
    facts = statement_facts(
        report(
            [
                {"page": "/", "errors": [finding("WCAG 1.4.3"), finding("")], "warnings": []},
                {"page": "/a/", "errors": [], "warnings": [finding("WCAG 1.4.3, WCAG 2.5.8")]},
                {"page": "/b/", "errors": [], "warnings": []},
            ]
        )
    )
    assert facts.pages_checked == 3
    assert facts.last_tested == dt.date(2022, 11, 30)
    assert dict(facts.failures_by_criterion) == {
        "WCAG 1.4.3": 2,
        "WCAG 2.5.8": 1,
        "best practice": 1,
    }
    assert facts.status == "partially compliant"


@pytest.mark.parametrize(
    ("pages", "failing", "criteria", "status"),
    [
        (10, 0, 0, "fully compliant"),
        (10, 3, 2, "partially compliant"),
        (10, 10, 1, "not compliant"),
        (0, 0, 0, "not compliant"),
    ],
)
def test_compliance(pages: int, failing: int, criteria: int, status: str) -> None:
    failures = {f"WCAG 1.4.{n}": 1 for n in range(criteria)}
    facts = StatementFacts(pages, None, failures, failing, 0, failing)
    assert compliance(facts) == status
    assert facts.status == status
    assert compliance(facts, known_issues=1) == (
        "partially compliant" if status == "fully compliant" else status
    )


def test_clean_report_is_fully_compliant() -> None:
    clean = report([{"page": "/", "errors": [], "warnings": []}])
    assert statement_facts(clean).status == "fully compliant"
    assert statement_facts(report([], failures=1)).status == "not compliant"


def test_job_dict() -> None:
    job = job_dict([("/", "http://127.0.0.1:1/")], Path("/usr/bin/chromium"), A11yConfig())
    assert job["axeTags"] == ["wcag22a", "wcag22aa"]
    assert job["runners"] == ["axe", "htmlcs", "ibm"]
    assert job["concurrency"] == A11yConfig().tabs
    assert job["blockUrls"] == ["*/search/search_index.json"]
    assert job["pages"] == [{"id": "/", "url": "http://127.0.0.1:1/"}]
    assert "--disable-renderer-backgrounding" in job["args"]


def test_read_line() -> None:
    out = EngineOutput()
    assert read_line('{"id": "/", "issues": [{"code": "x"}]}', {"/", "/a/"}, out) == "/"
    assert read_line('{"id": "/a/", "error": "HTTP 404 Not Found"}', {"/", "/a/"}, out) == "/a/"
    assert out.issues == {"/": [{"code": "x"}]}
    assert out.failures == {"/a/": "HTTP 404 Not Found"}
    with pytest.raises(CheckError):
        read_line('{"id": "/else/", "issues": []}', {"/"}, out)
    with pytest.raises(CheckError):
        read_line("not json", {"/"}, out)


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "env", "wanted"),
    [
        (FakeTty(), {}, True),
        (FakeTty(), {"CI": "true"}, False),
        (FakeTty(), {"CI": "false"}, True),
        (FakeTty(), {"TERM": "dumb"}, False),
        (io.StringIO(), {}, False),
    ],
)
def test_progress_only_on_a_terminal_outside_ci(
    stream: io.StringIO, env: dict[str, str], wanted: bool
) -> None:
    assert wants_progress(stream, env) is wanted


def test_serve_mounts_extra_folders(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("site", encoding="utf-8")
    (tmp_path / "comms").mkdir()
    (tmp_path / "comms" / "preview.html").write_text("preview", encoding="utf-8")
    with serve(tmp_path / "site", {"__extra__/0/": tmp_path / "comms"}) as base:
        with urllib.request.urlopen(base + "__extra__/0/preview.html") as answer:
            assert answer.read() == b"preview"
        with urllib.request.urlopen(base) as answer:
            assert answer.read() == b"site"


@pytest.mark.parametrize(
    ("path", "files"),
    [
        ("", ["index.md", "README.md"]),
        ("priorities/workforce/", ["priorities/workforce.md", "priorities/workforce/index.md",
                                   "priorities/workforce/README.md"]),
        ("about.html", ["about.md"]),
    ],
)  # fmt: skip
def test_candidates(path: str, files: list[str]) -> None:
    assert candidates(path) == files


def test_source_of_and_line(tmp_path: Path) -> None:
    main, easy = tmp_path / "content", tmp_path / "easy_read"
    (main / "priorities").mkdir(parents=True)
    (easy / "priorities").mkdir(parents=True)
    page = main / "priorities" / "workforce.md"
    page.write_text("---\ntitle: Our plan\n---\n# Our plan\n\nSee [our plan](x.md).\n", "utf-8")
    (easy / "priorities" / "index.md").write_text("# Plan\n", encoding="utf-8")
    sites = [
        Site(tmp_path / "m.yml", "m", main, ""),
        Site(tmp_path / "e.yml", "e", easy, "easy-read"),
    ]
    assert source_of("/priorities/workforce/", sites) == page
    assert source_of("/easy-read/priorities/", sites) == easy / "priorities" / "index.md"
    assert source_of("/updates/page/2/", sites) is None
    assert line_in_body(page, "Our plan") == 4  # after the front matter
    assert line_in_body(page, "[our plan]") == 6
    assert line_in_body(page, "") is None
