"""report.html: the accessibility report as a page people can read (and that passes the
checks itself: one h1, headings in order, tables with header cells, a language)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path

from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.report.results import A11yIssue, A11yResult
from strategy_site.a11y.report.review import review_groups
from strategy_site.a11y.report.summary import plural, rule_counts

HTML_REPORT_NAME = "report.html"

_STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b;
       background: #fff; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
th, td { border: 1px solid #505050; padding: 0.4rem 0.6rem; text-align: left;
         vertical-align: top; }
th { background: #f0f0f0; }
code { font-size: 0.95em; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; }
.scroll:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.passed { color: #00703c; } .failed { color: #b10e1e; }
"""


def _cells(values: Iterable[str], tag: str = "td") -> str:
    return "".join(f"<{tag}>{value}</{tag}>" for value in values)


def _table(caption: str, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table in a box of its own that scrolls sideways on a narrow screen, named by
    its caption and reachable by keyboard (WCAG 1.4.10), so the page never does."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in headers)
    body = "".join(f"<tr>{_cells(row)}</tr>" for row in rows)
    return (
        f'<div class="scroll" role="region" aria-label="{escape(caption)}" tabindex="0">'
        f"<table><caption>{escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def words(text: str) -> str:
    """Escaped text, with `backticked` spans (Markdown or HTML quoted in a message or a
    fix) as <code>, so they read as examples and never as the page's own source."""
    parts = text.split("`")
    return "".join(
        f"<code>{escape(part)}</code>" if index % 2 else escape(part)
        for index, part in enumerate(parts)
    )


def _summary(result: A11yResult, config: A11yConfig) -> str:
    verdict = "passed" if result.passed else "failed"
    tested = result.tested_on.isoformat() if result.tested_on else "not known"
    items = [
        f"Standard: {escape(config.standard)} with axe rules tagged "
        f"{escape(', '.join(config.axe_tags) or 'none')}",
        f"Engines: {escape(', '.join([*config.runners, 'strategy-site content rules']))}",
        f"Last tested: {escape(tested)}",
        f"{plural(len(result.pages), 'page')} checked, {plural(len(result.errors), 'error')}, "
        f"{plural(result.warning_count, 'warning')}, "
        f"{plural(len(result.failures), 'page')} that could not be checked",
        f"{plural(len(review_groups(result.issues)), 'thing')} to review by hand "
        f"({plural(result.review_count, 'item')}; these never fail the check)",
    ]
    listed = "".join(f"<li>{item}</li>" for item in items)
    return f'<p class="{verdict}"><strong>The check {verdict}.</strong></p><ul>{listed}</ul>'


def _rules_table(result: A11yResult) -> str:
    rows = [
        (
            escape(r["engine"]),
            f"<code>{escape(r['rule'])}</code>",
            escape(r["level"]),
            escape(r["criterion"] or "best practice"),
            str(r["count"]),
            str(r["pages"]),
            words(r["fix"]),
        )
        for r in rule_counts(result)
    ]
    if not rows:
        return "<p>No rule failed on any page.</p>"
    headers = ("Engine", "Rule", "Level", "WCAG criterion", "Findings", "Pages", "How to fix")
    return _table("Rules that failed, with how often", headers, rows)


def _some(pages: Sequence[str], shown: int = 5) -> str:
    """The first pages of a list, and how many more."""
    more = f" and {len(pages) - shown} more" if len(pages) > shown else ""
    return ", ".join(pages[:shown]) + more


def _review_table(result: A11yResult) -> str:
    groups = review_groups(result.issues)
    if not groups:
        return "<p>Nothing to review by hand.</p>"
    rows = [
        (
            escape(g.engine),
            f"<code>{escape(g.rule)}</code>",
            escape(g.criterion or "best practice"),
            str(g.count),
            escape(
                ", ".join(g.pages[:5])
                + (f" and {len(g.pages) - 5} more" if len(g.pages) > 5 else "")
            ),
            escape(g.look_at),
        )
        for g in groups
    ]
    headers = ("Engine", "Rule", "WCAG criterion", "Items", "Pages", "What to look at")
    return _table("Things to review by hand, one row per rule", headers, rows)


def _issue_row(issue: A11yIssue) -> tuple[str, ...]:
    element = f"<code>{escape(issue.selector)}</code>" if issue.selector else ""
    return (
        escape(issue.type),
        escape(issue.runner),
        f"<code>{escape(issue.code)}</code>",
        escape(issue.criterion or "best practice"),
        element,
        words(issue.message),
        words(issue.fix),
    )


def _page_section(page: str, issues: Sequence[A11yIssue]) -> str:
    failing = [i for i in issues if i.type in ("error", "warning")]
    reviews = sum(1 for i in issues if i.type == "review")
    parts = [f"<h3>Page <code>{escape(page)}</code></h3>"]
    if failing:
        headers = ("Level", "Engine", "Rule", "WCAG criterion", "Element", "Problem", "How to fix")
        parts.append(_table(f"Findings on {page}", headers, [_issue_row(i) for i in failing]))
    else:
        parts.append("<p>No errors or warnings.</p>")
    if reviews:
        parts.append(f"<p>{plural(reviews, 'item')} to review by hand (see To review by hand).</p>")
    return "".join(parts)


def _pages(result: A11yResult) -> str:
    by_page: dict[str, list[A11yIssue]] = {page: [] for page in result.pages}
    for issue in sorted(result.issues, key=lambda i: i.sort_key):
        by_page.setdefault(issue.page, []).append(issue)
    return "".join(_page_section(page, issues) for page, issues in sorted(by_page.items()))


def _failures(result: A11yResult) -> str:
    if not result.failures:
        return "<p>Every page loaded.</p>"
    rows = [(f"<code>{escape(f.page)}</code>", escape(f.reason)) for f in result.failures]
    return _table("Pages that could not be checked", ("Page", "Why"), rows)


def render_html_report(result: A11yResult, config: A11yConfig) -> str:
    """The whole report page; the same result always gives the same bytes."""
    return (
        '<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Accessibility report</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        "<h1>Accessibility report</h1>\n"
        f"<h2>Summary</h2>\n{_summary(result, config)}\n"
        f"<h2>Rules</h2>\n{_rules_table(result)}\n"
        f"<h2>To review by hand</h2>\n{_review_table(result)}\n"
        f"<h2>Pages that could not be checked</h2>\n{_failures(result)}\n"
        f"<h2>Findings by page</h2>\n{_pages(result)}\n"
        "</main>\n</body>\n</html>\n"
    )


def write_html_report(result: A11yResult, config: A11yConfig, report_dir: Path) -> Path:
    """Write report.html into `report_dir` and return its path."""
    report_dir.mkdir(parents=True, exist_ok=True)
    path = report_dir / HTML_REPORT_NAME
    path.write_text(render_html_report(result, config), encoding="utf-8")
    return path
