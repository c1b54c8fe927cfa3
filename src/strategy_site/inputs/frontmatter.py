"""Read a Markdown file's YAML front matter, keeping the line of each field.

MkDocs drops front matter it cannot parse without a word, and reads a block
with no closing fence as Markdown; the comms team needs to hear about both,
at the right line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from strategy_site.inputs import yamlfile
from strategy_site.inputs.yamlfile import Flaw, Path_

_FENCE = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.S)
_OPENING = re.compile(r"\A-{3}[ \t]*\n")


@dataclass(frozen=True)
class FrontMatter:
    """The fields of one page, the line of each value, and any problem reading them."""

    meta: dict[str, Any] = field(default_factory=dict)
    paths: dict[Path_, int] = field(default_factory=dict)
    error: Flaw | None = None
    repeats: tuple[Flaw, ...] = ()
    body_line: int = 1
    """The line where the Markdown after the front matter starts."""

    @property
    def lines(self) -> dict[str, int]:
        """Line of each top-level field."""
        return {str(path[0]): line for path, line in self.paths.items() if len(path) == 1}

    def line(self, key: str | Path_) -> int:
        """Line of `key` (or a path to a nested value), or of the front matter's start."""
        path = (key,) if isinstance(key, str) else key
        while path and path not in self.paths:
            path = path[:-1]
        return self.paths.get(path, 1)


def parse(text: str) -> FrontMatter:
    """Parse the front matter at the top of `text` (none is an empty result)."""
    match = _FENCE.match(text)
    if not match:
        if _OPENING.match(text):
            return FrontMatter(
                error=Flaw(
                    1,
                    "front matter starts with '---' on this line but never ends",
                    "add a line with only '---' after the last field, before the page's text",
                )
            )
        return FrontMatter()
    body_line = match.group(0).count("\n") + 1
    mapped = yamlfile.parse(match.group(1) or "", first_line=2)
    if mapped.error:
        return FrontMatter(error=mapped.error, body_line=body_line)
    if mapped.data is None:
        return FrontMatter(body_line=body_line)
    if not isinstance(mapped.data, dict):
        return FrontMatter(
            error=Flaw(
                2,
                "front matter must be 'field: value' lines",
                "write each field as 'name: value' on its own line",
            ),
            body_line=body_line,
        )
    return FrontMatter(
        meta={str(k): v for k, v in mapped.data.items()},
        paths=mapped.lines,
        repeats=mapped.repeats,
        body_line=body_line,
    )
