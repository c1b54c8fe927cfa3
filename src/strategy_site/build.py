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
            return load_project(config_file)
        except (Abort, MkDocsException, OSError) as error:
            raise BuildFailed(collected.problems or [_config_problem(config_file, error)]) from None


def _build_site(site: Site, out: Path, serve_url: str | None) -> SiteResult:
    source = shown_path(site.config_file)
    with collecting(site.docs_dir, source) as collected:
        try:
            config = load_config(str(site.config_file), site_dir=str(out))
            mkdocs_build(config, serve_url=serve_url)
        except TemplateError as error:
            raise BuildFailed([*collected.problems, _template_problem(error)]) from None
        except (Abort, MkDocsException) as error:
            problems = collected.problems or [_config_problem(site.config_file, error)]
            raise BuildFailed(problems) from None
        except Exception as error:  # MkDocs logged the page, if any; say the rest in one line
            log.info("details of the unexpected error:", exc_info=True)
            raise BuildFailed([*collected.problems, _internal_problem(error)]) from None
    if collected.problems:  # a warning outside strict mode still stops publishing
        raise BuildFailed(collected.problems)
    pages = _count_pages(out / "sitemap.xml")
    return SiteResult(site.name, pages, out, tuple(collected.advice))


def _count_pages(sitemap: Path) -> int:
    if not sitemap.is_file():
        return 0
    return len(re.findall(r"<loc>", sitemap.read_text(encoding="utf-8")))


def _config_problem(config_file: Path, error: Exception) -> Problem:
    return Problem(
        shown_path(config_file), None, f"cannot build: {error}", "correct the setting named above"
    )


def _internal_problem(error: Exception) -> Problem:
    return Problem(
        "strategy-site",
        None,
        f"unexpected error: {type(error).__name__}: {error}",
        "run again with -v to see the details, and report it with the input that caused it",
    )


def _template_problem(error: TemplateError) -> Problem:
    file = getattr(error, "filename", None) or getattr(error, "name", None) or "a template"
    return Problem(
        shown_path(Path(file)) if file != "a template" else file,
        getattr(error, "lineno", None),
        f"template error: {error.message or error}",
        "correct the Jinja2 syntax or the name of the template in site_overrides/",
    )


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
