"""Live preview of both sites for the comms team: rebuilds on every save."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

from strategy_site.build import Run, build_sites, load
from strategy_site.problems import BuildFailed
from strategy_site.publish import Stage
from strategy_site.sites import Project


def serve(config_file: Path, host: str, port: int) -> None:
    """Serve a fresh build of every site on host:port until interrupted.

    Drafts are shown here, and only here, so the comms team can preview them. Everything
    is written into a temporary folder: nothing in site/ or dist/ changes.
    """
    project = load(config_file)
    scratch = Path(tempfile.mkdtemp(prefix="strategy-site-"))
    run = Run(Stage(project.root, scratch), drafts=True)
    out = run.stage.path(project.site_dir)
    url = f"http://{host}:{port}/"

    def rebuild() -> None:
        try:
            build_sites(project, run, serve_url=url)
        except BuildFailed as failed:
            for problem in failed.problems:
                print(f"  {problem}")
            print("Preview not updated: fix the problems above and save again.")
        else:
            print(f"Preview updated: {url}")

    server = LiveReloadServer(builder=rebuild, host=host, port=port, root=str(out))
    for path in _watched(project):
        server.watch(str(path))
    rebuild()
    try:
        server.serve()
    except KeyboardInterrupt:
        print("Stopped.")
    finally:
        server.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)


def _watched(project: Project) -> list[Path]:
    """Content, configs, theme overrides and comms templates: what the comms team edits."""
    root = project.root
    paths = [site.docs_dir for site in project.sites]
    paths += [site.config_file for site in project.sites]
    paths += [p for p in (root / "site_overrides", root / "comms") if p.exists()]
    return paths
