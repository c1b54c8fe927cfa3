"""The prose of an easy read page, as sentences with their source lines.

Checks read the Markdown source (not the HTML) so every finding can name its
line. Markup is stripped, but what it said is kept: a sentence remembers
whether it used italics, and links keep their words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_FRONT = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*\n", re.S)
_BLOCK_START = re.compile(r"^/{3,}\s*idea\b")
_BLOCK_END = re.compile(r"^/{3,}\s*$")
_OPTION = re.compile(r"^ {4}\S")
_HEADING = re.compile(r"^#{1,6}\s+")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HTML = re.compile(r"<[^>]+>")
_EMOJI_CODE = re.compile(r":[a-z0-9_+-]+:")
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![*\w])([*_])(?!\s)(.+?)(?<!\s)\1(?![*\w])")
_CODE = re.compile(r"`[^`]*`")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence: where it starts, its words without markup, and its raw source."""

    line: int
    text: str
    raw: str
    in_idea: bool
    heading: bool = False

    @property
    def words(self) -> list[str]:
        return re.findall(r"[A-Za-z0-9£][A-Za-z0-9'\u2019,.£-]*", self.text)


@dataclass(frozen=True)
class Paragraph:
    line: int
    raw: str
    in_idea: bool
    heading: bool


def body_offset(source: str) -> int:
    """Number of lines the front matter takes."""
    match = _FRONT.match(source)
    return match.group(0).count("\n") if match else 0


def paragraphs(source: str) -> Iterator[Paragraph]:
    """Runs of prose lines, skipping front matter and idea block syntax."""
    offset = body_offset(source)
    lines = source.splitlines()[offset:]
    in_idea, start = False, 0
    buffer: list[str] = []

    def flush() -> Iterator[Paragraph]:
        if buffer:
            yield Paragraph(start, "\n".join(buffer), in_idea, False)
            buffer.clear()

    for number, line in enumerate(lines, offset + 1):
        if _BLOCK_START.match(line):
            yield from flush()
            in_idea = True
        elif in_idea and _BLOCK_END.match(line):
            yield from flush()
            in_idea = False
        elif in_idea and _OPTION.match(line) and not buffer:
            continue
        elif not line.strip() or line.lstrip().startswith("<"):
            yield from flush()  # blank lines end paragraphs; raw HTML is not prose
        elif _HEADING.match(line):
            yield from flush()
            yield Paragraph(number, _HEADING.sub("", line), in_idea, True)
        elif _LIST_MARK.match(line):
            yield from flush()
            start = number
            buffer.append(_LIST_MARK.sub("", line))
        else:
            if not buffer:
                start = number
            buffer.append(line.strip())
    yield from flush()


def plain(markdown: str) -> str:
    """The words of a Markdown fragment, without markup."""
    text = _IMAGE.sub("", markdown)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub("", text)
    text = _HTML.sub("", text)
    text = _EMOJI_CODE.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())


def has_emphasis(markdown: str) -> list[str]:
    """Words in italics (`*x*` or `_x_`), which easy read does not use."""
    text = _STRONG.sub("", _LINK.sub(r"\1", markdown))
    return [m.group(2) for m in _EMPHASIS.finditer(text)]


def sentences(source: str) -> Iterator[Sentence]:
    """Every sentence of the page with the line it starts on."""
    for para in paragraphs(source):
        position = 0
        for piece in _SENTENCE_END.split(para.raw):
            index = para.raw.find(piece, position)
            position = index + len(piece)
            line = para.line + para.raw.count("\n", 0, max(index, 0))
            text = plain(piece)
            if text:
                yield Sentence(line, text, piece, para.in_idea, para.heading)
