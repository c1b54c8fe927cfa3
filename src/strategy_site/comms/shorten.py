"""Fit a post to its channel by cutting the summary, and only the summary, at a word boundary.

The title, the link and the hashtags are never cut: the post is rendered again
from its template with fewer words of the summary until it fits.
"""

from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "\u2026"
_TRAILING = ",;:.!?-\u2013\u2014 "


def cut(summary: str, words: int) -> str:
    """The first `words` words of `summary`, ending in an ellipsis if any were dropped."""
    all_words = summary.split()
    if words >= len(all_words):
        return summary
    kept = " ".join(all_words[:words]).rstrip(_TRAILING)
    return kept + ELLIPSIS if kept else ""


def fit(
    render: Callable[[str], str], summary: str, count: Callable[[str], int], limit: int
) -> tuple[str, bool]:
    """The post with the longest summary that fits, and whether it was shortened.

    When nothing fits, even with no summary at all, the post without the summary
    comes back for the caller to report as too long.
    """
    total = len(summary.split())
    for words in range(total, -1, -1):
        text = render(cut(summary, words))
        if words == 0 or count(text) <= limit:
            return text, words < total
    raise AssertionError("unreachable: the loop always ends at zero words")
