"""Build both sites, check them, then publish: one function of named phases."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import TemplateError
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, MkDocsException

from strategy_site.dates import published_date
from strategy_site.inputs.sources import source_problems
from strategy_site.inputs.templates import template_problem
from strategy_site.pages.plugin import PagesPlugin
from strategy_site.plugins import find_optional, outputs_of, set_stage
from strategy_site.problems import BuildFailed, Problem, collecting, shown_path
from strategy_site.publish import Output, OutsideProject, Stage, publish, staging_dir
from strategy_site.sites import Project, Site, load_project
from strategy_site.statement.plugin import StatementPlugin
from strategy_site.statement.render import Results
from strategy_site.updates.plugin import UpdatesPlugin

log = logging.getLogger("mkdocs.plugins.strategy_site.build")


@dataclass(frozen=True)
class SiteResult:
    """What one site's build produced."""

    name: str
    pages: int
    path: Path
    warnings: tuple[Problem, ...] = ()
    outputs: tuple[Output, ...] = ()
    """What its plugins wrote outside the site, staged."""
    statements: tuple[Results | None, ...] = ()
    """What its accessibility statement says about the last check (none: no statement)."""
    date: dt.date | None = None
    """The date of the content: the sitemap's lastmod, the check's date."""


@dataclass
class BuildSummary:
    """What a build produced, for the closing summary."""

    sites: list[SiteResult] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    """Findings that do not stop publishing (unless the build is strict)."""
    pages_checked: int | None = None
    a11y_errors: int = 0
    a11y_report: Path | None = None
    """The HTML report, where it is published."""
    a11y_report_json: Path | None = None
    """This build's report.json, in the stage."""
    site_dir: Path | None = None
    published: tuple[Output, ...] = ()
    """Everything the build published: the site, then what plugins wrote beside it."""

    @property
    def published_pages(self) -> list[Path]:
        """The pages published outside the sites (the comms pack's, the easy read summary)."""
        return [page for output in self.published[1:] for page in output.page_files()]


@dataclass(frozen=True)
class Run:
    """What a build hands every site explicitly (never through the environment): where
    to write, and whether drafts are shown (only `strategy-site serve` shows them)."""

    stage: Stage
    drafts: bool = False


def build(config_file: Path, *, check_a11y: bool = True, strict: bool = False) -> BuildSummary:
    """Build every site of the project, check it and publish it into its site_dir.

    With `strict`, warnings (such as a long easy read sentence) fail the build too.
    """
    project = load(config_file)
    summary = BuildSummary(site_dir=project.site_dir)
    with staging_dir(project.work_dir) as folder:
        run = Run(Stage(project.root, folder))
        outputs = _build_and_check(project, run, summary, check_a11y=check_a11y, strict=strict)
        if check_a11y and not _statements_current(summary):
            # The statement must report the check of this very build: build it again
            # with the new results (the check's cache makes the second check quick).
            outputs = _build_and_check(project, run, summary, check_a11y=True, strict=strict)
        publish(outputs, project.work_dir)
    summary.published = tuple(outputs)
    return summary


def _build_and_check(
    project: Project, run: Run, summary: BuildSummary, *, check_a11y: bool, strict: bool
) -> list[Output]:
    """Build and check into the stage; what it made, to publish."""
    summary.sites = build_sites(project, run)
    summary.warnings = [w for site in summary.sites for w in site.warnings]
    if strict and summary.warnings:
        raise BuildFailed(summary.warnings)
    outputs = [Output(project.site_dir, _site_folder(project, run))]
    outputs += [output for site in summary.sites for output in site.outputs]
    if check_a11y:
        outputs += _check_accessibility(project, run, outputs, summary, strict=strict)
    return outputs


def _statements_current(summary: BuildSummary) -> bool:
    """Whether every site's statement says what this build's check found."""
    from strategy_site.statement.plugin import read_results

    checked = read_results(summary.a11y_report_json) if summary.a11y_report_json else None
    return all(stated == checked for site in summary.sites for stated in site.statements)


def build_sites(project: Project, run: Run, *, serve_url: str | None = None) -> list[SiteResult]:
    """Build each site into the stage (at its mount). Raises BuildFailed with every problem."""
    out = _site_folder(project, run)
    loaded = [_loaded(site, out / site.mount) for site in project.sites]
    problems = [p for _, found in loaded for p in found]
    if problems:
        raise BuildFailed(problems)
    day = published_date(config for config, _ in loaded)
    results = []
    for site, (config, _) in zip(project.sites, loaded, strict=True):
        _prepare(config, run, day)
        try:
            results.append(_build_site(site, config, serve_url, day))
        except BuildFailed as failed:
            problems.extend(failed.problems)
    if problems:
        raise BuildFailed(problems)
    return results


def _site_folder(project: Project, run: Run) -> Path:
    try:
        return run.stage.path(project.site_dir)
    except OutsideProject as error:
        problem = Problem(
            shown_path(project.sites[0].config_file),
            None,
            f"'site_dir': {error}",
            "build into a folder inside the project, such as 'site'",
        )
        raise BuildFailed([problem]) from None


def _prepare(config: MkDocsConfig, run: Run, day: dt.date) -> None:
    """Hand the loaded config's plugins the build's date, drafts switch and stage."""
    pages = find_optional(config, PagesPlugin)
    if pages is not None and pages.config.build_date is None:
        pages.config.build_date = day
    updates = find_optional(config, UpdatesPlugin)
    if updates is not None and run.drafts:
        updates.config.drafts = True
    set_stage(config, run.stage)


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


def _loaded(site: Site, out: Path) -> tuple[MkDocsConfig, list[Problem]]:
    """A site's config, built into `out`, and the problems found while loading it."""
    with collecting(site.docs_dir, shown_path(site.config_file)) as collected:
        try:
            config = load_config(str(site.config_file), site_dir=str(out))
        except (Abort, MkDocsException) as error:
            return MkDocsConfig(), collected.problems or [_config_problem(site.config_file, error)]
    return config, list(collected.problems)


def _build_site(
    site: Site, config: MkDocsConfig, serve_url: str | None, day: dt.date
) -> SiteResult:
    source = shown_path(site.config_file)
    out = Path(config.site_dir)
    with collecting(site.docs_dir, source) as collected:
        try:
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
    statement = find_optional(config, StatementPlugin)
    return SiteResult(
        site.name,
        _count_pages(out / "sitemap.xml"),
        out,
        tuple(collected.advice),
        outputs=tuple(outputs_of(config)),
        statements=(statement.results,) if statement is not None else (),
        date=day,
    )


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


def _check_accessibility(
    project: Project,
    run: Run,
    outputs: list[Output],
    summary: BuildSummary,
    *,
    strict: bool = False,
) -> list[Output]:
    """Check the staged sites and the pages the plugins wrote beside them; errors (and
    warnings, when strict) raise BuildFailed. Returns the staged report, to publish."""
    from strategy_site.a11y.gate import check_staged_site

    pages = {published: staged for o in outputs[1:] for published, staged in o.page_files().items()}
    checked = check_staged_site(
        project,
        outputs[0].staged,
        strict=strict,
        extra_pages=pages,
        stage=run.stage,
        tested_on=summary.sites[0].date if summary.sites else None,
    )
    summary.pages_checked = len(checked.result.pages)
    summary.a11y_errors = len(checked.result.errors)
    summary.a11y_report = _published_path(checked.result.html_report_path, checked.report)
    summary.a11y_report_json = checked.result.report_path
    summary.warnings.extend(checked.warnings)
    return [checked.report] if checked.report is not None else []


def _published_path(path: Path | None, output: Output | None) -> Path | None:
    """Where a staged file of `output` will be once published."""
    if path is None or output is None or not path.is_relative_to(output.staged):
        return path
    return output.published / path.relative_to(output.staged)
