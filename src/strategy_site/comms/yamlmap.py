"""YAML with the line of every key and list item, so each problem can name its line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
"""Where a value sits: ('utm', 'sources', 'x') or ('hashtags', 2)."""


@dataclass(frozen=True)
class Mapped:
    """A parsed YAML document, the line of each path in it, and any parse error."""

    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    error: tuple[int, str] | None = None

    def line(self, path: Path_) -> int:
        """Line of `path`, or of its nearest parent that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def parse(text: str, first_line: int = 1) -> Mapped:
    """Parse `text`, whose first line is line `first_line` of its file."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + first_line if mark is not None else first_line
        reason = getattr(error, "problem", None) or str(error)
        return Mapped(error=(line, f"not valid YAML: {reason}"))
    lines: dict[Path_, int] = {}
    _walk(node, (), lines, first_line)
    return Mapped(data, lines)


def _walk(node: yaml.Node | None, path: Path_, lines: dict[Path_, int], first: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = (*path, str(key.value))
            lines[here] = key.start_mark.line + first
            _walk(value, here, lines, first)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            here = (*path, index)
            lines[here] = item.start_mark.line + first
            _walk(item, here, lines, first)
