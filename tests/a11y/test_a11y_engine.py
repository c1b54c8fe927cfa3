"""run_engines against a stand-in for check-pages.mjs: how it reads the engine's answers
and what it makes of the engine's exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from strategy_site.a11y.checks.engine import run_engines
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.errors import CheckError
from strategy_site.a11y.toolchain.setup import PA11Y_CI_BIN, Toolchain, ensure_toolchain

pytestmark = pytest.mark.a11y

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
PAGES = [("/", "http://127.0.0.1:9/"), ("/a/", "http://127.0.0.1:9/a/")]

# Answers for the first `answer` pages of the job, then fails (exit status 3) a moment
# later, as an engine whose browser will not close would.
STAND_IN = """
import {readFileSync} from 'node:fs';
const job = JSON.parse(readFileSync(process.argv[2], 'utf-8'));
for (const page of job.pages.slice(0, ANSWER)) {
	const issues = [{code: 'x', type: 'error'}];
	process.stdout.write(JSON.stringify({id: page.id, issues}) + '\\n');
}
process.stderr.write('Error: the browser did not close\\n');
setTimeout(() => process.exit(3), 300);
"""


@pytest.fixture(scope="module")
def node() -> Path:
    return ensure_toolchain(SCRIPTS).node


def stand_in(tmp_path: Path, node: Path, answer: int) -> Toolchain:
    """A toolchain whose check-pages.mjs is STAND_IN answering for `answer` pages."""
    pa11y_ci = tmp_path / PA11Y_CI_BIN
    pa11y_ci.parent.mkdir(parents=True)
    pa11y_ci.write_text("", encoding="utf-8")
    script = STAND_IN.replace("ANSWER", str(answer))
    (tmp_path / "check-pages.mjs").write_text(script, encoding="utf-8")
    return Toolchain(node, pa11y_ci, Path("/bin/true"))


def test_results_stand_once_every_page_has_answered(tmp_path: Path, node: Path) -> None:
    """What the engine does after its last answer (closing the browser) cannot change
    the results, so the check neither waits for it nor fails on it."""
    seen: list[str] = []
    out = run_engines(stand_in(tmp_path, node, answer=2), PAGES, A11yConfig(), seen.append)
    assert seen == ["/", "/a/"]
    assert set(out.issues) == {"/", "/a/"}
    assert out.failures == {}


def test_an_engine_that_fails_before_answering_fails_the_check(tmp_path: Path, node: Path) -> None:
    with pytest.raises(CheckError, match="the browser did not close"):
        run_engines(stand_in(tmp_path, node, answer=1), PAGES, A11yConfig())
