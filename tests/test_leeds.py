"""The Leeds project itself: every page the strategy needs, paired both ways."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from strategy_site.build import build
from strategy_site.inputs import frontmatter

from .conftest import REPO

PRIORITIES = sorted(p.name for p in (REPO / "content/priorities").glob("*.md") if p.stem != "index")
DETAILED_PAGES = [
    "index.md",
    "why.md",
    "co-production.md",
    "governance.md",
    "timetable.md",
    "measuring-success.md",
    "risks.md",
    "glossary.md",
    "feedback.md",
]


@pytest.fixture(scope="module")
def leeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the Leeds project, built once without the accessibility checks."""
    root = tmp_path_factory.mktemp("leeds")
    for name in ("content", "easy_read", "site_overrides", "comms", "measures"):
        shutil.copytree(REPO / name, root / name)
    for name in ("mkdocs.yml", "mkdocs.easy-read.yml", "glossary.yml", "accessibility.yml"):
        shutil.copy(REPO / name, root / name)
    (root / "scripts").symlink_to(REPO / "scripts")  # the toolchain, and OpenMoji with it
    build(root / "mkdocs.yml", check_a11y=False)
    return root


def test_has_every_page_the_strategy_needs() -> None:
    for page in DETAILED_PAGES:
        assert (REPO / "content" / page).is_file(), page
    assert len(PRIORITIES) >= 6


@pytest.mark.parametrize(
    "page", ["index.md", "glossary.md", *(f"priorities/{p}" for p in PRIORITIES)]
)
def test_page_has_an_easy_read_counterpart(page: str) -> None:
    meta = frontmatter.parse((REPO / "content" / page).read_text(encoding="utf-8")).meta
    assert (REPO / "easy_read" / meta["easy_read"]).is_file()


@pytest.mark.parametrize("priority", PRIORITIES)
def test_priority_pages_link_to_each_other(leeds: Path, priority: str) -> None:
    slug = priority.removesuffix(".md")
    detailed = (leeds / f"site/priorities/{slug}/index.html").read_text(encoding="utf-8")
    easy = (leeds / f"site/easy-read/priorities/{slug}/index.html").read_text(encoding="utf-8")
    assert re.search(rf'href="\.\./\.\./easy-read/priorities/{slug}/"[^>]*>', detailed)
    assert re.search(rf'href="\.\./\.\./\.\./priorities/{slug}/"[^>]*>', easy)
