"""The comms team's summary of the easy read pages: a small accessible HTML page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from strategy_site.easy_read.staleness import Staleness
from strategy_site.pairing.coverage import Coverage


@dataclass(frozen=True)
class PageStatus:
    """One easy read page and what the build found."""

    file: str
    source: Path
    title: str
    counterpart: str | None
    counterpart_source: Path | None
    checked: str | None
    """'by <who> on <date>', or None when no person has checked it yet."""
    checked_on: dt.date | None
    reading_ease: float
    words: int
    errors: int
    warnings: int
    staleness: Staleness | None = None


def _stale_cell(status: PageStatus) -> str:
    verdict = status.staleness
    if status.counterpart is None or verdict is None:
        return "No full version"
    if verdict.stale is None:
        return f"Cannot tell ({escape(verdict.reason)})"
    if verdict.stale:
        return (
            f"<strong>Out of date</strong>: full version changed {verdict.detailed_changed}, "
            f"easy read {verdict.easy_changed}"
        )
    return "Up to date"


def _routes(routes: Coverage | None) -> str:
    """How many full pages have an easy read version, say why not, or say nothing."""
    if routes is None:
        return ""

    def listed(items: Sequence[str]) -> str:
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""

    reasons = [f"{escape(page)}: {escape(why)}" for page, why in routes.reasons]
    return (
        "<h2>Easy read versions of the full pages</h2>\n"
        f"<p>{routes.pages} full pages: {len(routes.paired)} with an easy read version, "
        f"{len(routes.reasons)} saying why they have none, "
        f"{len(routes.missing)} saying neither.</p>\n"
        + "".join(
            f"<p>The pages the build makes in {escape(folder)} link to the easy read page "
            f"{escape(target)}.</p>\n"
            for folder, target in routes.folders
        )
        + (f"<h3>Pages saying why they have none</h3>\n{listed(reasons)}\n" if reasons else "")
        + (
            "<h3>Pages saying neither (each is a warning in the build)</h3>\n"
            f"{listed([escape(page) for page in routes.missing])}\n"
            if routes.missing
            else ""
        )
    )


def summary_page(
    site_name: str, pages: Sequence[PageStatus], target: float, routes: Coverage | None = None
) -> str:
    """The page, deterministic: rows in file order, no dates but the content's own."""
    rows = "\n".join(
        "<tr>"
        f'<th scope="row">{escape(p.file)}<br><span>{escape(p.title)}</span></th>'
        f"<td>{escape(p.counterpart or '-')}</td>"
        f"<td>{escape(p.checked) if p.checked else '<strong>Not checked yet</strong>'}</td>"
        f"<td>{p.reading_ease:.0f}{'' if p.reading_ease >= target else ' (below target)'}</td>"
        f"<td>{p.words}</td><td>{p.errors}</td><td>{p.warnings}</td>"
        f"<td>{_stale_cell(p)}</td>"
        "</tr>"
        for p in sorted(pages, key=lambda p: p.file)
    )
    unchecked = sum(1 for p in pages if not p.checked)
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Easy read summary: {escape(site_name)}</title>
<style>
body {{ font: 18px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 1rem; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 1px solid #595959; padding: .4rem; text-align: left; vertical-align: top;
  overflow-wrap: break-word; font-size: 16px; }}
th span {{ font-weight: normal; }}
caption {{ text-align: left; font-weight: bold; margin-bottom: .5rem; }}
</style>
</head>
<body>
<main>
<h1>Easy read summary</h1>
<p>{len(pages)} easy read pages; {unchecked} not yet checked by people who use easy read.
Reading ease target: {target:.0f} (Flesch; higher is easier).</p>
<table>
<caption>Every easy read page, its full version and what the build found</caption>
<thead><tr><th scope="col">Page</th><th scope="col">Full version</th>
<th scope="col">Checked by people</th>
<th scope="col">Reading ease</th><th scope="col">Words</th><th scope="col">Errors</th>
<th scope="col">Warnings</th><th scope="col">In step with the full version</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
{_routes(routes)}</main>
</body>
</html>
"""
