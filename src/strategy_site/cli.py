"""`strategy-site`: the comms team's one command. Thin: it calls the engine and
prints the outcome, never a traceback."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path

import click

from strategy_site import build as building
from strategy_site.problems import BuildFailed, Problem, shown_path

CONFIG_OPTION = click.option(
    "-f",
    "--config-file",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="The detailed site's MkDocs config; its counterpart is found from it.",
)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' own progress messages.")
def cli(verbose: bool) -> None:
    """Publish a strategy as accessible detailed and easy read sites."""
    _quiet_mkdocs(verbose)


@cli.command()
@CONFIG_OPTION
@click.option(
    "--no-a11y", is_flag=True, help="Skip the accessibility checks (quick previews only)."
)
@click.option("--strict", is_flag=True, help="Fail on warnings too, not only on errors.")
def build(config_file: Path, no_a11y: bool, strict: bool) -> None:
    """Build both sites, check every page, and publish into site/."""
    _need(config_file)
    try:
        summary = building.build(config_file, check_a11y=not no_a11y, strict=strict)
    except BuildFailed as failed:
        _fail(failed, "the last good site, if any, is unchanged")
    for site in summary.sites:
        click.echo(f"Built {site.name}: {site.pages} pages")
    if summary.pages_checked is None:
        click.echo("Accessibility checks skipped (--no-a11y): do not publish this build.")
    else:
        click.echo(
            f"Accessibility: {summary.pages_checked} pages checked, {summary.a11y_errors} errors"
            f" (report: {summary.a11y_report})"
        )
    _print_warnings(summary.warnings)
    click.echo(f"Site ready in {summary.site_dir}/")


@cli.command()
@click.option(
    "--scripts-dir",
    type=click.Path(path_type=Path),
    default=Path("scripts"),
    show_default=True,
    help="Where the pinned Node side lives.",
)
def setup(scripts_dir: Path) -> None:
    """Install the accessibility toolchain: Node packages and a Chromium."""
    from strategy_site.a11y.gate import prepare_toolchain

    try:
        toolchain = prepare_toolchain(scripts_dir)
    except BuildFailed as failed:
        _fail(failed, "nothing was built")
    click.echo(
        f"Accessibility toolchain ready: node {toolchain.node}, chromium {toolchain.chromium}"
    )


@cli.command()
@CONFIG_OPTION
@click.option(
    "-a",
    "--dev-addr",
    default="127.0.0.1:8000",
    show_default=True,
    help="Address to serve the preview on.",
)
def serve(config_file: Path, dev_addr: str) -> None:
    """Preview both sites, rebuilding whenever a file changes."""
    from strategy_site.serve import serve as run_server

    _need(config_file)
    host, _, port = dev_addr.rpartition(":")
    try:
        run_server(config_file, host or "127.0.0.1", int(port))
    except BuildFailed as failed:
        _fail(failed, "nothing is served")


@cli.command()
@CONFIG_OPTION
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), required=True, help="First day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), required=True, help="Last day.")
def bulletin(config_file: Path, since: dt.datetime, until: dt.datetime) -> None:
    """Write the e-bulletin of every update dated from --since to --until into dist/comms/."""
    from strategy_site.comms.digest import write_digest

    _need(config_file)
    try:
        folder = write_digest(config_file, since.date(), until.date())
    except BuildFailed as failed:
        _fail(failed, "no bulletin was written")
    click.echo(f"E-bulletin ready in {folder}/ (bulletin.html, bulletin.txt, bulletin.eml)")


@cli.group()
def templates() -> None:
    """The comms pack's templates: the engine's, and the ones the project changes."""


@templates.command("list")
@CONFIG_OPTION
def list_templates(config_file: Path) -> None:
    """List the engine's templates and which ones the project overrides."""
    from strategy_site.comms import overrides

    _need(config_file)
    folder = _templates_folder(config_file)
    click.echo(f"The engine's templates (the project overrides them in {shown_path(folder)}/):")
    for template in overrides.templates(folder):
        note = f"overridden by {shown_path(template.override)}" if template.override else ""
        same = " (the same as the engine's: delete it)" if template.same else ""
        click.echo(f"  {template.name:<18}{note}{same}".rstrip())
    for name in overrides.extras(folder):
        click.echo(f"  {shown_path(folder / name)}: the project's own, included by its templates")


@templates.command("copy")
@CONFIG_OPTION
@click.argument("name")
def copy_template(config_file: Path, name: str) -> None:
    """Copy the engine's template NAME into the project, to change it there."""
    from strategy_site.comms import overrides

    _need(config_file)
    try:
        copied = overrides.copy(name, _templates_folder(config_file))
    except overrides.Refused as refused:
        raise click.ClickException(str(refused)) from None
    click.echo(f"Copied to {shown_path(copied)}: change it there; the build now uses it.")


def _templates_folder(config_file: Path) -> Path:
    from strategy_site.comms.overrides import Refused, templates_folder

    try:
        return templates_folder(config_file)
    except Refused as refused:
        raise click.ClickException(str(refused)) from None


def _print_warnings(warnings: list[Problem]) -> None:
    if not warnings:
        return
    count = len(warnings)
    click.secho(f"{count} warning{'s' * (count != 1)} (--strict makes them fail):", fg="yellow")
    for warning in sorted(warnings, key=lambda p: (p.file, p.line or 0)):
        click.echo(f"  {warning}")


def _need(config_file: Path) -> None:
    if not config_file.is_file():
        raise click.ClickException(
            f"{config_file}: no such config file (fix: run from the project folder or pass -f)"
        )


def _fail(failed: BuildFailed, consequence: str) -> None:
    problems = sorted(set(failed.problems), key=lambda p: (p.file, p.line or 0, p.what))
    count = len(problems)
    click.secho(
        f"Build failed: {count} problem{'s' * (count != 1)} ({consequence}):", fg="red", err=True
    )
    for problem in problems:
        click.echo(f"  {problem}", err=True)
    sys.exit(1)


def _quiet_mkdocs(verbose: bool) -> None:
    """MkDocs' messages reach the user as our problem lines, not twice."""
    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False
    if verbose:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s - %(message)s"))
        handler.setLevel(logging.INFO)
        handler.addFilter(lambda record: record.levelno < logging.WARNING)
        logger.addHandler(handler)
    else:
        logger.addHandler(logging.NullHandler())


def main() -> None:
    """Console-script entry point."""
    cli()
