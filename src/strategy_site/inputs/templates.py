"""Jinja2 template errors (theme overrides, comms templates) as one problem line.

A syntax error knows its file and line; an error while rendering (a name the
template uses that does not exist) only shows in the traceback, where Jinja
puts the template's own file and line: that is the place to send the reader.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import TracebackType

from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError

from strategy_site.problems import Problem, shown_path

_FIX = "correct the template (see the README's section on theme overrides)"
_NO_ATTRIBUTE = re.compile(r"'(?P<owner>[^']+?)(?: object)?' has no attribute '(?P<name>[^']+)'")
_UNDEFINED = re.compile(r"'(?P<name>[^']+)' is undefined")


def template_problem(error: TemplateError) -> Problem:
    """Where the template went wrong and what it was, in words."""
    file, line = _place(error)
    return Problem(
        shown_path(Path(file)) if file else "a template",
        line,
        f"template error: {_words(error)}",
        _FIX,
    )


def _place(error: TemplateError) -> tuple[str | None, int | None]:
    if isinstance(error, TemplateSyntaxError):
        return error.filename or error.name, error.lineno
    return _innermost_template(error.__traceback__)


def _innermost_template(tb: TracebackType | None) -> tuple[str | None, int | None]:
    """The last frame of the traceback that is a template, not Python."""
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if not name.endswith(".py") and Path(name).is_file():
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _words(error: TemplateError) -> str:
    message = str(error.message or error)
    if isinstance(error, UndefinedError):
        if m := _NO_ATTRIBUTE.search(message):
            owner = m["owner"].rsplit(".", 1)[-1].lower()
            return f"it uses '{m['name']}', which a {owner} does not have"
        if m := _UNDEFINED.search(message):
            return f"it uses '{m['name']}', which is not defined"
    return message.rstrip(".")
