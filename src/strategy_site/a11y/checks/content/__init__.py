"""Content checks of our own, on the built HTML: what automated engines miss or
only hint at (alt text that is a file name, vague or ambiguous link text, skipped
heading levels, tables without headers, document links without format and size,
language marks).

`check_html` turns one page into findings in the shape pa11y gives its issues, so
the rest of the gate treats every engine alike.
"""

from __future__ import annotations

from typing import Any

from strategy_site.a11y.checks.content.catalogue import ENGINE, RULES, Rule
from strategy_site.a11y.checks.content.dom import Element, content_area, parse
from strategy_site.a11y.checks.content.rules import PAGE_RULES, Finding

__all__ = ["ENGINE", "RULES", "Rule", "check_html"]

_CONTEXT_CHARS = 250


def describe(element: Element) -> str:
    """A short way to point at the element: 'a[href="x/"]', 'h4#id', 'img[src="x.png"]'."""
    if element.get("id"):
        return f"{element.tag}#{element.get('id')}"
    for attr in ("href", "src", "lang"):
        if element.get(attr) is not None:
            return f'{element.tag}[{attr}="{element.get(attr)}"]'
    return element.tag


def _issue(finding: Finding) -> dict[str, Any]:
    rule = RULES[finding.rule]
    context = finding.element.start_tag
    return {
        "code": rule.id,
        "type": "error",
        "message": finding.message,
        "context": context[:_CONTEXT_CHARS] + ("..." if len(context) > _CONTEXT_CHARS else ""),
        "selector": describe(finding.element),
        "runner": ENGINE,
        "runnerExtras": {
            "criterion": rule.criterion,
            "fix": rule.fix,
            "line": finding.element.line,
            "needle": finding.needle,
        },
    }


def check_html(html: str, page_url: str) -> list[dict[str, Any]]:
    """Every content rule on one page; issues as pa11y shapes them (runner 'strategy-site')."""
    document = parse(html)
    area = content_area(document)
    return [_issue(f) for rule in PAGE_RULES for f in rule(document, area, page_url)]
