"""The easy read plugin in a tiny real project: notices, levels, summary, staleness,
glossary and print."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from strategy_site.build import build
from strategy_site.glossary.model import EasyEntry, Entry
from strategy_site.glossary.render import link_first_uses
from strategy_site.problems import BuildFailed

from ..conftest import TinyProject

GLOSSARY = """\
- term: Special educational needs and disabilities
  initials: SEND
  full: Needs that mean a child needs extra help.
  easy:
    text: "**Special educational needs and disabilities** means a child needs extra help."
    picture: material/human-male-child
    alt: A child holding an adult's hand
- term: School
  easy:
    text: "**School** is where children learn."
    picture: material/school
    alt: A school building
"""


@pytest.fixture
def glossary(tiny: TinyProject) -> TinyProject:
    tiny.write("glossary.yml", GLOSSARY)
    config = tiny.read("mkdocs.easy-read.yml").replace(
        "  - strategy/easy_read\n",
        "  - strategy/glossary:\n      file: glossary.yml\n      style: easy\n"
        "      link_first_use: true\n  - strategy/easy_read\n",
    )
    tiny.write("mkdocs.easy-read.yml", config)
    tiny.write(
        "easy_read/glossary.md",
        "---\ntitle: Hard words\ndescription: Hard words.\n---\n"
        "# Hard words\n\n<!-- glossary -->\n",
    )
    return tiny


def test_unchecked_pages_carry_a_notice_and_checked_ones_do_not(tiny: TinyProject) -> None:
    page = tiny.read("easy_read/priorities/first.md")
    tiny.write(
        "easy_read/priorities/first.md",
        page.replace(
            "---\n# First",
            "checked_by: Leeds easy read group\nchecked_on: 2023-01-10\n---\n# First",
        ),
    )
    build(tiny.config, check_a11y=False)

    assert "has not been checked yet" in tiny.read("site/easy-read/index.html")
    assert "has not been checked yet" not in tiny.read("site/easy-read/priorities/first/index.html")
    summary = tiny.read("dist/easy-read/index.html")
    assert "by Leeds easy read group on 2023-01-10" in summary
    assert "Not checked yet" in summary


def test_errors_fail_and_warnings_only_with_strict(tiny: TinyProject) -> None:
    page = tiny.read("easy_read/index.md")
    tiny.write(
        "easy_read/index.md",
        page.replace("Everyone is included.", "We listen and we learn but we act."),
    )

    summary = build(tiny.config, check_a11y=False)
    assert [
        (w.file, w.line, w.rule) for w in summary.warnings if w.rule == "easy-read/one-idea"
    ] == [("easy_read/index.md", 10, "easy-read/one-idea")]
    with pytest.raises(BuildFailed):
        build(tiny.config, check_a11y=False, strict=True)

    tiny.write(
        "easy_read/index.md", page.replace("Everyone is included.", "About 45% of us, e.g. you.")
    )
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)
    assert {(p.file, p.line, p.rule) for p in failed.value.problems} == {
        ("easy_read/index.md", 10, "easy-read/percentage"),
        ("easy_read/index.md", 10, "easy-read/banned-words"),
    }


def test_rule_levels_come_from_the_config(tiny: TinyProject) -> None:
    config = tiny.read("mkdocs.easy-read.yml").replace(
        "  - strategy/easy_read\n",
        "  - strategy/easy_read:\n      rules:\n        percentage: 'off'\n",
    )
    tiny.write("mkdocs.easy-read.yml", config)
    page = tiny.read("easy_read/index.md")
    tiny.write("easy_read/index.md", page.replace("Everyone is included.", "About 45% of us."))

    build(tiny.config, check_a11y=False)


def test_glossary_renders_and_first_use_is_linked(glossary: TinyProject) -> None:
    page = glossary.read("easy_read/index.md")
    glossary.write(
        "easy_read/index.md",
        page.replace("Everyone is included.", "SEND is extra help at school.\n\nSchool is fun."),
    )
    build(glossary.config, check_a11y=False)

    html = glossary.read("site/easy-read/index.html")
    assert '<a href="glossary/#special-educational-needs-and-disabilities">SEND</a>' in html
    assert html.count('href="glossary/#school"') == 1
    # one link a sentence: 'school' is linked where it next comes, not beside 'SEND'
    assert "extra help at school.</p>" in html
    assert '<a href="glossary/#school">School</a> is fun.' in html
    words = glossary.read("site/easy-read/glossary/index.html")
    assert 'id="school"' in words
    assert 'aria-label="A school building"' in words


def test_bad_glossary_entry_fails_with_its_line(glossary: TinyProject) -> None:
    glossary.write("glossary.yml", GLOSSARY.replace("material/school", "material/skool"))
    with pytest.raises(BuildFailed) as failed:
        build(glossary.config, check_a11y=False)
    assert [(p.file, p.line) for p in failed.value.problems] == [("glossary.yml", 11)]
    assert "material/skool" in failed.value.problems[0].what


def _git(root: Path, *args: str, date: str = "2023-01-01T12:00:00") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def test_detailed_page_committed_after_its_counterpart_is_stale(tiny: TinyProject) -> None:
    _git(tiny.root, "init", "-q")
    _git(tiny.root, "add", ".")
    _git(tiny.root, "commit", "-qm", "both", date="2023-01-01T12:00:00")
    detailed = tiny.read("content/priorities/first.md")
    tiny.write("content/priorities/first.md", detailed + "\nA new paragraph.\n")
    _git(tiny.root, "commit", "-qam", "detailed only", date="2023-02-01T12:00:00")

    summary = build(tiny.config, check_a11y=False)

    stale = [w for w in summary.warnings if w.rule == "easy-read/stale"]
    assert [(w.file, w.what) for w in stale] == [
        (
            "easy_read/priorities/first.md",
            "out of date: content/priorities/first.md changed on 2023-02-01, "
            "after this easy read page (2023-01-01)",
        )
    ]
    assert "Out of date" in tiny.read("dist/easy-read/index.html")


def test_shallow_clone_says_it_cannot_tell(tiny: TinyProject, tmp_path: Path) -> None:
    _git(tiny.root, "init", "-q")
    _git(tiny.root, "add", ".")
    _git(tiny.root, "commit", "-qm", "one", date="2023-01-01T12:00:00")
    _git(tiny.root, "commit", "-q", "--allow-empty", "-m", "two", date="2023-01-02T12:00:00")
    clone = tmp_path / "shallow"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{tiny.root}", str(clone)], check=True
    )
    os.chdir(clone)

    summary = build(clone / "mkdocs.yml", check_a11y=False)

    assert not [w for w in summary.warnings if w.rule == "easy-read/stale"]
    assert "Cannot tell (shallow clone" in (clone / "dist/easy-read/index.html").read_text()


def test_print_rules_are_in_the_built_css(tiny: TinyProject) -> None:
    build(tiny.config, check_a11y=False)

    css = tiny.read("site/easy-read/assets/easy-read-print.css")
    assert "@media print" in css
    for rule in ("size: A4", "font-size: 14pt", "break-inside: avoid", "flex-direction: row"):
        assert rule in css
    assert ".md-sidebar" in css and ".md-search" in css
    assert (
        '<p class="print-page" hidden><button type="button">Print this page</button></p>'
        in tiny.read("site/easy-read/index.html")
    )


def test_glossary_explanations_follow_the_easy_read_rules(glossary: TinyProject) -> None:
    glossary.write(
        "glossary.yml", GLOSSARY.replace("is where children learn.", "is 45% fun, e.g. art.")
    )

    with pytest.raises(BuildFailed) as failed:
        build(glossary.config, check_a11y=False)

    assert {(p.file, p.line, p.rule) for p in failed.value.problems} == {
        ("glossary.yml", 8, "easy-read/percentage"),
        ("glossary.yml", 8, "easy-read/banned-words"),
    }


def test_a_sentence_with_a_link_gets_no_glossary_link() -> None:
    entries = [Entry("School", easy=EasyEntry("A place to learn.", "material/school", "A school"))]
    markdown = "Read about [our plan](plan.md) at school.\n\nSchool is fun.\n"
    assert link_first_uses(markdown, entries, "glossary.md") == (
        "Read about [our plan](plan.md) at school.\n\n[School](glossary.md#school) is fun.\n"
    )
