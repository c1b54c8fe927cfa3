"""Read a Markdown file's YAML front matter, keeping the line of each field.

MkDocs drops front matter it cannot parse without a word; the comms team
needs to hear about it, at the right line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

# libyaml's parser where PyYAML was built with it: the same YAML, read several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FENCE = re.compile(r"\A-{3}[ \t]*\n(.*?\n)?(?:-{3}|\.{3})[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class FrontMatter:
    """The fields of one page, the line each starts on, and any parse error."""

    meta: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    error: tuple[int, str] | None = None

    def line(self, key: str) -> int:
        """Line of `key`, or of the front matter's start when the key is absent."""
        return self.lines.get(key, 1)


def parse(text: str) -> FrontMatter:
    """Parse the front matter at the top of `text` (none is an empty result)."""
    match = _FENCE.match(text)
    if not match:
        return FrontMatter()
    body = match.group(1) or ""
    try:
        node = yaml.compose(body, Loader=_LOADER)
        meta = yaml.load(body, Loader=_LOADER)
    except yaml.YAMLError as error:
        # Where the broken construct began says more than where parsing gave up.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(error, "problem", None) or str(error)
        return FrontMatter(error=(line, f"front matter is not valid YAML: {reason}"))
    if meta is None:
        return FrontMatter()
    if not isinstance(meta, dict) or not isinstance(node, yaml.MappingNode):
        return FrontMatter(error=(2, "front matter must be 'field: value' lines"))
    lines = {
        str(key.value): key.start_mark.line + 2 for key, _ in node.value if hasattr(key, "value")
    }
    return FrontMatter(meta={str(k): v for k, v in meta.items()}, lines=lines)
