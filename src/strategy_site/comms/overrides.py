"""The project's template overrides: which it has, which are mere copies, and copying one.

A project template that is byte-identical to the engine's hides every later
fix of the engine's: the build advises deleting it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from strategy_site.comms.templates import DEFAULTS
from strategy_site.problems import Problem, advise, shown_path


class Refused(Exception):
    """A templates command that cannot do what was asked, and why: one problem line."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Template:
    """One of the engine's templates, and the project's override of it, if any."""

    name: str
    override: Path | None = None
    same: bool = False
    """The override is byte-identical to the engine's template."""


def engine_names() -> list[str]:
    """The names of the engine's templates, such as 'x.txt.j2'."""
    return sorted(p.name for p in DEFAULTS.glob("*.j2"))


def templates_folder(config_file: Path) -> Path:
    """The project's comms/templates/: in the comms plugin's `settings` folder (mkdocs.yml)."""
    try:
        config = load_config(str(config_file))
    except (Abort, MkDocsException, OSError) as error:
        raise Refused(
            Problem(shown_path(config_file), None, f"cannot read: {error}", "correct it")
        ) from None
    plugin = config.plugins.get("strategy/comms")
    if plugin is None:
        raise Refused(
            Problem(
                shown_path(config_file),
                None,
                "the comms pack is not built: 'strategy/comms' is not in 'plugins'",
                "add '- strategy/comms' to the plugins, after 'strategy/updates'",
            )
        )
    root = Path(config.config_file_path or config_file).resolve().parent
    return root / str(plugin.config.settings) / "templates"


def templates(folder: Path) -> list[Template]:
    """Every engine template, with the project's override of it from `folder`."""
    return [_template(name, folder / name) for name in engine_names()]


def extras(folder: Path) -> list[str]:
    """The project's templates that override none of the engine's (partials it includes)."""
    names = set(engine_names())
    found = folder.rglob("*.j2") if folder.is_dir() else []
    return sorted(n for p in found if (n := p.relative_to(folder).as_posix()) not in names)


def advise_copies(folder: Path) -> None:
    """Advise deleting each project template byte-identical to the engine's."""
    for template in templates(folder):
        if template.override is not None and template.same:
            advise(
                Problem(
                    shown_path(template.override),
                    None,
                    "is the same as the engine's template",
                    "delete it so engine fixes reach your site",
                )
            )


def copy(name: str, folder: Path) -> Path:
    """Copy the engine's template `name` into `folder`, never over an existing file."""
    chosen = _known(name)
    target = folder / chosen
    if target.exists():
        raise Refused(
            Problem(
                shown_path(target),
                None,
                "already exists, so it was not copied over",
                "edit it, or delete it first to start again from the engine's",
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as out:
            out.write((DEFAULTS / chosen).read_bytes())
    except OSError as error:
        raise Refused(
            Problem(
                shown_path(target),
                None,
                f"cannot be written ({error.strerror or error})",
                f"make {shown_path(folder)}/ a folder you can write to",
            )
        ) from None
    return target


def _template(name: str, path: Path) -> Template:
    if not path.is_file():
        return Template(name)
    return Template(name, path, path.read_bytes() == (DEFAULTS / name).read_bytes())


def _known(name: str) -> str:
    """The engine template `name` names: in full, without '.j2', or by its first word."""
    names = engine_names()
    for candidate in (name, f"{name}.j2"):
        if candidate in names:
            return candidate
    by_word = [n for n in names if n.split(".")[0] == name]
    if len(by_word) == 1:
        return by_word[0]
    close = by_word or _closest(name, names)
    listed = "`strategy-site templates list` shows"
    raise Refused(
        Problem(
            "strategy-site templates copy",
            None,
            f"'{name}' is not one of the engine's templates",
            f"did you mean {' or '.join(close)}? ({listed} them all)"
            if close
            else f"use a name that {listed}",
        )
    )


def _closest(name: str, names: list[str]) -> list[str]:
    """The names nearest a mistyped one, compared in full or by first word alike."""
    word = name.split(".")[0]
    scored = {n: max(_likeness(name, n), _likeness(word, n.split(".")[0])) for n in names}
    close = [n for n, score in scored.items() if score >= 0.75]
    return sorted(close, key=lambda n: (-scored[n], -_likeness(name, n)))[:3]


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()
