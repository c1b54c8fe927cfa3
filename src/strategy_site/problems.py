"""Problems in the comms team's input, reported as one clear line each.

Plugins log a `Problem` as a warning (so MkDocs' strict mode counts it); the
CLI collects every warning, turns MkDocs' own messages into problems too, and
prints them without a traceback.
"""

from __future__ import annotations

import difflib
import logging
import os
import posixpath
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LOGGER_NAME = "mkdocs.plugins.strategy_site"
log = logging.getLogger(LOGGER_NAME)


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in the input: where, what, and how to fix it."""

    file: str
    line: int | None
    what: str
    fix: str
    rule: str = ""
    """A checker's rule id, such as 'easy-read/sentence-length'."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        rule = f"[{self.rule}] " if self.rule else ""
        return f"{where}: {rule}{self.what} — fix: {self.fix}"


class BuildFailed(Exception):
    """The build stopped because of problems in the input; nothing was published."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def report(problem: Problem) -> None:
    """Log a problem as a MkDocs warning: strict mode then fails the build."""
    log.warning(str(problem), extra={"problem": problem})


ADVICE_LOGGER = "strategy_site.advice"
advice_log = logging.getLogger(ADVICE_LOGGER)


def advise(problem: Problem) -> None:
    """Log a warning-level finding: shown after the build, failing it only with --strict.

    It goes to its own logger, outside MkDocs', so MkDocs' strict mode does
    not count it.
    """
    advice_log.warning(str(problem), extra={"problem": problem})


def line_of(path: Path, needle: str) -> int | None:
    """Return the first line of `path` that contains `needle`, if any."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, text in enumerate(lines, 1) if needle in text), None)


# MkDocs' own warnings name a docs-relative file but say neither line nor fix.
_Translator = Callable[["re.Match[str]", Path], Problem]


def _link_not_found(m: re.Match[str], docs: Path) -> Problem:
    src, link, rest = m["src"], m["link"], m["rest"]
    target = docs / posixpath.dirname(src) / link.split("#")[0]
    if target.is_file():  # a draft, or an update with problems of its own: not published
        return Problem(
            shown_path(docs / src),
            line_of(docs / src, link),
            f"links to '{link}', which is not published (a draft, or it has problems of its own)",
            "publish that page first (see its own problem lines), or remove the link for now",
        )
    suggestion = re.search(r"Did you mean '([^']+)'\?", rest)
    close = suggestion[1] if suggestion else _closest_file(docs, src, link)
    fix = (
        f"change the link to '{close}'"
        if close
        else "correct the path (relative to this file) or create the missing file"
    )
    what = "image not found" if _is_image(link) else "link to a page that does not exist"
    return Problem(shown_path(docs / src), line_of(docs / src, link), f"{what}: '{link}'", fix)


def _closest_file(docs: Path, src: str, link: str) -> str | None:
    """The existing file whose path is nearest to a mistyped link, as a relative link."""
    here = posixpath.dirname(src)
    target = posixpath.normpath(posixpath.join(here, link.split("#")[0]))
    files = [p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()]
    close = difflib.get_close_matches(target, files, n=1, cutoff=0.8)
    return posixpath.relpath(close[0], here or ".") if close else None


def _missing_anchor(m: re.Match[str], docs: Path) -> Problem:
    src, link = m["src"], m["link"]
    return Problem(
        shown_path(docs / src),
        line_of(docs / src, link),
        f"link '{link}' points to a heading that does not exist",
        "use the id of an existing heading (lowercase words joined by hyphens)",
    )


def _unrecognised_link(m: re.Match[str], docs: Path) -> Problem:
    src, link = m["src"], m["link"]
    return Problem(
        shown_path(docs / src),
        line_of(docs / src, link),
        f"link '{link}' does not name a Markdown file",
        "link to the page's .md file, for example 'priorities/workforce.md'",
    )


def _absolute_link(m: re.Match[str], docs: Path) -> Problem:
    src, link = m["src"], m["link"]
    return Problem(
        shown_path(docs / src),
        line_of(docs / src, link),
        f"absolute link '{link}' will break when the site moves",
        "use a relative link to the .md file instead",
    )


def _nav_missing(m: re.Match[str], docs: Path) -> Problem:
    return Problem(
        "nav",
        None,
        f"the navigation lists '{m['link']}', which is not in {shown_path(docs)}",
        "create the file or remove it from 'nav' in the site's mkdocs config",
    )


def _not_in_nav(m: re.Match[str], docs: Path) -> Problem:
    pages = ", ".join(p.strip(" -") for p in m["pages"].splitlines() if p.strip())
    return Problem(
        shown_path(docs),
        None,
        f"pages not in the navigation: {pages}",
        "add them to 'nav' in the site's mkdocs config, or delete them",
    )


def _page_error(m: re.Match[str], docs: Path) -> Problem:
    return Problem(
        shown_path(docs / m["src"]),
        None,
        f"the page could not be built: {m['error'].strip() or 'see the message above'}",
        "check the Markdown on this page against the README's writing guide; run again with "
        "-v to see the details",
    )


_TRANSLATIONS: list[tuple[re.Pattern[str], _Translator]] = [
    (
        re.compile(r"Error (?:building|reading) page '(?P<src>[^']+)':(?P<error>.*)", re.S),
        _page_error,
    ),
    (
        re.compile(
            r"Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', "
            r"but the target.* is not found among documentation files\.(?P<rest>.*)",
            re.S,
        ),
        _link_not_found,
    ),
    (
        re.compile(
            r"Doc file '(?P<src>[^']+)' contains a link '(?P<link>[^']+)', "
            r"but (the doc '[^']+' does not contain an anchor|there is no such anchor)"
        ),
        _missing_anchor,
    ),
    (
        re.compile(
            r"Doc file '(?P<src>[^']+)' contains an unrecognized relative link '(?P<link>[^']+)'"
        ),
        _unrecognised_link,
    ),
    (
        re.compile(r"Doc file '(?P<src>[^']+)' contains an absolute link '(?P<link>[^']+)'"),
        _absolute_link,
    ),
    (
        re.compile(r"A reference to '(?P<link>[^']+)' is included in the 'nav' configuration"),
        _nav_missing,
    ),
    (
        re.compile(r"The following pages exist in the docs directory.*?:\n(?P<pages>.*)", re.S),
        _not_in_nav,
    ),
]

_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif")


def _is_image(link: str) -> bool:
    return link.lower().split("#")[0].split("?")[0].endswith(_IMAGE_SUFFIXES)


def shown_path(path: Path) -> str:
    """A path as the comms team would type it: relative to where they run the build."""
    # Links are not followed: a link's own name is what the comms team sees in the folder.
    here = Path(os.path.abspath(path))
    for cwd in (Path.cwd(), Path.cwd().resolve()):
        if here.is_relative_to(cwd):
            return here.relative_to(cwd).as_posix()
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def from_message(message: str, docs_dir: Path, source: str) -> Problem:
    """Turn a logged message into a problem, adding what MkDocs leaves out."""
    for pattern, translate in _TRANSLATIONS:
        if m := pattern.match(message):
            return translate(m, docs_dir)
    return Problem(source, None, message.strip().rstrip("."), "see the message")


def from_record(message: str, docs_dir: Path, source: str) -> list[Problem]:
    """The problems in one logged message: MkDocs' config messages may hold several."""
    from strategy_site.inputs.mkdocs_config import config_problems

    return config_problems(message, Path(source)) or [from_message(message, docs_dir, source)]


class ProblemCollector(logging.Handler):
    """Collects warnings and errors logged during a build: problems, and advice."""

    def __init__(self, docs_dir: Path, source: str) -> None:
        super().__init__(logging.WARNING)
        self.docs_dir = docs_dir
        self.source = source
        self.problems: list[Problem] = []
        self.advice: list[Problem] = []

    def emit(self, record: logging.LogRecord) -> None:
        problem = getattr(record, "problem", None)
        problems = (
            [problem]
            if problem is not None
            else from_record(record.getMessage(), self.docs_dir, self.source)
        )
        found = self.advice if record.name == ADVICE_LOGGER else self.problems
        found.extend(p for p in problems if p not in found)


@contextmanager
def collecting(docs_dir: Path, source: str) -> Iterator[ProblemCollector]:
    """Collect the problems MkDocs and our plugins log while the block runs."""
    collector = ProblemCollector(docs_dir, source)
    loggers = [logging.getLogger("mkdocs"), advice_log]
    advice_log.propagate = False
    for logger in loggers:
        logger.addHandler(collector)
    try:
        yield collector
    finally:
        for logger in loggers:
            logger.removeHandler(collector)
