"""`strategy-site bulletin`: the digest e-bulletin of the updates in a date range.

The updates' pages only exist once MkDocs has built them, so the main site is
built into a temporary stage (nothing is published: the pack, too, is written
there) and the comms plugin's Source is borrowed from that build.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path

from strategy_site.build import Run, build_sites, load
from strategy_site.comms.pack import digests_in, render_digest, render_pack
from strategy_site.comms.source import Source, capturing
from strategy_site.comms.writer import replace_folder
from strategy_site.problems import BuildFailed, Problem, shown_path
from strategy_site.publish import Stage


def write_digest(config_file: Path, since: dt.date, until: dt.date) -> Path:
    """Write `<pack>/digest-<since>-<until>/bulletin.*`; return that folder."""
    if since > until:
        raise BuildFailed(
            [
                Problem(
                    "strategy-site bulletin",
                    None,
                    f"--since {since} is after --until {until}",
                    "swap them",
                )
            ]
        )
    project = load(config_file)
    main_site_only = dataclasses.replace(project, sites=project.sites[:1])
    with tempfile.TemporaryDirectory() as out, capturing() as sources:
        build_sites(main_site_only, Run(Stage(project.root, Path(out))))
    if not sources:
        raise BuildFailed(
            [
                Problem(
                    shown_path(config_file),
                    None,
                    "the comms pack is not built: 'strategy/comms' is not in 'plugins'",
                    "add '- strategy/comms' to the plugins, after 'strategy/updates'",
                )
            ]
        )
    source = sources[-1]
    folder, files = render_digest(source, since, until)
    replace_folder(source.output / folder, files, keep_digests=False)
    _list_in_preview(source)
    return source.output / folder


def _list_in_preview(source: Source) -> None:
    """Rewrite the pack's preview so that it lists the new digest too (in one rename)."""
    preview = render_pack(source, digests_in(source.output))["index.html"]
    staging = source.output / ".index.html.new"
    staging.write_bytes(preview)
    staging.replace(source.output / "index.html")
