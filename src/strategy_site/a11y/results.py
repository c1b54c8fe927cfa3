"""What the check found, as plain immutable values shared by the checker and the report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TYPE_ORDER = {"error": 0, "warning": 1, "notice": 2}


@dataclass(frozen=True, order=True)
class A11yIssue:
    """One pa11y finding on one page, with a hint on how to fix it."""

    page: str  # site path as a reader sees it, e.g. "/easy-read/priorities/workforce/"
    type: str  # "error", "warning" or "notice"
    runner: str  # "axe" or "htmlcs"
    code: str  # axe rule id, or HTML_CodeSniffer code
    message: str
    selector: str = ""
    context: str = ""
    criterion: str = ""  # e.g. "WCAG 1.1.1" (HTML_CodeSniffer codes name it)
    fix: str = ""
    help_url: str = ""

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

    @property
    def errors(self) -> tuple[A11yIssue, ...]:
        """The issues that fail the check."""
        return tuple(issue for issue in self.issues if issue.type == "error")

    @property
    def warning_count(self) -> int:
        """Warnings found (they do not fail the check)."""
        return sum(1 for issue in self.issues if issue.type == "warning")

    @property
    def notice_count(self) -> int:
        """Notices found: things to review by hand (they do not fail the check)."""
        return sum(1 for issue in self.issues if issue.type == "notice")

    @property
    def passed(self) -> bool:
        """True when every page loaded and no page has an error."""
        return not self.errors and not self.failures
