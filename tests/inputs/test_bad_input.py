"""Bad input, table-driven: each case is one real mistake a comms team (or a careless
or hostile contributor) makes, built through the command line on a tiny real project.

Each case asserts the exact problem lines (file, line, what, fix), no traceback,
`site/` and `dist/` byte-identical to the last good build, and no payload in any
output.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from strategy_site.cli import cli
from tests.conftest import EASY_CONFIG, MAIN_CONFIG, PAGES, REPO, TinyProject, file_digests

GLOSSARY = """\
- term: School
  full: A place where children learn.
  easy:
    text: A place where children learn.
    picture: material/school
    alt: A school building
"""

STATEMENT = """\
organisation: Tiny Council
contact: Ask us.
prepared_on: 2022-11-01
reviewed_on: 2022-11-01
improving: We test every page.
"""

UPDATE = """\
---
title: The board met
date: 2022-11-08
summary: The board met and agreed the plan.
priorities: [first]
audiences: [families]
---
# The board met

The board agreed the plan. Read about [the first priority](../priorities/first.md).
"""

SECOND = UPDATE.replace("The board met", "Families were asked").replace("2022-11-08", "2022-11-20")


def _project(root: Path) -> TinyProject:
    """A tiny project with every input the comms team edits, theme overrides included."""
    project = TinyProject(root)
    shutil.copytree(REPO / "site_overrides", root / "site_overrides")
    plugins = (
        "  - strategy/glossary:\n      file: glossary.yml\n"
        "  - strategy/statement:\n      file: accessibility.yml\n"
        "  - strategy/pairing:"
    )
    main = MAIN_CONFIG.format(overrides="site_overrides").replace("  - strategy/pairing:", plugins)
    easy = EASY_CONFIG.format(overrides="site_overrides").replace(
        "  - strategy/pairing:",
        "  - strategy/glossary:\n      file: glossary.yml\n      style: easy\n"
        "  - strategy/pairing:",
    )
    safety = "  - strategy/safety\n  - strategy/pages"
    project.write("mkdocs.yml", main.replace("  - strategy/pages", safety))
    project.write("mkdocs.easy-read.yml", easy.replace("  - strategy/pages", safety))
    for relative, text in PAGES.items():
        project.write(relative, text)
    project.write("glossary.yml", GLOSSARY)
    project.write("accessibility.yml", STATEMENT)
    project.write("comms/channels.yml", "channels: [x, facebook]\nhashtags: ['#TinyPlan']\n")
    project.write("content/updates/board-met.md", UPDATE)
    project.write("content/updates/families-asked.md", SECOND)
    project.write(
        "content/why.md", "---\ntitle: Why\ndescription: Why we have it.\n---\n# Why\n\nBecause.\n"
    )
    return project


@pytest.fixture(scope="module")
def good_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The last good build: a project whose site/ and dist/ are already published."""
    root = tmp_path_factory.mktemp("good") / "project"
    _project(root)
    result = _run(root)
    assert result.exit_code == 0, result.output
    return root


def _run(root: Path) -> CliResult:
    old = Path.cwd()
    os.chdir(root)
    try:
        outcome = CliRunner().invoke(cli, ["build", "--no-a11y"])
    finally:
        os.chdir(old)
    return CliResult(outcome.exit_code, outcome.output, outcome.exception)


@dataclass
class CliResult:
    exit_code: int
    output: str
    exception: BaseException | None


# ---- the mistakes -------------------------------------------------------------------

Change = Callable[[Path], None]


def edit(relative: str, old: str, new: str) -> Change:
    def change(root: Path) -> None:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


def write(relative: str, text: str | bytes) -> Change:
    def change(root: Path) -> None:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")

    return change


def link(relative: str, target: str) -> Change:
    def change(root: Path) -> None:
        (root / relative).symlink_to(target)

    return change


def folder_for(relative: str) -> Change:
    def change(root: Path) -> None:
        (root / relative).unlink()
        (root / relative).mkdir()
        (root / relative / "notes.txt").write_text("x\n")

    return change


def both(*changes: Change) -> Change:
    def change(root: Path) -> None:
        for one in changes:
            one(root)

    return change


@dataclass(frozen=True)
class Case:
    id: str
    change: Change
    lines: tuple[str, ...]
    """Every problem line the build prints, exactly."""
    payload: str | None = None
    """Text that must appear in no output."""


UPDATE_FILE = "content/updates/board-met.md"
SECRET = "outside-the-project-secret"

CASES = [
    # -- front matter
    Case(
        "page saved as Windows-1252",
        write(
            "content/why.md", b"---\ntitle: Why\ndescription: Why \x93we\x94 do it.\n---\n# Why\n"
        ),
        (
            "content/why.md:3: is not saved as UTF-8: the character stored as byte 0x93 on this "
            "line cannot be read (often a curly quote or dash saved as Windows-1252) — fix: save "
            "the file again with the encoding 'UTF-8' (in Notepad: Save as, Encoding: UTF-8)",
        ),
    ),
    Case(
        "front matter never closed",
        write("content/why.md", "---\ntitle: Why\ndescription: Why we do it.\n\n# Why\n"),
        (
            "content/why.md:1: front matter starts with '---' on this line but never ends — fix: "
            "add a line with only '---' after the last field, before the page's text",
        ),
    ),
    Case(
        "mistyped front matter field",
        edit("content/why.md", "description:", "descripton:"),
        (
            "content/why.md:1: 'description' is missing — fix: add a line 'description: ...'",
            "content/why.md:3: unknown front matter field 'descripton' — fix: did you mean "
            "'description'?",
        ),
    ),
    Case(
        "front matter field of the wrong kind",
        edit("content/why.md", "---\n#", "hide: toc\n---\n#"),
        (
            "content/why.md:4: 'hide' should be a list (lines starting '- '), not text — fix: see "
            "the front matter table in the README",
        ),
    ),
    Case(
        "front matter list never closed",
        edit("content/why.md", "---\n#", "hide: [toc\n---\n#"),
        (
            "content/why.md:4: not valid YAML: a list in [brackets] or a group in {braces} is not "
            "closed — fix: add the closing bracket, or put quotes around text that contains "
            "a comma",
        ),
    ),
    Case(
        "front matter indented with a tab",
        edit("content/why.md", "description:", "\tdescription:"),
        (
            "content/why.md:3: not valid YAML: a tab is used for indenting, and YAML only allows "
            "spaces — fix: replace the tab at the start of the line with spaces",
        ),
    ),
    Case(
        "front matter field given twice",
        edit("content/why.md", "---\n#", "title: Why again\n---\n#"),
        (
            "content/why.md:4: 'title' is given twice (first on line 2); only this one would be "
            "used — fix: keep one of the two lines",
        ),
    ),
    Case(
        "description too long",
        edit("content/why.md", "Why we have it.", "Why " + "we have it " * 20 + "."),
        (
            "content/why.md:3: 'description' is 225 characters, over the limit of 160 — fix: "
            "shorten it to one or two plain sentences",
        ),
    ),
    # -- updates
    Case(
        "impossible update date",
        edit(UPDATE_FILE, "date: 2022-11-08", "date: 2022-13-45"),
        (
            "content/updates/board-met.md:3: '2022-13-45' is not a real date — fix: write the date "
            "as YYYY-MM-DD with a month from 01 to 12 and a day that month has",
        ),
    ),
    Case(
        "update date in words",
        edit(UPDATE_FILE, "date: 2022-11-08", "date: soon"),
        (
            "content/updates/board-met.md:3: 'date' is not valid: 'soon' is not a date: write "
            "YYYY, YYYY-MM or YYYY-MM-DD — fix: see the front matter table in the README",
        ),
    ),
    Case(
        "update without a summary",
        edit(UPDATE_FILE, "summary: The board met and agreed the plan.\n", ""),
        ("content/updates/board-met.md:1: 'summary' is missing — fix: add a line 'summary: ...'",),
    ),
    Case(
        "update names an unknown priority",
        edit(UPDATE_FILE, "priorities: [first]", "priorities: [frist]"),
        (
            "content/updates/board-met.md:5: 'priorities' names 'frist', which is not one of the "
            "priority pages — fix: use one of: first",
        ),
    ),
    Case(
        "two updates with one id",
        edit("content/updates/families-asked.md", "title:", "id: board-met\ntitle:"),
        (
            "content/updates/families-asked.md:2: this update's id 'board-met' is also the id of "
            "content/updates/board-met.md — fix: give one of them its own 'id:' (feed readers and "
            "the comms pack tell updates apart by it)",
        ),
    ),
    Case(
        "update picture that does not exist",
        edit(UPDATE_FILE, "title:", "image: board.png\nimage_alt: The board meeting\ntitle:"),
        (
            "content/updates/board-met.md:2: 'image' 'board.png' does not exist — fix: add the "
            "picture to the docs folder, or correct the path (relative to this file)",
        ),
    ),
    Case(
        "update picture on another website",
        edit(
            UPDATE_FILE,
            "title:",
            "image: https://tracker.example.com/p.png\nimage_alt: The board\ntitle:",
        ),
        (
            "content/updates/board-met.md:2: 'image' is 'https://tracker.example.com/p.png', a "
            "picture on another website — fix: save the picture in the docs folder (for example "
            "images/) and give its path",
        ),
        payload="tracker.example.com",
    ),
    Case(
        "update picture outside the docs folder",
        edit(UPDATE_FILE, "title:", "image: ../../../etc/passwd\nimage_alt: A file\ntitle:"),
        (
            "content/updates/board-met.md:2: 'image' '../../../etc/passwd' points outside the "
            "docs folder — fix: put the picture inside the docs folder and give its path from "
            "this file",
        ),
    ),
    Case(
        "update picture without alt text",
        both(
            write("content/updates/board.png", b"\x89PNG\r\n\x1a\n"),
            edit(UPDATE_FILE, "title:", "image: board.png\ntitle:"),
        ),
        (
            "content/updates/board-met.md:2: 'image' has no 'image_alt' — fix: add 'image_alt:' "
            "saying what the picture shows, for people who cannot see it",
        ),
    ),
    # -- links and images
    Case(
        "link to a page that does not exist",
        edit("content/why.md", "Because.", "See [the plan](plan.md)."),
        (
            "content/why.md:7: link to a page that does not exist: 'plan.md' — fix: correct the "
            "path (relative to this file) or create the missing file",
        ),
    ),
    Case(
        "mistyped link",
        edit("content/why.md", "Because.", "See [the first](priorities/frist.md)."),
        (
            "content/why.md:7: link to a page that does not exist: 'priorities/frist.md' — fix: "
            "change the link to 'priorities/first.md'",
        ),
    ),
    Case(
        "link to a heading that does not exist",
        edit("content/why.md", "Because.", "See [the plan](index.md#nowhere)."),
        (
            "content/why.md:7: link 'index.md#nowhere' points to a heading that does not exist — "
            "fix: use the id of an existing heading (lowercase words joined by hyphens)",
        ),
    ),
    Case(
        "picture in a page that does not exist",
        edit("content/why.md", "Because.", "![A chart](chart.png)"),
        (
            "content/why.md:7: image not found: 'chart.png' — fix: correct the path (relative to "
            "this file) or create the missing file",
        ),
    ),
    Case(
        "link to a draft update",
        both(
            edit("content/updates/families-asked.md", "title:", "draft: true\ntitle:"),
            edit("content/why.md", "Because.", "See [the news](updates/families-asked.md)."),
        ),
        (
            "content/why.md:7: links to 'updates/families-asked.md', which is not published (a "
            "draft, or it has problems of its own) — fix: publish that page first (see its own "
            "problem lines), or remove the link for now",
        ),
    ),
    # -- easy read
    Case(
        "easy read counterpart that does not exist",
        edit("content/why.md", "---\n#", "easy_read: why.md\n---\n#"),
        (
            "content/why.md:4: easy_read counterpart 'why.md' does not exist (looked for "
            "easy_read/why.md) — fix: create easy_read/why.md, or correct 'easy_read:' (paths are "
            "relative to easy_read/)",
        ),
    ),
    Case(
        "easy read counterpart outside easy_read/",
        edit("content/why.md", "---\n#", "easy_read: ../content/index.md\n---\n#"),
        (
            "content/why.md:4: easy_read counterpart '../content/index.md' is not a page in "
            "easy_read/ — fix: name a .md page inside easy_read/, relative to that folder, such "
            "as 'why.md'",
        ),
    ),
    # -- MkDocs configs
    Case(
        "config quote never closed",
        edit("mkdocs.yml", "site_name: Tiny strategy", 'site_name: "Tiny strategy'),
        (
            "mkdocs.yml:1: not valid YAML: a quote is opened but never closed — fix: add the "
            "closing quote",
        ),
    ),
    Case(
        "config setting MkDocs does not know",
        edit("mkdocs.yml", "strict: true", "strict: true\nsitename: Tiny"),
        (
            "mkdocs.yml:6: 'sitename' is not a setting MkDocs knows — fix: did you mean "
            "'site_name'?",
        ),
    ),
    Case(
        "mistyped plugin option",
        edit("mkdocs.yml", "      per_page: 2", "      per_pag: 2"),
        (
            "mkdocs.yml:24: the plugin 'strategy/updates' has no option 'per_pag' — fix: did you "
            "mean 'per_page'?",
        ),
    ),
    Case(
        "plugin option of the wrong kind",
        edit("mkdocs.yml", "      per_page: 2", "      per_page: two"),
        (
            "mkdocs.yml:24: the 'per_page' option of the plugin 'strategy/updates' should be a "
            "whole number, not text — fix: see what 'per_page' takes in the README (plugin "
            "options)",
        ),
    ),
    Case(
        "mistyped plugin name",
        edit("mkdocs.yml", "  - strategy/feeds", "  - strategy/feed"),
        (
            "mkdocs.yml:25: there is no plugin called 'strategy/feed' — fix: did you mean "
            "'strategy/feeds'?",
        ),
    ),
    Case(
        "mistyped theme",
        edit("mkdocs.yml", "  name: material", "  name: materal"),
        ("mkdocs.yml:12: there is no theme called 'materal' — fix: did you mean 'material'?",),
    ),
    Case(
        "mistyped Markdown extension",
        edit("mkdocs.yml", "  - attr_list", "  - attr_lst"),
        (
            "mkdocs.yml:17: there is no Markdown extension called 'attr_lst' — fix: did you mean "
            "'attr_list'?",
        ),
    ),
    Case(
        "docs folder that does not exist",
        edit("mkdocs.yml", "docs_dir: content", "docs_dir: contnt"),
        (
            "mkdocs.yml:3: 'docs_dir' names the folder 'contnt', which does not exist — fix: "
            "did you mean 'content'?",
        ),
    ),
    Case(
        "easy read config indented with a tab",
        edit("mkdocs.easy-read.yml", "strict: true", "strict: true\n\tbad: 1"),
        (
            "mkdocs.easy-read.yml:6: not valid YAML: a tab is used for indenting, and YAML only "
            "allows spaces — fix: replace the tab at the start of the line with spaces",
        ),
    ),
    # -- comms settings
    Case(
        "mistyped comms setting",
        write("comms/channels.yml", "channels: [x]\nhashtag: ['#TinyPlan']\n"),
        ("comms/channels.yml:2: unknown setting 'hashtag' — fix: did you mean 'hashtags'?",),
    ),
    Case(
        "channel the pack does not know",
        write("comms/channels.yml", "channels: [x, tiktok]\n"),
        (
            "comms/channels.yml:1: channels.1: 'tiktok' is not a channel — fix: use one of: x, "
            "bluesky, mastodon, facebook, facebook-group, linkedin, instagram",
        ),
    ),
    Case(
        "hashtag not in CamelCase",
        write("comms/channels.yml", "hashtags: ['#tinyplan']\n"),
        (
            "comms/channels.yml:1: hashtags.0: hashtag '#tinyplan' is not in CamelCase, so screen "
            "readers cannot read its words — fix: start each word with a capital letter, as in "
            "'#Tinyplan'",
        ),
    ),
    Case(
        "comms time of day in words",
        write("comms/channels.yml", "schedule:\n  time: morning\n"),
        (
            "comms/channels.yml:2: schedule.time: 'morning' is not a time of day — fix: "
            'write it as "10:00"',
        ),
    ),
    Case(
        "comms settings with a stray colon",
        write("comms/channels.yml", "sender:\n  name: Tiny: the council\n"),
        (
            "comms/channels.yml:2: not valid YAML: a ':' where YAML does not expect one — fix: put "
            "the text in quotes if it contains ': ', or put the field on a line of its own",
        ),
    ),
    # -- theme templates
    Case(
        "theme template syntax error",
        edit("site_overrides/main.html", "{% extends", "{% if %}\n{% extends"),
        None,
    ),
    # -- glossary
    Case(
        "mistyped glossary field",
        edit("glossary.yml", "  full:", "  ful:"),
        ("glossary.yml:2: unknown field 'ful' — fix: did you mean 'full'?",),
    ),
    Case(
        "glossary picture that does not exist",
        edit("glossary.yml", "material/school", "material/skool"),
        (
            "glossary.yml:5: easy.picture: picture 'material/skool' does not exist — fix: use an "
            "icon name from https://pictogrammers.com/library/mdi/ as 'material/<name>'",
        ),
    ),
    Case(
        "glossary that is not a list",
        write("glossary.yml", "term: School\n"),
        (
            "glossary.yml:1: glossary must be a list of entries — fix: start each entry with "
            "'- term: ...'",
        ),
    ),
    # -- accessibility statement
    Case(
        "impossible statement date",
        edit("accessibility.yml", "reviewed_on: 2022-11-01", "reviewed_on: 2022-13-45"),
        (
            "accessibility.yml:4: '2022-13-45' is not a real date — fix: write the date as "
            "YYYY-MM-DD with a month from 01 to 12 and a day that month has",
        ),
    ),
    Case(
        "statement date in words",
        edit("accessibility.yml", "reviewed_on: 2022-11-01", "reviewed_on: last week"),
        (
            "accessibility.yml:4: reviewed_on: 'last week' is not a date — fix: write it as "
            "YYYY-MM-DD, such as 2027-03-31",
        ),
    ),
    Case(
        "statement without a contact",
        edit("accessibility.yml", "contact: Ask us.\n", ""),
        ("accessibility.yml:1: 'contact' is missing — fix: add a line 'contact: ...'",),
    ),
    Case(
        "known issue without a criterion",
        edit(
            "accessibility.yml",
            "improving:",
            "known_issues:\n  - problem: The menu is hard to use.\n    fix_by: "
            "2027-01-01\nimproving:",
        ),
        (
            "accessibility.yml:6: 'known_issues.0.criterion' is missing — fix: add a line "
            "'criterion: ...'",
        ),
    ),
    # -- hostile HTML
    Case(
        "script in an update",
        edit(UPDATE_FILE, "The board agreed the plan.", "<script>alert('pwned')</script>"),
        (
            "content/updates/board-met.md:10: the page contains a <script> element, which is "
            "never published — fix: remove it; pages cannot run scripts",
        ),
        payload="pwned",
    ),
    Case(
        "picture that runs script",
        edit(
            UPDATE_FILE, "The board agreed the plan.", '<img src="x.png" alt="x" onerror="pwned()">'
        ),
        (
            "content/updates/board-met.md:10: the page contains an 'onerror' attribute, which is "
            "never published — fix: remove it; pages cannot run scripts",
        ),
        payload="pwned",
    ),
    Case(
        "javascript: link",
        edit(UPDATE_FILE, "The board agreed the plan.", "[Read it](javascript:pwned())"),
        (
            "content/updates/board-met.md:10: the page contains a 'javascript:' link, which is "
            "never published — fix: link to a web address (https://...) or to another page instead",
        ),
        payload="pwned",
    ),
    Case(
        "script in an update's title",
        edit(UPDATE_FILE, "title: The board met", "title: The board met<script>pwned()</script>"),
        None,
        payload="pwned",
    ),
    # -- the file system
    Case(
        "folder named like a page",
        folder_for("content/why.md"),
        (
            "content/why.md: is a folder, but its name ends in .md like a page — fix: rename the "
            "folder, or replace it with the page of that name",
        ),
    ),
    Case(
        "link to a file outside the project",
        link("content/notes.txt", "/etc/hostname"),
        (
            "content/notes.txt: is a link to a file outside the project, which is never published "
            "— fix: copy the file into the project folder instead of linking to it",
        ),
    ),
    Case(
        "link to a folder outside the project",
        link("content/shared", "/etc"),
        (
            "content/shared: is a link to a folder outside the project, which is never published "
            "— fix: copy the folder into the project folder instead of linking to it",
        ),
    ),
    Case(
        "link to nothing",
        link("content/old.md", "/nowhere/old.md"),
        (
            "content/old.md: is a link to a file that does not exist — fix: delete the link, or "
            "copy the real file here",
        ),
    ),
    Case(
        "data file saved as Windows-1252",
        write("comms/channels.yml", b"sender:\n  name: Tiny \x96 council\n"),
        (
            "comms/channels.yml:2: is not saved as UTF-8: the character stored as byte 0x96 on "
            "this line cannot be read (often a curly quote or dash saved as Windows-1252) — fix: "
            "save the file again with the encoding 'UTF-8' (in Notepad: Save as, Encoding: UTF-8)",
        ),
    ),
]


@pytest.fixture
def project(good_build: Path, tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "project"
    shutil.copytree(good_build, root, symlinks=True)
    yield root


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_one_clear_line_each(case: Case, project: Path) -> None:
    before = file_digests(project)
    case.change(project)

    result = _run(project)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    printed = [line.strip() for line in result.output.splitlines()[1:] if line.strip()]
    if case.lines is not None:
        assert printed == list(case.lines)
    else:
        assert len(printed) == 1
    assert file_digests(project) == before, "a failed build changed site/ or dist/"
    assert not (project / ".build" / "staging").exists()
    if case.payload:
        for path in [*(project / "site").rglob("*"), *(project / "dist").rglob("*")]:
            if path.is_file():
                assert case.payload.encode() not in path.read_bytes(), path
