"""Check every page of the built sites (and any extra pages): list them, serve them,
check their status, take unchanged pages' results from the cache, run the engines
and our content rules on the rest, and write the reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from strategy_site.a11y.checks.cache import CacheData, load_cache, save_cache
from strategy_site.a11y.checks.content import check_html
from strategy_site.a11y.checks.engine import Engine, run_engines
from strategy_site.a11y.checks.fingerprint import (
    SITE,
    Hasher,
    check_digest,
    html_digest,
    page_key,
    resources_of,
)
from strategy_site.a11y.checks.progress import progress_bar
from strategy_site.a11y.checks.server import serve
from strategy_site.a11y.checks.sitemap import pages_in
from strategy_site.a11y.checks.status import failing_urls
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.report.html import write_html_report
from strategy_site.a11y.report.results import A11yIssue, A11yResult, LoadFailure
from strategy_site.a11y.report.summary import display_path, issue_from_pa11y, write_report
from strategy_site.a11y.toolchain.procs import Log, silent
from strategy_site.a11y.toolchain.setup import Toolchain, Tools

__all__ = ["A11yResult", "Target", "check_site", "targets_of"]

EXTRA_PREFIX = "__extra__"
Raw = list[dict[str, Any]]


@dataclass(frozen=True)
class Target:
    """One page to check."""

    page: str
    """As a reader is shown it: '/priorities/workforce/', or 'dist/comms/preview.html'."""
    path: str
    """Its path on the local server: 'priorities/workforce/' or '__extra__/0/preview.html'."""
    file: Path | None
    """Its HTML file, if there is one."""


def html_file(root: Path, path: str) -> Path | None:
    """The file a site path is served from: 'a/' -> a/index.html, 'b.html' -> b.html."""
    relative = unquote(path)
    file = root / relative / "index.html" if relative.endswith("/") or not relative else None
    file = file or root / relative
    return file if file.is_file() else None


def targets_of(root: Path, extra_pages: Mapping[str, Path]) -> tuple[list[Target], dict[str, Path]]:
    """Every page of the sitemaps under `root`, then each extra page (name -> file), and the
    folders the server mounts for them."""
    targets = [Target(display_path(p), p, html_file(root, p)) for p in pages_in(root)]
    mounts = {"": root}
    for index, (name, file) in enumerate(sorted(extra_pages.items())):
        prefix = f"{EXTRA_PREFIX}/{index}/"
        mounts[prefix] = file.parent
        targets.append(Target(name, prefix + quote(file.name), file if file.is_file() else None))
    return targets, mounts


def page_keys(
    targets: Sequence[Target],
    mounts: Mapping[str, Path],
    digest: str,
    known: Mapping[str, list[str]],
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The cache key of every page that has an HTML file, and the resources of each HTML
    (by its hash); `known` saves parsing HTML seen before."""
    hasher = Hasher()
    keys: dict[str, str] = {}
    resources: dict[str, list[str]] = {}
    for target in targets:
        if target.file is None:
            continue
        html = target.file.read_bytes()
        html_hash = html_digest(html)
        if html_hash in known:  # a page that loads nothing is known too: []
            urls = known[html_hash]
        else:
            urls = resources_of(html.decode("utf-8", errors="replace"))
        resources[html_hash] = urls
        keys[target.page] = page_key(digest, target.path, html, urls, mounts, hasher)
    return keys, resources


def content_findings(target: Target) -> Raw:
    """Our content rules on one page's HTML file."""
    if target.file is None:
        return []
    return check_html(target.file.read_text(encoding="utf-8", errors="replace"), SITE + target.path)


def _local(issue: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The issue with the local server's address (its port changes every run) written as
    the site's root, so reports and the cache stay the same from build to build."""
    fields = ("message", "context")
    if not any(base_url in str(issue.get(name) or "") for name in fields):
        return issue
    return {**issue, **{name: str(issue.get(name) or "").replace(base_url, "/") for name in fields}}


@dataclass
class _Outcome:
    found: dict[str, Raw]
    failures: dict[str, str]


def _check(
    todo: Sequence[Target],
    base_url: str,
    tools: Tools,
    config: A11yConfig,
    log: Log,
    engine: Engine,
) -> _Outcome:
    """Engines and content rules on the pages in `todo`."""
    if not todo:
        return _Outcome({}, {})
    toolchain = tools.get()
    engines = " + ".join(config.runners)
    log(
        f"Checking {len(todo)} page{'s' * (len(todo) != 1)} with {engines} "
        f"({config.standard} + {', '.join(config.axe_tags)}) and our content rules, "
        f"{config.tabs} at a time..."
    )
    with progress_bar(len(todo), "Checking pages") as advance:
        output = engine(toolchain, [(t.page, base_url + t.path) for t in todo], config, advance)
    tidy = {page: why.replace(base_url, "/") for page, why in output.failures.items()}
    found = {
        t.page: [
            *(_local(issue, base_url) for issue in output.issues[t.page]),
            *content_findings(t),
        ]
        for t in todo
        if t.page in output.issues
    }
    return _Outcome(found, tidy)


def check_site(
    root: Path,
    report_dir: Path,
    toolchain: Toolchain | Tools,
    config: A11yConfig | None = None,
    *,
    extra_pages: Mapping[str, Path] | None = None,
    cache_dir: Path | None = None,
    tested_on: dt.date | None = None,
    log: Log = silent,
    engine: Engine | None = None,
) -> A11yResult:
    """Check every page listed by the sitemaps under `root`, and `extra_pages`; write
    report.json and report.html into `report_dir`. With `cache_dir`, pages whose key is
    in the cache are not checked again."""
    config = config or A11yConfig()
    tools = toolchain if isinstance(toolchain, Tools) else Tools(
        toolchain.check_pages.parent, ready=toolchain
    )  # fmt: skip
    targets, mounts = targets_of(root, extra_pages or {})
    memory = _load(cache_dir, config, log)
    cached = memory.entries
    digest = check_digest(config.engine_settings(), tools.identity())
    keys, resources = page_keys(targets, mounts, digest, memory.resources)
    with serve(root, mounts) as base_url:
        # A page with a file is served with 200 by construction (and the engines check
        # the status again); only the others need asking.
        unfiled = {base_url + t.path: t.page for t in targets if t.file is None}
        status = {unfiled[url]: why for url, why in failing_urls(unfiled).items()}
        todo = [t for t in targets if t.page not in status and keys.get(t.page) not in cached]
        outcome = _check(todo, base_url, tools, config, log, engine or run_engines)
    rechecked = {t.page for t in todo}
    results = {
        t.page: cached[keys[t.page]]
        for t in targets
        if t.page not in status and t.page not in rechecked
    }
    results.update(outcome.found)
    entries = {keys[page]: raw for page, raw in results.items() if page in keys}
    unchanged = entries.keys() == cached.keys() and resources.keys() == memory.resources.keys()
    if cache_dir is not None and config.cache and not unchanged:
        save_cache(cache_dir, CacheData(entries, resources))
    failures = {**status, **outcome.failures}
    result = assemble(targets, results, failures, config, tested_on)
    result = replace(result, rechecked=tuple(sorted(rechecked)))
    return replace(
        result,
        report_path=write_report(result, config, report_dir),
        html_report_path=write_html_report(result, config, report_dir),
    )


def _load(cache_dir: Path | None, config: A11yConfig, log: Log) -> CacheData:
    if cache_dir is None or not config.cache:
        return CacheData()
    memory, why = load_cache(cache_dir)
    if why:
        log(f"The accessibility cache was not used: {why}. Every page is checked again.")
    return memory


def assemble(
    targets: Sequence[Target],
    results: Mapping[str, Raw],
    failures: Mapping[str, str],
    config: A11yConfig,
    tested_on: dt.date | None = None,
) -> A11yResult:
    """Combine every page's findings (at their configured levels) and the pages that failed."""
    issues: list[A11yIssue] = []
    for page, raws in results.items():
        issues += [i for raw in raws if (i := issue_from_pa11y(page, raw, config.rules))]
    return A11yResult(
        pages=tuple(sorted(t.page for t in targets)),
        issues=tuple(sorted(issues, key=lambda issue: issue.sort_key)),
        failures=tuple(sorted(LoadFailure(page, why) for page, why in failures.items())),
        tested_on=tested_on,
    )
