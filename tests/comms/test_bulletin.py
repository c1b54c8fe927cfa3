"""E-bulletins: accessible HTML e-mail with inlined CSS, a plain part, and a ready .eml."""

from __future__ import annotations

import datetime as dt
import email
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path

from strategy_site.comms.bulletin import digest_bulletin, update_bulletin
from strategy_site.comms.mime import eml
from strategy_site.comms.pack import digest_dates, digest_folder, digests_in

from .conftest import MakeItem, MakeSource

CONTENT = (
    '<p class="update-date">Published <time datetime="2022-11-30">30 November 2022</time></p>'
    '<h2 id="what">What happened</h2>'
    '<p>Read <a href="https://tiny.example.org/priorities/first/">the first priority</a> '
    'and <a href="https://elsewhere.example.com/">another site</a>.</p>'
)


def _parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_html_is_an_accessible_single_column_email(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(content=CONTENT, image="chart.png", image_alt="A chart of the survey")
    html = update_bulletin(item, make_source(item)).html

    assert '<html lang="en-GB"' in html
    assert re.findall(r"<h([1-6])", html) == ["1", "2"]
    tables = re.findall(r"<table[^>]*>", html)
    assert tables and all('role="none presentation"' in t for t in tables)
    assert "max-width: 600px" in html
    assert (
        '<img src="https://tiny.example.org/updates/chart.png" alt="A chart of the survey"' in html
    )
    assert 'class="preheader"' in html and item.update.summary[:40] in html
    assert ">Read “The board approves the strategy” on our website</a>" in html
    # Valid HTML (the Nu checker): no <main> in a table cell, no mso-hide (not CSS);
    # the preheader is kept out of Outlook by a conditional comment instead.
    assert (
        '<td class="content" style="background: #ffffff;color: #0b0c0c;padding: 24px;">'
        '<div role="main">' in html
    )
    assert "<main" not in html
    assert "mso-hide" not in html
    assert '<!--[if !mso]><!--><div class="preheader"' in html


def test_every_colour_comes_with_the_colour_behind_it_and_the_name_links_home(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    """A mail program or a reader's own colours may replace one of the two; set together,
    text never lands on a background it was not chosen for (WCAG 1.4.3, F24)."""
    item = make_item(content=CONTENT)
    html = update_bulletin(item, make_source(item)).html

    styles = re.findall(r'<[a-z0-9]+ [^>]*style="([^"]*)"', html)
    coloured = [s for s in styles if re.search(r"(^|;)\s*(color|background)\s*:", s)]
    assert len(coloured) > 5
    for style in coloured:
        has_text = re.search(r"(^|;)\s*color\s*:", style) is not None
        has_back = re.search(r"(^|;)\s*background\s*:", style) is not None
        assert has_text and has_back, style
    home = "https://tiny.example.org/?utm_source=bulletin&amp;utm_medium=email"
    assert re.search(rf'<p class="brand"[^>]*><a class="brand-link" href="{re.escape(home)}', html)


def test_css_is_inlined_and_media_queries_kept(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(content=CONTENT)
    html = update_bulletin(item, make_source(item)).html

    body = re.search(r"<body[^>]*>", html)
    assert body and "font-size: 18px" in body[0] and "color: #0b0c0c" in body[0]
    h1 = re.search(r"<h1[^>]*>", html)
    assert h1 and 'style="' in h1[0] and "font-size: 32px" in h1[0]
    assert re.search(r'<a href="[^"]+" style="color: #1d4f91;', html)
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style is not None
    assert "@media screen and (max-width: 620px)" in style[1]
    assert "@media (prefers-color-scheme: dark)" in style[1]
    assert "h1 { margin" not in style[1]  # plain rules were moved onto the elements
    assert '<meta name="color-scheme" content="light dark">' in html


def test_site_links_are_tracked_and_others_are_not(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(content=CONTENT)
    bulletin = update_bulletin(item, make_source(item))
    tracked = "utm_source=bulletin&amp;utm_medium=email&amp;utm_campaign=tiny-strategy"
    assert f'href="https://tiny.example.org/priorities/first/?{tracked}"' in bulletin.html
    assert 'href="https://elsewhere.example.com/"' in bulletin.html
    assert (
        "(https://tiny.example.org/priorities/first/?utm_source=bulletin&utm_medium=email"
        "&utm_campaign=tiny-strategy)" in bulletin.text
    )
    assert "the first priority" in bulletin.text and "<" not in bulletin.text


def test_eml_is_multipart_alternative_plain_first(
    make_item: MakeItem, make_source: MakeSource
) -> None:
    item = make_item(content=CONTENT, title="Board approves \u201cEveryone\u2019s included\u201d")
    source = make_source(item, channels_yml="sender: {name: The team, address: team@example.org}")
    bulletin = update_bulletin(item, source)
    message = _parsed(eml(bulletin, "The team", "team@example.org"))

    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    # CRLF line ends, as RFC 5322 wants them on the wire and in .eml files
    assert parts[0].get_content().replace("\r\n", "\n") == bulletin.text
    assert parts[1].get_content().replace("\r\n", "\n") == bulletin.html
    assert str(message["From"]) == "The team <team@example.org>"
    assert str(message["Subject"]) == "Board approves \u201cEveryone\u2019s included\u201d"
    assert message["Date"].datetime == dt.datetime(2022, 11, 30, 10, tzinfo=dt.UTC)
    assert message["X-Unsent"] == "1" and message["To"] is None


def test_eml_bytes_are_the_same_every_time(make_item: MakeItem, make_source: MakeSource) -> None:
    item = make_item(content=CONTENT)
    source = make_source(item)
    first = eml(update_bulletin(item, source), "A", "a@example.org")
    assert eml(update_bulletin(item, source), "A", "a@example.org") == first


def test_digest_lists_each_update_under_h2(make_item: MakeItem, make_source: MakeSource) -> None:
    items = [make_item("board", title="Board"), make_item("survey", title="Survey")]
    source = make_source(*items)
    bulletin = digest_bulletin(items, dt.date(2022, 10, 1), dt.date(2022, 12, 31), source)

    assert bulletin.subject == "Progress updates: 1 October 2022 to 31 December 2022"
    assert re.findall(r"<h([1-6])", bulletin.html) == ["1", "2", "2"]
    assert bulletin.date == dt.datetime(2022, 12, 31, 10, tzinfo=source.settings.zone)
    assert "https://tiny.example.org/updates/survey/?utm_source=bulletin" in bulletin.text


def test_digest_folders_are_named_and_read_back_by_their_dates(tmp_path: Path) -> None:
    since, until = dt.date(2022, 10, 1), dt.date(2022, 12, 31)
    assert digest_dates(digest_folder(since, until)) == (since, until)
    assert digest_dates("digest-2022-13-01-2022-12-31") is None
    assert digest_dates("board") is None
    for name in ("digest-2022-10-01-2022-12-31", "digest-2019-01-01-2021-12-31", "digest-x"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "bulletin.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "digest-2023-01-01-2023-03-31").mkdir()  # no bulletin in it
    assert [d.folder for d in digests_in(tmp_path)] == [
        "digest-2019-01-01-2021-12-31",
        "digest-2022-10-01-2022-12-31",
    ]
