"""Errors the CLI shows as one line: what failed and how to fix it, never a traceback."""

from __future__ import annotations


class A11yError(Exception):
    """Base for errors that stop the accessibility check before it can judge the pages."""


class ToolchainError(A11yError):
    """Node.js, pa11y-ci or Chromium could not be made ready."""


class CheckError(A11yError):
    """The check itself could not run (no sitemap, pa11y-ci crashed, unreadable output)."""
