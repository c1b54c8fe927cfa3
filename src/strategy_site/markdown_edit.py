"""Small edits plugins make to a page's Markdown before MkDocs renders it."""

from __future__ import annotations

import re


def insert_after_h1(markdown: str, block: str) -> str:
    """Put `block` right after the page's first `# heading` (at the top if it has none)."""
    match = re.search(r"^# .*$", markdown, flags=re.M)
    if not match:
        return f"{block}\n{markdown}"
    return f"{markdown[: match.end()]}\n\n{block}\n{markdown[match.end() :]}"
