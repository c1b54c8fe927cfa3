"""Pure renderers: the glossary as Markdown for each site, and links to first uses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import groupby

from strategy_site.glossary.model import Entry

MARKER = "<!-- glossary -->"
_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")
_SKIP_LINE = re.compile(r"^\s*(#|/{3,}| {4}\S|<|\|)")


def full_glossary(entries: Sequence[Entry]) -> str:
    """A definition list per letter for the detailed site."""
    parts = []
    shown = [e for e in entries if e.full]
    for letter, group in groupby(shown, key=lambda e: e.term[0].upper()):
        parts.append(f"## {letter}\n")
        for entry in group:
            name = (
                f"{entry.term} ({entry.initials})"
                if entry.initials and entry.initials != entry.term
                else entry.term
            )
            parts.append(f"{name} {{ #{entry.anchor} }}\n:   {entry.full}\n")
    return "\n".join(parts)


def idea_block(entry: Entry) -> str:
    """An entry's easy read explanation as an idea block (empty when it has none)."""
    if entry.easy is None:
        return ""
    return (
        f"/// idea | {entry.easy.alt}\n    icon: {entry.easy.picture}\n\n{entry.easy.text}\n///\n"
    )


def easy_glossary(entries: Sequence[Entry]) -> str:
    """An idea block per word for the easy read site, each with its anchor."""
    return "\n".join(
        f'<span id="{entry.anchor}"></span>\n\n{idea_block(entry)}'
        for entry in entries
        if entry.easy is not None
    )


def insert_glossary(markdown: str, rendered: str) -> str:
    """Put the rendered glossary where the page's marker is (at the end if it has none)."""
    if MARKER in markdown:
        return markdown.replace(MARKER, rendered, 1)
    return f"{markdown.rstrip()}\n\n{rendered}"


def link_first_uses(markdown: str, entries: Sequence[Entry], glossary_href: str) -> str:
    """Link the first use of each glossary word on a page to its explanation.

    Only prose is touched: not headings, block syntax, HTML, tables or
    existing links. At most one link a line (an easy read sentence): a line with a
    link of its own gets no other, and a line links only its first hard word; the
    others are linked where they next appear. Two links in one short sentence are
    hard to tell apart, and read to a checker as a menu.
    """
    remaining = {e.anchor: _pattern(e) for e in entries if e.easy is not None}
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if not remaining or _SKIP_LINE.match(line):
            continue
        lines[index] = _link_line(line, remaining, glossary_href)
    return "\n".join(lines)


def _pattern(entry: Entry) -> re.Pattern[str]:
    words = [re.escape(entry.term)] + ([re.escape(entry.initials)] if entry.initials else [])
    return re.compile(rf"(?<![\w\[-])({'|'.join(words)})(?![\w-])", re.I)


def _link_line(line: str, remaining: dict[str, re.Pattern[str]], href: str) -> str:
    if _LINK.search(line):
        return line
    return _link_text(line, remaining, href)


def _link_text(text: str, remaining: dict[str, re.Pattern[str]], href: str) -> str:
    """Link the earliest (then longest) glossary word in `text`, if any."""
    found = [(m, anchor) for anchor, p in remaining.items() if (m := p.search(text))]
    if not found:
        return text
    match, anchor = min(found, key=lambda f: (f[0].start(), -len(f[0].group(0))))
    del remaining[anchor]
    return f"{text[: match.start()]}[{match.group(1)}]({href}#{anchor}){text[match.end() :]}"
