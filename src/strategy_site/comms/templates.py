"""The comms pack's jinja2 templates: the project's overrides first, the engine's as the rest.

A project keeps in comms/templates/ only the templates it changes; every other
name comes from the engine, so engine fixes reach it. A project template can
build on the engine's own under the prefix `engine/`, as in
`{% extends "engine/bulletin.html.j2" %}`.

A broken template fails the build with one line naming the template file and
its line, never a traceback.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)

from strategy_site.problems import BuildFailed, Problem, shown_path

DEFAULTS = Path(__file__).parent / "templates"
"""The templates shipped with the engine, used for any the project does not have."""

ENGINE_PREFIX = "engine"
"""`engine/<name>` is always the engine's template, even where the project overrides it."""

_FIX = "correct the Jinja2 in that template (see the README)"


class Templates:
    """Renders a named template: the project's copy if it has one, else the engine's."""

    def __init__(self, folder: Path | None) -> None:
        project = [_Folder(folder)] if folder is not None and folder.is_dir() else []
        engine = _Folder(DEFAULTS)
        loaders: list[BaseLoader] = [PrefixLoader({ENGINE_PREFIX: engine}), *project, engine]
        self._env = Environment(
            loader=ChoiceLoader(loaders),
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
        except TemplateNotFound as error:
            if error.name == name:
                raise BuildFailed([_missing(name)]) from None
            raise BuildFailed([_problem(name, error)]) from None
        except Exception as error:  # a template is the comms team's code: any error is theirs
            raise BuildFailed([_problem(name, error)]) from None

    def text(self, name: str, **context: Any) -> str:
        """A plain-text template's output, tidied: no trailing spaces, at most one blank line."""
        lines = [line.rstrip() for line in self.render(name, **context).splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


class _Unreadable(TemplateSyntaxError):
    """A template file that is not UTF-8 text, or cannot be read."""

    def __init__(self, what: str, line: int | None, name: str, path: Path) -> None:
        super().__init__(what, line or 1, name, str(path))  # jinja2 needs a line number
        self.line = line


class _Folder(FileSystemLoader):
    """One folder of templates, whose unreadable files are template errors with their line."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.folder = folder

    def get_source(self, environment: Environment, template: str) -> Any:
        try:
            return super().get_source(environment, template)
        except TemplateNotFound:
            raise  # an OSError too, but only "not here": the next folder may have it
        except UnicodeDecodeError as error:
            line = error.object[: error.start].count(b"\n") + 1
            what = f"not UTF-8 text (byte {error.object[error.start]:#04x})"
            raise _Unreadable(what, line, template, self.folder / template) from None
        except OSError as error:
            what = f"cannot be read ({error.strerror or error})"
            raise _Unreadable(what, None, template, self.folder / template) from None


def _missing(name: str) -> Problem:
    return Problem(
        f"comms/templates/{name}",
        None,
        "template not found",
        f"restore it from the engine's defaults ({shown_path(DEFAULTS / name)})",
    )


def _problem(name: str, error: Exception) -> Problem:
    file, line = _where(name, error)
    return Problem(file, line, f"template error: {_what(error)}", _fix(name, error))


def _what(error: Exception) -> str:
    if isinstance(error, TemplateNotFound):
        return f"no template named '{error.name}'"
    if isinstance(error, RecursionError):
        return "the template includes or extends itself"
    message = error.message if isinstance(error, TemplateError) else str(error)
    return message or type(error).__name__


def _fix(name: str, error: Exception) -> str:
    if isinstance(error, _Unreadable):
        return "save the file as UTF-8 text"
    if isinstance(error, TemplateNotFound):
        return (
            "use a name that `strategy-site templates list` shows, "
            f"or '{ENGINE_PREFIX}/<name>' for the engine's own"
        )
    if isinstance(error, RecursionError):
        return f'to build on the engine\'s, write {{% extends "{ENGINE_PREFIX}/{name}" %}}'
    return _FIX


def _where(name: str, error: Exception) -> tuple[str, int | None]:
    """The template file and line: from a syntax error, or from the traceback of any other."""
    if isinstance(error, _Unreadable):
        return shown_path(Path(str(error.filename))), error.line
    if isinstance(error, TemplateSyntaxError) and error.filename:
        return shown_path(Path(error.filename)), error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
    if frames:
        return shown_path(Path(frames[-1].filename)), frames[-1].lineno
    return f"comms/templates/{name}", None
