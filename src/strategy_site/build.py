"""Build both sites, check them, then publish: one function of named phases."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import TemplateError
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from strategy_site.dates import source_date_epoch
from strategy_site.inputs.sources import source_problems
from strategy_site.inputs.templates import template_problem
from strategy_site.problems import BuildFailed, Problem, collecting, shown_path
from strategy_site.publish import publish, staging_dir
from strategy_site.sites import Project, Site, load_project
from strategy_site.statement.render import Results

log = logging.getLogger("mkdocs.plugins.strategy_site.build")


@dataclass(frozen=True)
class SiteResult:
    """What one site's build produced."""

    name: str
    pages: int
    path: Path
    warnings: tuple[Problem, ...] = ()


@dataclass
class BuildSummary:
    """What a build produced, for the closing summary."""

    sites: list[SiteResult] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    """Findings that do not stop publishing (unless the build is strict)."""
    pages_checked: int | None = None
    a11y_errors: int = 0
    a11y_report: Path | None = None
    site_dir: Path | None = None


def build(config_file: Path, *, check_a11y: bool = True, strict: bool = False) -> BuildSummary:
    """Build every site of the project, check it and publish it into its site_dir.

    With `strict`, warnings (such as a long easy read sentence) fail the build too.
    """
    project = load(config_file)
    summary = BuildSummary(site_dir=project.site_dir)
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_date_epoch(project)))
    with staging_dir(project.work_dir) as stage:
        stated = _statement_results(project)
        _build_and_check(project, stage, summary, check_a11y=check_a11y, strict=strict)
        if check_a11y and _statement_results(project) != stated:
            # The statement must report the check of this very build: build it again
            # with the new results (the check's cache makes the second check quick).
            _build_and_check(project, stage, summary, check_a11y=True, strict=strict)
        publish(stage, project.site_dir, project.work_dir)
    return summary


def _build_and_check(
    project: Project, stage: Path, summary: BuildSummary, *, check_a11y: bool, strict: bool
) -> None:
    summary.sites = build_sites(project, stage)
    summary.warnings = [w for site in summary.sites for w in site.warnings]
    if strict and summary.warnings:
        raise BuildFailed(summary.warnings)
    if check_a11y:
        _check_accessibility(project, stage, summary, strict=strict)


def _statement_results(project: Project) -> Results | None:
    """What the accessibility statement says about the last check."""
    from strategy_site.statement.plugin import read_results

    return read_results(project.dist_dir / "a11y" / "report.json")


def build_sites(project: Project, out: Path, *, serve_url: str | None = None) -> list[SiteResult]:
    """Build each site into `out` (at its mount). Raises BuildFailed with every problem."""
    results, problems = [], []
    for site in project.sites:
        try:
            results.append(_build_site(site, out / site.mount, serve_url))
        except BuildFailed as failed:
            problems.extend(failed.problems)
    if problems:
        raise BuildFailed(problems)
    return results


def load(config_file: Path) -> Project:
    """The project named by its main config, or BuildFailed saying what is wrong."""
    with collecting(config_file.parent, shown_path(config_file)) as collected:
        try:
            project = load_project(config_file)
        except (Abort, MkDocsException, OSError) as error:
            raise BuildFailed(collected.problems or [_config_problem(config_file, error)]) from None
    problems = source_problems(project.root, _sources(project))
    if problems:
        raise BuildFailed(problems)
    return project


def _sources(project: Project) -> list[Path]:
    """What the comms team edits: pages, data files, comms settings and theme overrides."""
    root = project.root
    return [
        *(site.docs_dir for site in project.sites),
        *sorted(root.glob("*.yml")),
        *(root / name for name in ("comms", "data", "site_overrides")),
    ]


def _build_site(site: Site, out: Path, serve_url: str | None) -> SiteResult:
    source = shown_path(site.config_file)
    with collecting(site.docs_dir, source) as collected:
        try:
            config = load_config(str(site.config_file), site_dir=str(out))
            mkdocs_build(config, serve_url=serve_url)
        except TemplateError as error:
            others = [p for p in collected.problems if str(error.message) not in p.what]
            raise BuildFailed([*others, template_problem(error)]) from None
        except (Abort, MkDocsException) as error:
            problems = collected.problems or [_config_problem(site.config_file, error)]
            raise BuildFailed(problems) from None
        except Exception as error:  # MkDocs logged the page, if any; say the rest in one line
            log.info("details of the unexpected error:", exc_info=True)
            unforeseen = _internal_problem(error, collected.problems, source)
            raise BuildFailed([*collected.problems, *unforeseen]) from None
    if collected.problems:  # a warning outside strict mode still stops publishing
        raise BuildFailed(collected.problems)
    pages = _count_pages(out / "sitemap.xml")
    return SiteResult(site.name, pages, out, tuple(collected.advice))


def _count_pages(sitemap: Path) -> int:
    if not sitemap.is_file():
        return 0
    return len(re.findall(r"<loc>", sitemap.read_text(encoding="utf-8")))


def _config_problem(config_file: Path, error: Exception) -> Problem:
    from strategy_site.inputs.mkdocs_config import parse_error

    return parse_error(config_file, error) or Problem(
        shown_path(config_file),
        None,
        f"cannot be used: {str(error).rstrip('.')}",
        "correct the file as the message says",
    )


def _internal_problem(error: Exception, logged: list[Problem], source: str) -> list[Problem]:
    """An error no check foresaw: MkDocs has named the page, if it was on one."""
    if any(p.what.startswith("the page could not be built") for p in logged):
        return []
    return [
        Problem(
            source,
            None,
            f"the build stopped on an unexpected error ({type(error).__name__}: {error})",
            "run again with -v to see the details, and report it with the input that caused it",
        )
    ]


def extra_pages(project: Project) -> list[Path]:
    """Pages written outside the sites that people read too: the comms pack's preview
    and bulletins, and the easy read summary."""
    from strategy_site.comms.pack import pack_pages

    comms = project.dist_dir / "comms"
    pages = [comms / page for page in pack_pages(comms)] if comms.is_dir() else []
    summary = project.dist_dir / "easy-read" / "index.html"
    return pages + ([summary] if summary.is_file() else [])


def _check_accessibility(
    project: Project, stage: Path, summary: BuildSummary, *, strict: bool = False
) -> None:
    """Check the staged sites; errors (and warnings, when strict) raise BuildFailed."""
    from strategy_site.a11y.gate import check_staged_site

    checked = check_staged_site(project, stage, strict=strict, extra_pages=extra_pages(project))
    summary.pages_checked = len(checked.result.pages)
    summary.a11y_errors = len(checked.result.errors)
    summary.a11y_report = checked.result.html_report_path
    summary.warnings.extend(checked.warnings)
