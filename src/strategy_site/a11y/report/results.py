"""What the check found, as plain immutable values shared by the checker and the report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

# error: fails the build. warning: a rule set to `warning`, listed after the build and
# failing it only with --strict. review: an engine asks a person to look (HTML_CodeSniffer's
# warnings). notice: for information. Neither of the last two ever fails.
TYPE_ORDER = {"error": 0, "warning": 1, "review": 2, "notice": 3}


@dataclass(frozen=True, order=True)
class A11yIssue:
    """One finding on one page, with a hint on how to fix it."""

    page: str  # site path as a reader sees it, e.g. "/easy-read/priorities/workforce/"
    type: str  # "error", "warning", "review" or "notice"
    runner: str  # the engine: "axe", "htmlcs" or "strategy-site" (our content rules)
    code: str  # axe rule id, HTML_CodeSniffer code, or our rule id
    message: str
    selector: str = ""
    context: str = ""
    criterion: str = ""  # e.g. "WCAG 1.1.1" (HTML_CodeSniffer codes name it)
    fix: str = ""
    help_url: str = ""
    line: int | None = None  # line in the built HTML (our content rules know it)
    needle: str = ""  # words to find the line in the Markdown source

    @property
    def sort_key(self) -> tuple[str, int, str, str, str, str]:
        """Stable order: by page, errors first, then runner, rule and element."""
        rank = TYPE_ORDER.get(self.type, len(TYPE_ORDER))
        return (self.page, rank, self.runner, self.code, self.selector, self.message)


@dataclass(frozen=True, order=True)
class LoadFailure:
    """A page that could not be checked: it did not answer 200 or did not load in Chromium."""

    page: str
    reason: str


@dataclass(frozen=True)
class A11yResult:
    """The outcome of checking every page of the built sites."""

    pages: tuple[str, ...]
    issues: tuple[A11yIssue, ...]
    failures: tuple[LoadFailure, ...]
    report_path: Path | None = None
    rechecked: tuple[str, ...] = ()
    """Pages the engines looked at this time; the others' results came from the cache."""
    tested_on: dt.date | None = None
    """The build's content date: when these results were last tested."""
    html_report_path: Path | None = None

    @property
    def errors(self) -> tuple[A11yIssue, ...]:
        """The issues that fail the check."""
        return tuple(issue for issue in self.issues if issue.type == "error")

    @property
    def warnings(self) -> tuple[A11yIssue, ...]:
        """Findings of rules set to `warning`: they fail the check only when strict."""
        return tuple(issue for issue in self.issues if issue.type == "warning")

    @property
    def warning_count(self) -> int:
        """Warnings found (they do not fail the check unless strict)."""
        return len(self.warnings)

    @property
    def review_count(self) -> int:
        """Things an engine asks a person to review (they never fail the check)."""
        return sum(1 for issue in self.issues if issue.type == "review")

    @property
    def notice_count(self) -> int:
        """Notices found: things to review by hand (they do not fail the check)."""
        return sum(1 for issue in self.issues if issue.type == "notice")

    @property
    def passed(self) -> bool:
        """True when every page loaded and no page has an error."""
        return not self.errors and not self.failures
