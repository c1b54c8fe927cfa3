"""`make bench`: the accessibility gate's speed, side by side, on a copy of the project.

    python -m bench.a11y [PROJECT_DIR]

In one run: a bare `mkdocs build` of each site against `strategy-site build --no-a11y`;
a cold check of every page, a check after an unchanged rebuild and one after editing
one page; and pa11y-ci on the same pages, with its defaults and as the previous gate ran
it. It prints seconds per page, CPU seconds and the ratios. The copy lives in a
temporary folder, so the project's site/, dist/ and caches are never touched.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.memory import PeakMemory
from bench.pa11y_ci import run_pa11y_ci
from strategy_site.a11y.checks.engine import wait_for_closing
from strategy_site.a11y.checks.server import serve
from strategy_site.a11y.checks.site import check_site
from strategy_site.a11y.checks.sitemap import pages_in
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.gate import content_date
from strategy_site.a11y.settings import load_settings
from strategy_site.a11y.toolchain.chromium import CHROME_ARGS
from strategy_site.a11y.toolchain.setup import Toolchain, ensure_toolchain
from strategy_site.build import build
from strategy_site.problems import shown_path
from strategy_site.sites import load_project

LEFT_OUT = {".git", ".venv", ".build", "site", "dist", "scripts", "node_modules", "__pycache__"}
LEFT_OUT |= {".pytest_cache", ".mypy_cache", ".ruff_cache"}
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Timing:
    """One measured step."""

    name: str
    seconds: float
    cpu: float
    pages: int
    checked: int | None = None
    peak_bytes: int = 0

    @property
    def per_page(self) -> float:
        return self.seconds / self.pages if self.pages else 0.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def measured() -> Iterator[dict[str, float]]:
    """Wall and CPU seconds (ours and our children's) of the block, and its children's peak.
    The CPU seconds include the browser's closing, which the check does not wait for."""
    out: dict[str, float] = {}
    start, cpu = time.perf_counter(), _self_cpu() + _children_cpu()
    with PeakMemory() as peak:
        yield out
        out["seconds"] = time.perf_counter() - start
        wait_for_closing()
    out["cpu"] = _self_cpu() + _children_cpu() - cpu
    out["peak"] = peak.peak


def copy_project(source: Path, into: Path) -> Path:
    """The project's sources in `into`; scripts/ is linked (its node_modules is large)."""
    target = into / "project"
    shutil.copytree(source, target, ignore=lambda _d, names: [n for n in names if n in LEFT_OUT])
    (target / "scripts").symlink_to((source / "scripts").resolve())
    return target


def _run(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)


def median_build(name: str, step: Callable[[], None], pages: int, runs: int = 3) -> Timing:
    """The median of `runs` runs of a build step."""
    times = []
    for _ in range(runs):
        with measured() as m:
            step()
        times.append((m["seconds"], m["cpu"]))
    seconds = statistics.median(t for t, _ in times)
    cpu = statistics.median(c for _, c in times)
    return Timing(name, seconds, cpu, pages)


def timed_check(name: str, project: Path, toolchain: Toolchain, config: A11yConfig) -> Timing:
    """Rebuild the sites without checks, then time the gate's check of them."""
    built = build(project / "mkdocs.yml", check_a11y=False)
    site = project / "site"
    # The same pages and date as the gate checks, so the report (and the statement
    # built from it) does not change between the steps.
    loaded = load_project(project / "mkdocs.yml")
    extra = {shown_path(p): p for p in built.published_pages}
    with measured() as m:
        result = check_site(
            site, project / "dist" / "a11y", toolchain, config, extra_pages=extra,
            cache_dir=project / ".build" / "a11y-cache", tested_on=content_date(loaded),
        )  # fmt: skip
    return Timing(
        name, m["seconds"], m["cpu"], len(result.pages), len(result.rechecked), int(m["peak"])
    )


def pa11y_ci(name: str, project: Path, toolchain: Toolchain, config: A11yConfig | None) -> Timing:
    """pa11y-ci on every page: with its own defaults (config None) or with `config`."""
    site = project / "site"
    paths = pages_in(site)
    with serve(site) as base, tempfile.TemporaryDirectory() as tmp, measured() as m:
        urls = [base + path for path in paths]
        if config is None:
            _pa11y_ci_defaults(toolchain, urls, Path(tmp))
        else:
            run_pa11y_ci(toolchain, urls, config, Path(tmp))
    return Timing(name, m["seconds"], m["cpu"], len(paths), len(paths), int(m["peak"]))


def _pa11y_ci_defaults(toolchain: Toolchain, urls: list[str], workdir: Path) -> None:
    """pa11y-ci with nothing set but the browser (its defaults: htmlcs, one page at a time)."""
    launch = {"executablePath": str(toolchain.chromium), "args": list(CHROME_ARGS)}
    cfg = {"defaults": {"chromeLaunchConfig": launch}, "urls": urls}
    (workdir / "config.json").write_text(json.dumps(cfg), encoding="utf-8")
    cmd = [str(toolchain.node), str(toolchain.pa11y_ci), "--config", "config.json"]
    subprocess.run(cmd, cwd=workdir, capture_output=True, check=False)


def edit_one_page(project: Path) -> str:
    """Add a sentence to one page's Markdown; return which."""
    page = sorted((project / "content").rglob("*.md"))[-1]
    with page.open("a", encoding="utf-8") as out:
        out.write("\nThis sentence was added by the bench.\n")
    return page.relative_to(project).as_posix()


def row(t: Timing, baseline: Timing | None) -> str:
    ratio = f"{baseline.per_page / t.per_page:6.1f}x" if baseline and t.per_page else "      "
    checked = "" if t.checked is None else str(t.checked)
    memory = f"{t.peak_bytes / 2**20:6.0f}" if t.peak_bytes else "      "
    return (
        f"{t.name:<44} {t.pages:>5} {checked:>7} {t.seconds:8.2f} {t.per_page:8.3f} "
        f"{t.cpu:8.2f} {memory} {ratio}"
    )


def report(builds: list[Timing], checks: list[Timing], baseline: Timing) -> str:
    head = (
        f"{'step':<44} {'pages':>5} {'checked':>7} {'seconds':>8} {'s/page':>8} "
        f"{'cpu s':>8} {'MiB':>6} {'faster'}"
    )
    lines = [head, "-" * len(head)]
    lines += [row(t, None) for t in builds]
    bare, ours = builds
    lines.append(f"{'  our build / bare mkdocs build':<44} {ours.seconds / bare.seconds:.2f}x")
    lines += [row(t, baseline) for t in checks]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    source = Path((argv or sys.argv[1:] or ["."])[0]).resolve()
    toolchain = ensure_toolchain(source / "scripts", log=print)
    with tempfile.TemporaryDirectory(prefix="strategy-site-bench-") as tmp:
        project = copy_project(source, Path(tmp))
        os.chdir(project)
        config = load_settings(project / "mkdocs.yml")
        sites = load_project(project / "mkdocs.yml").sites
        build(project / "mkdocs.yml", check_a11y=False)
        pages = len(pages_in(project / "site"))
        print(f"Bench of {pages} pages in a copy at {project} ({config.tabs} tabs)...", flush=True)

        def bare() -> None:
            for site in sites:
                _run([str(BIN / "mkdocs"), "build", "-q", "-f", str(site.config_file)], project)

        def ours() -> None:
            _run([str(BIN / "strategy-site"), "build", "--no-a11y"], project)

        builds = [
            median_build("bare mkdocs build (both sites)", bare, pages),
            median_build("strategy-site build --no-a11y", ours, pages),
        ]
        # One full build first, so the accessibility statement already reports a check
        # (a build rewrites it when the results change); then empty the cache.
        build(project / "mkdocs.yml")
        shutil.rmtree(project / ".build" / "a11y-cache", ignore_errors=True)
        checks = [timed_check("check, cold (empty cache)", project, toolchain, config)]
        checks.append(timed_check("check after an unchanged rebuild", project, toolchain, config))
        edited = edit_one_page(project)
        checks.append(timed_check(f"check after editing {edited}", project, toolchain, config))
        baseline = pa11y_ci("pa11y-ci 4.1.1, its defaults", project, toolchain, None)
        previous = A11yConfig(concurrency=2, include_notices=True)
        checks.append(
            pa11y_ci("pa11y-ci as the previous gate ran it", project, toolchain, previous)
        )
        checks.append(baseline)
    print(report(builds, checks, baseline))
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}; Python {platform.python_version()}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
