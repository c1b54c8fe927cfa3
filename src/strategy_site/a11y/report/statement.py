"""What an accessibility statement needs from the last check, as one pure function.

The statement page itself is built elsewhere; this says how many pages were checked,
when (the build's content date, never the clock), the failures per WCAG criterion,
and the compliance status the UK regulations ask for.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from strategy_site.a11y.checks.content import ENGINE
from strategy_site.a11y.report.summary import REPORT_NAME

Status = Literal["fully compliant", "partially compliant", "not compliant"]
BEST_PRACTICE = "best practice"


@dataclass(frozen=True)
class StatementFacts:
    """The automated part of an accessibility statement."""

    pages_checked: int
    last_tested: dt.date | None
    failures_by_criterion: Mapping[str, int]
    """'WCAG 1.4.3' -> findings at error or warning level; rules with no criterion are
    counted under 'best practice'."""
    pages_with_failures: int
    pages_not_loaded: int
    errors: int = 0
    """Findings at error level, and pages that could not be checked."""
    engines: tuple[str, ...] = ()
    """The testing engines the check ran ("axe", "htmlcs", "ibm"), in its order."""

    @property
    def status(self) -> Status:
        """The compliance status the check alone supports (see `compliance`)."""
        return compliance(self)


def compliance(facts: StatementFacts | None, known_issues: int = 0) -> Status:
    """The one rule for every statement: not compliant when nothing was tested or every
    page fails; partially compliant with any failure or known issue; else fully."""
    if facts is None or not facts.pages_checked:
        return "not compliant"
    if facts.pages_with_failures >= facts.pages_checked:
        return "not compliant"
    if facts.pages_with_failures or facts.failures_by_criterion or known_issues:
        return "partially compliant"
    return "fully compliant"


def statement_facts(report: Mapping[str, Any]) -> StatementFacts:
    """The facts from a report.json's contents (see report.report_dict)."""
    counts: Counter[str] = Counter()
    failing_pages: set[str] = set()
    for page in report.get("pages", []):
        for finding in [*page.get("errors", []), *page.get("warnings", [])]:
            failing_pages.add(page["page"])
            for criterion in (finding.get("criterion") or BEST_PRACTICE).split(", "):
                counts[criterion] += 1
    not_loaded = [failure["page"] for failure in report.get("load_failures", [])]
    failing_pages.update(not_loaded)
    pages = int(report.get("summary", {}).get("pages", 0))
    errors = sum(len(page.get("errors", [])) for page in report.get("pages", []))
    tested = report.get("tested_on")
    engines = tuple(name for name in report.get("runners", []) if name != ENGINE)
    return StatementFacts(
        pages_checked=pages,
        last_tested=dt.date.fromisoformat(tested) if tested else None,
        failures_by_criterion=dict(sorted(counts.items())),
        pages_with_failures=len(failing_pages),
        pages_not_loaded=len(not_loaded),
        errors=errors + len(not_loaded),
        engines=engines,
    )


def load_statement_facts(report_dir: Path) -> StatementFacts:
    """The facts of the last check whose report is in `report_dir` (dist/a11y)."""
    report = json.loads((report_dir / REPORT_NAME).read_text(encoding="utf-8"))
    return statement_facts(report)
