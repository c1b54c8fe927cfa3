"""Templates as overrides: the project's first, the engine's for the rest; broken ones
fail with one line naming the template file and its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from strategy_site.build import build
from strategy_site.cli import cli
from strategy_site.comms.overrides import engine_names
from strategy_site.comms.templates import DEFAULTS, Templates
from strategy_site.problems import BuildFailed

from ..conftest import REPO, TinyProject

CONTEXT = {"title": "T", "summary": "S", "override": "", "link": "L", "hashtags": "#H"}


def _problem(folder: Path, text: str | bytes) -> tuple[str, int | None, str]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    (folder / "x.txt.j2").write_bytes(data)
    with pytest.raises(BuildFailed) as failed:
        Templates(folder).render("x.txt.j2", **CONTEXT, emoji="")
    [problem] = failed.value.problems
    return Path(problem.file).name, problem.line, problem.what


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("{{ title }}\n\n{% if title %}\nno end\n", 4, "Unexpected end of template"),
        ("{{ title }}\n{{ nonsense.field }}\n", 2, "'nonsense' is undefined"),
        ("{{ title }}\n{{ link | nonsense }}\n", 2, "No filter named 'nonsense'"),
        ("a\n\n{{ 1 / 0 }}\n", 3, "division by zero"),
        ('a\n{% include "nope.txt.j2" %}\n', 2, "no template named 'nope.txt.j2'"),
        ('{% extends "x.txt.j2" %}\n', 1, "the template includes or extends itself"),
        (b"fine\n\xff\n", 2, "not UTF-8 text (byte 0xff)"),
    ],
)
def test_a_broken_template_is_one_problem_at_its_line(
    tmp_path: Path, text: str | bytes, line: int, what: str
) -> None:
    file, at, message = _problem(tmp_path, text)
    assert (file, at) == ("x.txt.j2", line)
    assert message.startswith(f"template error: {what}"), message


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


def test_one_override_and_the_rest_from_the_engine(tmp_path: Path) -> None:
    (tmp_path / "x.txt.j2").write_text("Ours: {{ title }}\n", encoding="utf-8")
    ours, engines = Templates(tmp_path), Templates(None)
    assert ours.text("x.txt.j2", **CONTEXT, emoji="") == "Ours: T\n"
    mastodon = ours.text("mastodon.txt.j2", **CONTEXT, emoji="")
    assert mastodon == engines.text("mastodon.txt.j2", **CONTEXT, emoji="")
    assert "Read the update: L" in mastodon


def test_an_override_can_extend_the_engines_own(tmp_path: Path) -> None:
    (tmp_path / "_email.html.j2").write_text(
        '{% extends "engine/_email.html.j2" %}{% block body %}<p>Ours</p>{% endblock %}',
        encoding="utf-8",
    )
    fields = ("subject", "preheader", "sender_name", "site_name", "updates_link", "home_link")
    html = Templates(tmp_path).render("_email.html.j2", **dict.fromkeys(fields, "F"))
    assert "<p>Ours</p>" in html and "<style" in html


def test_the_project_keeps_no_copies_of_the_engines_templates() -> None:
    folder = REPO / "comms" / "templates"
    copies = [
        p.name for p in folder.glob("*.j2") if p.read_bytes() == (DEFAULTS / p.name).read_bytes()
    ]
    assert copies == []


# A tiny real project: the build, and the `templates` commands.


@pytest.fixture
def project(tiny: TinyProject) -> TinyProject:
    tiny.write("comms/channels.yml", "channels: [x, mastodon]\n")
    tiny.update("board")
    tiny.update("survey", date="2019")
    return tiny


def test_the_build_uses_the_override_and_the_engines_for_the_rest(project: TinyProject) -> None:
    project.write("comms/templates/x.txt.j2", "Ours: {{ title }} {{ link }}\n")
    summary = build(project.config, check_a11y=False)
    assert project.read("dist/comms/board/x.txt").startswith("Ours: Board https://")
    assert "Read the update: https://" in project.read("dist/comms/board/mastodon.txt")
    assert ">Board</h1>" in project.read("dist/comms/board/bulletin.html")
    assert [w for w in summary.warnings if w.file.startswith("comms/")] == []


def test_a_copy_identical_to_the_engines_is_a_warning(project: TinyProject) -> None:
    result = CliRunner().invoke(cli, ["templates", "copy", "x.txt.j2"])
    assert result.exit_code == 0, result.output
    summary = build(project.config, check_a11y=False)
    assert [str(w) for w in summary.warnings if w.file.startswith("comms/")] == [
        "comms/templates/x.txt.j2: is the same as the engine's template"
        " — fix: delete it so engine fixes reach your site"
    ]
    with pytest.raises(BuildFailed):
        build(project.config, check_a11y=False, strict=True)


def test_a_broken_project_template_is_exactly_one_problem_line(project: TinyProject) -> None:
    project.write("comms/templates/x.txt.j2", "{{ title }}\n\n{{ nonsense }}\n")
    result = CliRunner().invoke(cli, ["build", "--no-a11y"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert [line for line in result.output.splitlines() if line.startswith("  ")] == [
        "  comms/templates/x.txt.j2:3: template error: 'nonsense' is undefined"
        " — fix: correct the Jinja2 in that template (see the README)"
    ]


def test_a_syntax_error_in_a_project_template_fails_the_build_at_its_line(
    project: TinyProject,
) -> None:
    project.write("comms/templates/bulletin.html.j2", "<h1>{{ title }</h1>\n")
    with pytest.raises(BuildFailed) as failed:
        build(project.config, check_a11y=False)
    [problem] = failed.value.problems
    assert (problem.file, problem.line) == ("comms/templates/bulletin.html.j2", 1)


def test_copy_writes_the_engines_template_and_refuses_to_overwrite(
    project: TinyProject,
) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["templates", "copy", "bulletin.html"])
    assert result.exit_code == 0, result.output
    copied = project.root / "comms/templates/bulletin.html.j2"
    assert copied.read_bytes() == (DEFAULTS / "bulletin.html.j2").read_bytes()

    copied.write_text("ours\n", encoding="utf-8")
    result = runner.invoke(cli, ["templates", "copy", "bulletin.html.j2"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "Error: comms/templates/bulletin.html.j2: already exists, so it was not copied over"
        " — fix: edit it, or delete it first to start again from the engine's"
    ]
    assert copied.read_text(encoding="utf-8") == "ours\n"


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        ("bulettin.html.j2", "bulletin.html.j2 or bulletin.txt.j2"),
        ("mastadon", "mastodon.txt.j2"),
        ("digest", "digest.html.j2 or digest.txt.j2"),
    ],
)
def test_copy_refuses_an_unknown_name_and_suggests_the_closest(
    project: TinyProject, name: str, suggested: str
) -> None:
    result = CliRunner().invoke(cli, ["templates", "copy", name])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"Error: strategy-site templates copy: '{name}' is not one of the engine's templates"
        f" — fix: did you mean {suggested}? (`strategy-site templates list` shows them all)"
    ]
    assert not (project.root / "comms/templates").exists()


def test_copy_follows_the_settings_option(project: TinyProject) -> None:
    config = project.read("mkdocs.yml").replace(
        "  - strategy/comms\n", "  - strategy/comms:\n      settings: pack\n"
    )
    project.write("mkdocs.yml", config)
    project.write("pack/channels.yml", "channels: [x]\n")
    result = CliRunner().invoke(cli, ["templates", "copy", "x"])
    assert result.exit_code == 0, result.output
    assert (project.root / "pack/templates/x.txt.j2").is_file()


def test_list_shows_the_engines_templates_and_the_overrides(project: TinyProject) -> None:
    project.write("comms/templates/x.txt.j2", "Ours\n")
    (project.root / "comms/templates/mastodon.txt.j2").write_bytes(
        (DEFAULTS / "mastodon.txt.j2").read_bytes()
    )
    project.write("comms/templates/_footer.txt.j2", "Bye\n")
    result = CliRunner().invoke(cli, ["templates", "list"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == ("The engine's templates (the project overrides them in comms/templates/):")
    assert [line.split()[0] for line in lines[1:-1]] == engine_names()
    assert "  x.txt.j2          overridden by comms/templates/x.txt.j2" in lines
    assert (
        "  mastodon.txt.j2   overridden by comms/templates/mastodon.txt.j2"
        " (the same as the engine's: delete it)"
    ) in lines
    assert "  bluesky.txt.j2" in lines
    assert lines[-1] == (
        "  comms/templates/_footer.txt.j2: the project's own, included by its templates"
    )


def test_list_without_the_comms_plugin(project: TinyProject) -> None:
    project.write("mkdocs.yml", project.read("mkdocs.yml").replace("  - strategy/comms\n", ""))
    result = CliRunner().invoke(cli, ["templates", "list"])
    assert result.exit_code == 1
    assert "'strategy/comms' is not in 'plugins'" in result.output
