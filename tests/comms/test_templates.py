"""A broken template fails with one line naming the template file and its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.comms.templates import DEFAULTS, Templates
from strategy_site.problems import BuildFailed

from ..conftest import REPO


def _problem(folder: Path, text: str) -> tuple[str, int | None, str]:
    (folder / "x.txt.j2").write_text(text, encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        Templates(folder).render("x.txt.j2", title="T")
    [problem] = failed.value.problems
    return problem.file, problem.line, problem.what


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    file, line, what = _problem(tmp_path, "{{ title }}\n\n{% if title %}\nno end\n")
    assert (file.endswith("x.txt.j2"), line) == (True, 4)
    assert what.startswith("template error: Unexpected end of template")


def test_runtime_error_names_file_and_line(tmp_path: Path) -> None:
    file, line, what = _problem(tmp_path, "{{ title }}\n{{ nonsense.field }}\n")
    assert (file.endswith("x.txt.j2"), line) == (True, 2)
    assert "'nonsense' is undefined" in what


def test_missing_template(tmp_path: Path) -> None:
    with pytest.raises(BuildFailed) as failed:
        Templates(tmp_path).render("nothing.txt.j2")
    assert failed.value.problems[0].what == "template not found"


def test_html_templates_autoescape_and_text_ones_do_not(tmp_path: Path) -> None:
    (tmp_path / "a.html.j2").write_text("<p>{{ t }}</p>", encoding="utf-8")
    (tmp_path / "a.txt.j2").write_text("{{ t }}", encoding="utf-8")
    templates = Templates(tmp_path)
    assert templates.render("a.html.j2", t="<script>") == "<p>&lt;script&gt;</p>"
    assert templates.render("a.txt.j2", t="Fish & chips") == "Fish & chips"


def test_the_projects_templates_match_the_engines_names() -> None:
    repo = REPO / "comms" / "templates"
    assert sorted(p.name for p in repo.glob("*.j2")) == sorted(
        p.name for p in DEFAULTS.glob("*.j2")
    )
