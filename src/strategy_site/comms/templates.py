"""The comms team's jinja2 templates: theirs in comms/templates/, ours as the fallback.

A broken template fails the build with one line naming the template file and
its line, never a traceback.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)

from strategy_site.problems import BuildFailed, Problem, shown_path

DEFAULTS = Path(__file__).parent / "templates"
"""The templates shipped with the engine, used for any the project does not have."""


class Templates:
    """Renders a named template with the project's copy first."""

    def __init__(self, folder: Path | None) -> None:
        folders = [f for f in (folder, DEFAULTS) if f is not None and f.is_dir()]
        self._env = Environment(
            loader=ChoiceLoader([FileSystemLoader(f) for f in folders]),
            autoescape=lambda name: bool(name and name.endswith(".html.j2")),
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, name: str, **context: Any) -> str:
        """The rendered template; BuildFailed with one problem line if it is broken."""
        try:
            return self._env.get_template(name).render(**context)
        except TemplateNotFound:
            raise BuildFailed([_missing(name)]) from None
        except TemplateError as error:
            raise BuildFailed([_problem(name, error)]) from None

    def text(self, name: str, **context: Any) -> str:
        """A plain-text template's output, tidied: no trailing spaces, at most one blank line."""
        lines = [line.rstrip() for line in self.render(name, **context).splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _missing(name: str) -> Problem:
    return Problem(
        f"comms/templates/{name}",
        None,
        "template not found",
        f"restore it from the engine's defaults ({shown_path(DEFAULTS / name)})",
    )


def _problem(name: str, error: TemplateError) -> Problem:
    file, line = _where(name, error)
    what = f"template error: {error.message or type(error).__name__}"
    return Problem(file, line, what, "correct the Jinja2 in that template (see the README)")


def _where(name: str, error: TemplateError) -> tuple[str, int | None]:
    """The template file and line: from a syntax error, or from the traceback of any other."""
    if isinstance(error, TemplateSyntaxError) and error.filename:
        return shown_path(Path(error.filename)), error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
    if frames:
        return shown_path(Path(frames[-1].filename)), frames[-1].lineno
    return f"comms/templates/{name}", None
