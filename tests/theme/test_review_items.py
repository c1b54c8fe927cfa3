"""The theme gives a person nothing to review by hand: every part of Material that made
the engines ask for a check (absolutely positioned text, short bold <div>s, an icon
button with no visible label, a placeholder for a label, a 10px body size) is fixed at
its cause, so the only review item a plain page has is IBM's one-per-page question
about colour."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.a11y.checks.site import check_site
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.toolchain.setup import Toolchain
from strategy_site.build import build

from ..a11y.conftest import toolchain
from ..conftest import TinyProject

__all__ = ["toolchain"]

pytestmark = pytest.mark.a11y

# IBM Equal Access asks once on every styled page whether colour alone carries meaning;
# nothing a page can do removes the question, so it stays for a person to answer.
ASKED_OF_EVERY_PAGE = {"style_color_misuse"}


def test_the_themed_pages_leave_nothing_but_the_colour_question_to_review(
    themed: TinyProject, toolchain: Toolchain, tmp_path: Path
) -> None:
    # "tiny" is one of the size words IBM asks about (text_sensory_misuse): the test
    # site is given names without it, as a real one would have
    for path in themed.root.rglob("*"):
        if path.suffix in {".md", ".yml"} and "site" not in path.relative_to(themed.root).parts:
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("Tiny ", "Our ").replace("tiny-", "our-"), "utf-8")
    build(themed.config, check_a11y=False)
    result = check_site(themed.root / "site", tmp_path, toolchain, A11yConfig(cache=False))

    assert result.failures == ()
    assert [(i.page, i.runner, i.code, i.selector, i.message) for i in result.errors] == []
    pages = {i.page for i in result.issues}
    assert {"/", "/updates/survey/", "/easy-read/"} <= pages
    left = [
        (i.page, i.runner, i.code, i.selector)
        for i in result.issues
        if i.type == "review" and i.code not in ASKED_OF_EVERY_PAGE
    ]
    assert left == [], "\n".join(map(str, left))
