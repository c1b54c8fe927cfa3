"""An idea's picture: an OpenMoji picture, drawn into the page in its own colours, or a
picture file of the project with its alt text; a missing or broken file, or one on
another website, fails the build at its line; one thing keeps one picture."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from PIL import Image

from strategy_site.build import build
from strategy_site.easy_read.icons import openmoji_path
from strategy_site.easy_read.ideas import Pictures, check_ideas
from strategy_site.problems import BuildFailed
from strategy_site.safety.sanitise import sanitise

from ..conftest import REPO, TinyProject

OPENMOJI = REPO / "scripts" / "node_modules" / "openmoji"
needs_openmoji = pytest.mark.skipif(
    not (OPENMOJI / "data").is_dir(), reason="OpenMoji is installed by `make setup`"
)


def _first_page(tiny: TinyProject, alt: str, option: str) -> None:
    """The tiny easy read site's priority page, with one idea of `alt` and `option`."""
    tiny.write(
        "easy_read/priorities/first.md",
        "---\ntitle: First thing\ndescription: The first thing in easy read.\n---\n"
        f"# First thing\n\n/// idea | {alt}\n    {option}\n\nChildren learn together.\n///\n",
    )


def _render(src: str, **config: object) -> str:
    return markdown.markdown(
        src,
        extensions=["strategy_site.easy_read.blocks"],
        extension_configs={"strategy_site.easy_read.blocks": config},
    )


@needs_openmoji
def test_an_openmoji_picture_is_drawn_with_its_alt_text() -> None:
    html = _render(
        "/// idea | A school building\n    icon: openmoji/school\n\nWe learn.\n///\n",
        openmoji=str(OPENMOJI),
    )
    svg = re.search(r"<svg[^>]*>", html)
    assert svg is not None
    assert 'class="idea__colour" role="img" aria-label="A school building"' in svg[0]
    assert "<title>A school building</title>" in html
    assert " id=" not in html  # two pictures on a page would repeat the drawing's ids
    assert "#" in html  # its own colours stay
    assert sanitise(html).html == html  # nothing for the site's sanitiser to remove


@needs_openmoji
def test_an_openmoji_picture_is_found_by_name_or_code() -> None:
    by_name = openmoji_path("school", OPENMOJI)
    assert by_name is not None and by_name.name == "1F3EB.svg"
    assert openmoji_path("1f3eb", OPENMOJI) == by_name
    assert openmoji_path("no-such-picture", OPENMOJI) is None


def test_a_picture_file_is_an_image_with_its_alt_text(tiny: TinyProject) -> None:
    picture = tiny.root / "easy_read" / "pictures" / "parent-and-child.png"
    picture.parent.mkdir(parents=True)
    Image.new("RGB", (96, 96), "#3366aa").save(picture)
    _first_page(tiny, "A parent reading with a child", "image: ../pictures/parent-and-child.png")
    build(tiny.config, check_a11y=False)
    page = tiny.read("site/easy-read/priorities/first/index.html")
    assert (
        '<div class="idea__picture"><img alt="A parent reading with a child" '
        'src="../../pictures/parent-and-child.png" /></div>' in page
    )
    assert (tiny.root / "site/easy-read/pictures/parent-and-child.png").is_file()


@pytest.mark.parametrize(
    ("image", "what"),
    [
        ("pictures/missing.jpg", "picture 'pictures/missing.jpg' does not exist"),
        ("pictures/broken.png", "picture 'pictures/broken.png' cannot be shown: it is not a "),
        ("pictures/notes.svg", "picture 'pictures/notes.svg' cannot be shown: it is not an SVG "),
        ("https://example.org/a.jpg", "picture 'https://example.org/a.jpg' is on another website"),
        ("../../secret.png", "picture '../../secret.png' is outside the docs folder"),
    ],
)
def test_a_bad_picture_file_is_one_line_at_the_idea(tmp_path: Path, image: str, what: str) -> None:
    docs = tmp_path / "easy_read"
    (docs / "pictures").mkdir(parents=True)
    (docs / "pictures" / "broken.png").write_bytes(b"not a picture")
    (docs / "pictures" / "notes.svg").write_text("<notes>no svg</notes>", encoding="utf-8")
    (tmp_path / "secret.png").write_bytes(b"")
    source = f"# Page\n\n/// idea | A family\n    image: {image}\n\nWords.\n///\n"
    problems = check_ideas(
        source, "easy_read/page.md", pictures=Pictures(docs=docs), page=docs / "page.md"
    )
    assert [(p.file, p.line) for p in problems] == [("easy_read/page.md", 3)]
    assert problems[0].what.startswith(what)


def test_a_missing_picture_file_fails_the_build_with_file_and_line(tiny: TinyProject) -> None:
    _first_page(tiny, "A parent reading with a child", "image: pictures/gone.jpg")
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)
    assert [(p.file, p.line, p.what) for p in failed.value.problems] == [
        ("easy_read/priorities/first.md", 7, "picture 'pictures/gone.jpg' does not exist")
    ]


def test_an_openmoji_picture_without_openmoji_installed_says_how_to_install(
    tmp_path: Path,
) -> None:
    source = "/// idea | A school building\n    icon: openmoji/school\n\nWords.\n///\n"
    [problem] = check_ideas(source, "page.md", pictures=Pictures(openmoji=None))
    assert problem.what.endswith("and OpenMoji is not installed")
    assert "make setup" in problem.fix


def test_one_thing_keeps_one_picture_across_the_site(tiny: TinyProject) -> None:
    _first_page(tiny, "A group of friends", "icon: material/human-greeting-variant")
    summary = build(tiny.config, check_a11y=False)
    found = [(w.file, w.line, w.what) for w in summary.warnings if "two-pictures" in w.rule]
    assert found == [
        (
            "easy_read/priorities/first.md",
            7,
            "'A group of friends' is shown as material/human-greeting-variant here, and as "
            "material/account-group in easy_read/index.md:7",
        )
    ]


def test_openmoji_not_installed_is_one_line_however_many_pictures_need_it(
    tiny: TinyProject,
) -> None:
    ideas = "".join(
        f"/// idea | {alt}\n    icon: openmoji/{name}\n\nWe learn.\n///\n\n"
        for alt, name in (("A school building", "school"), ("An open book", "open-book"))
    )
    tiny.write(
        "easy_read/priorities/first.md",
        "---\ntitle: First thing\ndescription: The first thing.\n---\n# First thing\n\n" + ideas,
    )
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)
    assert [(p.file, p.line) for p in failed.value.problems] == [
        ("easy_read/priorities/first.md", 7)
    ]
