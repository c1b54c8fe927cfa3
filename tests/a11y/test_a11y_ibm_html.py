"""IBM Equal Access and html-validate in the gate, in real headless Chromium.

One tiny site holds each fault on a page of its own and, beside it, the same page with
the fault mended: one browser run checks them all. Each faulty page fails with the
engine's rule id, naming the page and the element (and, for invalid HTML, the line);
each mended page has no error at all.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from strategy_site.a11y.checks.site import A11yResult, check_site
from strategy_site.a11y.config import RUNNERS, A11yConfig
from strategy_site.a11y.gate import rule_id
from strategy_site.a11y.report.summary import render_result
from strategy_site.a11y.toolchain.setup import Toolchain

from .conftest import SCRIPTS, sitemap

pytestmark = pytest.mark.a11y

PUBLIC = "https://tiny.example.org/"
PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}</title>
<style>
body {{ margin: 0; font: 16px/1.4 sans-serif; color: #111; background: #fff; }}
a:focus-visible {{ outline: 3px solid #111; outline-offset: 2px; }}
</style>
</head>
<body><main><h1>{name}</h1>
{body}
<p><a href="../">Home</a></p>
</main></body>
</html>
"""
HEADED_TABLE = (
    "<table><caption>Families who answered</caption>\n"
    '<thead><tr><th scope="col">Year</th><th scope="col">Families</th></tr></thead>\n'
    "<tbody><tr><td>2019</td><td>230</td></tr></tbody></table>"
)
# page -> (faulty body, mended body)
PAGES = {
    "svg": (
        '<p><svg role="img" width="24" height="24" viewBox="0 0 24 24">'
        '<circle cx="12" cy="12" r="10"/></svg></p>',
        '<p><svg role="img" aria-label="A full circle" width="24" height="24" '
        'viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"/></svg></p>',
    ),
    "table": (
        "<table>\n<tr><td>Year</td><td>Families</td></tr>\n"
        "<tr><td>2019</td><td>230</td></tr>\n</table>",
        HEADED_TABLE,
    ),
    "invalid": (
        '<p class="lead" class="intro">Our plan.</p>\n'
        "<p><span><div>A block inside a span.</div></span></p>\n"
        "<section><h2>Next steps</h2>\n<p>Still open.</p>\n",
        '<p class="lead intro">Our plan.</p>\n'
        "<p><span>Words inside a span.</span></p>\n"
        "<section><h2>Next steps</h2>\n<p>Closed.</p></section>\n",
    ),
}


def build(root: Path) -> list[str]:
    """Each page faulty at /<name>/ and mended at /<name>-mended/."""
    names = []
    for name, (faulty, mended) in PAGES.items():
        for page, body in ((name, faulty), (f"{name}-mended", mended)):
            (root / page).mkdir(parents=True)
            title = page.replace("-", " ").capitalize()
            html = PAGE.format(name=title, body=body)
            (root / page / "index.html").write_text(html, encoding="utf-8")
            names.append(page)
    locs = [f"{PUBLIC}{page}/" for page in names]
    (root / "sitemap.xml").write_text(sitemap(*locs), encoding="utf-8")
    return names


@pytest.fixture(scope="module")
def checked(toolchain: Toolchain, tmp_path_factory: pytest.TempPathFactory) -> A11yResult:
    root = tmp_path_factory.mktemp("site")
    build(root)
    config = A11yConfig(runners=RUNNERS, cache=False)
    return check_site(root, tmp_path_factory.mktemp("report"), toolchain, config)


def last_tag(selector: str) -> str:
    """'html > body > main > p:nth-child(2)' -> 'p'."""
    return selector.split(" > ")[-1].split(":")[0].split(".")[0]


def errors_of(result: A11yResult, page: str, runner: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for issue in result.errors:
        if issue.page == page and issue.runner == runner:
            found.setdefault(issue.code, []).append(issue)
    return found


@pytest.mark.parametrize(
    ("page", "rule", "element", "criterion"),
    [
        ("/svg/", "svg_graphics_labelled", "svg", "WCAG 1.1.1"),
        ("/table/", "table_headers_exists", "table", "WCAG 1.3.1"),
    ],
)
def test_ibm_finds_what_it_is_there_for(
    checked: A11yResult, page: str, rule: str, element: str, criterion: str
) -> None:
    found = errors_of(checked, page, "ibm")
    assert rule in found, found
    [issue] = found[rule]
    assert rule_id(issue) == f"ibm/{rule}"
    assert last_tag(issue.selector) == element
    assert issue.context.startswith(f"<{element}")
    assert criterion in issue.criterion
    assert issue.fix
    assert issue.help_url.startswith("https://able.ibm.com/rules/")
    assert any(line.startswith(f"{page}: [ibm {rule}]") for line in render_result(checked))


def test_html_validate_names_the_rule_element_and_line(checked: A11yResult) -> None:
    lines = PAGE.format(name="Invalid", body=PAGES["invalid"][0]).splitlines()

    def line_of(text: str) -> int:
        return next(number for number, line in enumerate(lines, 1) if text in line)

    found = errors_of(checked, "/invalid/", "html-validate")
    expected = {
        "no-dup-attr": ('class="intro"', "p"),
        "element-permitted-content": ("<span><div>", "div"),
        "close-order": ("<section>", "section"),
    }
    assert set(expected) <= set(found), found
    for rule, (text, element) in expected.items():
        issue = next(i for i in found[rule] if i.line == line_of(text))
        assert rule_id(issue) == f"html-validate/{rule}"
        assert last_tag(issue.selector) == element
        assert text in issue.context
        assert f"(line {issue.line} of the HTML)" in issue.message
        assert issue.fix
    assert found["element-permitted-content"][0].criterion == "WCAG 1.3.1"


@pytest.mark.parametrize("name", list(PAGES))
def test_the_same_pages_without_the_faults_pass(checked: A11yResult, name: str) -> None:
    page = f"/{name}-mended/"
    assert page in checked.rechecked
    assert [(i.runner, i.code, i.selector) for i in checked.errors if i.page == page] == []
    assert not [f for f in checked.failures if f.page == page]


def test_email_html_may_keep_its_layout_table_attributes(toolchain: Toolchain) -> None:
    """Outlook lays e-mail out from these attributes, so e-mail HTML (told apart by its
    Outlook conditional comments) may keep them; a web page may not."""
    table = '<table role="presentation" width="600" cellpadding="0" cellspacing="0">'
    body = f'{table}<tr><td width="600">Hello</td></tr></table>'
    page = PAGE.format(name="Bulletin", body=body)
    email = page.replace("<main>", "<main><!--[if mso]><p>Outlook</p><![endif]-->")
    script = (
        "const {validateHtml} = await import(process.argv[1]);"
        "const out = {};"
        "for (const [name, source] of Object.entries(JSON.parse(process.argv[2])))"
        " out[name] = (await validateHtml(source)).map(i => i.code);"
        "console.log(JSON.stringify(out));"
    )
    done = subprocess.run(
        [str(toolchain.node), "--input-type=module", "-e", script,
         str(SCRIPTS / "walks" / "html.mjs"), json.dumps({"page": page, "email": email})],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    codes = json.loads(done.stdout)
    assert codes["email"] == []
    assert set(codes["page"]) == {"no-deprecated-attr"}
