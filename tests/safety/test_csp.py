"""The Content-Security-Policy: hashes of exactly the scripts a browser runs, in the head."""

from __future__ import annotations

import base64
import hashlib

import pytest

from strategy_site.safety.csp import policy, with_policy

NL = "\n"


def _hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def _directive(csp: str, name: str) -> str:
    found = [d for d in csp.split("; ") if d.split(" ", 1)[0] == name]
    assert len(found) == 1, csp
    return found[0].split(" ", 1)[1]


@pytest.mark.parametrize(
    ("page", "script_src"),
    [
        ("<p>no scripts</p>", "'self'"),
        ('<script src="assets/bundle.js"></script>', "'self'"),
        ("<script>var a=1</script>", f"'self' {_hash('var a=1')}"),
        ("<script>var a=1</script><script>var a=1</script>", f"'self' {_hash('var a=1')}"),
        (
            "<script>a()</script><script type='module'>b()</script>",
            f"'self' {_hash('a()')} {_hash('b()')}",
        ),
        ('<script id="__config" type="application/json">{"a": 1}</script>', "'self'"),
        ("<script>if (a &amp;&amp; b) {}</script>", f"'self' {_hash('if (a &amp;&amp; b) {}')}"),
        ('<script type="text/javascript">\nx()\n</script>', f"'self' {_hash(NL + 'x()' + NL)}"),
    ],
)  # fmt: skip
def test_script_src_allows_the_site_and_each_inline_script_by_hash(
    page: str, script_src: str
) -> None:
    assert _directive(policy(page), "script-src") == script_src


@pytest.mark.parametrize(
    ("page", "style_src"),
    [
        ('<link rel="stylesheet" href="main.css">', "'self'"),
        ("<style>p{color:red}</style>", f"'self' {_hash('p{color:red}')}"),
    ],
)
def test_style_src_allows_the_site_and_each_style_element_by_hash(
    page: str, style_src: str
) -> None:
    assert _directive(policy(page), "style-src") == style_src


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("default-src", "'self'"),
        ("img-src", "'self' data:"),
        ("worker-src", "'self'"),
        ("object-src", "'none'"),
        ("base-uri", "'self'"),
        ("form-action", "'self'"),
    ],
)
def test_fixed_directives(name: str, value: str) -> None:
    assert _directive(policy("<p>x</p>"), name) == value


PAGE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>x</title>
    <script>go()</script>
  </head>
  <body><script>go()</script></body>
</html>
"""


def test_policy_goes_straight_after_the_charset_before_any_script() -> None:
    page = with_policy(PAGE)

    head = page[: page.index("</head>")]
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(PAGE)}">'
    assert head.count("Content-Security-Policy") == 1
    assert head.index('<meta charset="utf-8">') < head.index(meta) < head.index("<title>")
    assert page.replace(f"\n    {meta}", "") == PAGE


def test_policy_is_first_in_a_head_without_charset() -> None:
    page = with_policy("<html><head><script>go()</script></head></html>")

    assert page.startswith('<html><head>\n    <meta http-equiv="Content-Security-Policy"')


def test_a_page_without_head_is_left_alone() -> None:
    assert with_policy("<p>fragment</p>") == "<p>fragment</p>"


def test_the_same_page_gives_the_same_bytes() -> None:
    assert with_policy(PAGE) == with_policy(PAGE)
