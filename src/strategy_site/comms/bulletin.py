"""E-bulletins: one per update, and a digest of a date range, as HTML and plain text.

The HTML is made from the comms team's templates, then its CSS is copied onto
each element with css-inline (many mail programs ignore <style>), keeping the
@media rules for small screens and dark mode in a <style> block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import css_inline
from markupsafe import Markup

from strategy_site.comms.channels import EMAIL_SOURCE
from strategy_site.comms.links import is_site_link, with_utm
from strategy_site.comms.plain import html_to_text, wrap
from strategy_site.comms.safe_html import clean_html, plain_text
from strategy_site.comms.source import Item, Source
from strategy_site.updates.when import When

_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


@dataclass(frozen=True)
class Bulletin:
    """One e-mail, in both its parts."""

    subject: str
    html: str
    text: str
    date: dt.datetime
    """The e-mail's Date: from the content, never the clock."""


def update_bulletin(item: Item, source: Source) -> Bulletin:
    """The e-bulletin of one update: its whole page."""
    update = item.update
    content = clean_html(item.content_html, lambda url: _tracked(url, source))
    title = plain_text(update.title)
    summary = plain_text(update.summary)
    context = {
        **_common(source, title, summary),
        "summary": summary,
        "date": update.date.display(),
        "image": _image(item),
        "link": _tracked(item.url, source),
        "easy_link": _tracked(item.easy.url, source) if item.easy else "",
    }
    html = source.templates.render("bulletin.html.j2", **context, content=Markup(content))
    as_text = {**context, "summary": wrap(summary), "content": html_to_text(content)}
    text = source.templates.text("bulletin.txt.j2", **as_text)
    return Bulletin(title, inline_css(html), text, source.settings.moment(update.date.first_day()))


def digest_span(since: dt.date, until: dt.date) -> str:
    """'1 October 2022 to 31 December 2022': the dates a digest covers, as readers see them."""
    return (
        f"{When(since.year, since.month, since.day).display()} to "
        + When(until.year, until.month, until.day).display()
    )


def digest_bulletin(
    items: Sequence[Item], since: dt.date, until: dt.date, source: Source
) -> Bulletin:
    """The e-bulletin of several updates: each one's title, date, summary and link."""
    span = digest_span(since, until)
    title = f"Progress updates: {span}"
    intro = f"What has happened from {span}, newest first."
    entries = [
        {
            "title": plain_text(i.update.title),
            "date": i.update.date.display(),
            "summary": plain_text(i.update.summary),
            "image": _image(i),
            "link": _tracked(i.url, source),
        }
        for i in items
    ]
    context = {**_common(source, title, intro), "intro": intro, "entries": entries}
    html = source.templates.render("digest.html.j2", **context)
    wrapped = [{**e, "summary": wrap(str(e["summary"]))} for e in entries]
    text = source.templates.text("digest.txt.j2", **{**context, "entries": wrapped})
    return Bulletin(title, inline_css(html), text, source.settings.moment(until))


def inline_css(html: str) -> str:
    """CSS copied onto each element's style; @media rules kept in <style>."""
    return _INLINER.inline(html).rstrip("\n") + "\n"


def _common(source: Source, title: str, preheader: str) -> dict[str, Any]:
    return {
        "subject": title,
        "title": title,
        "preheader": preheader,
        "site_name": source.site_name,
        "sender_name": source.settings.sender_name,
        "updates_link": _tracked(source.updates_url, source),
        "home_link": _tracked(source.site_url, source),
    }


def _day(day: dt.date) -> str:
    return When(day.year, day.month, day.day).display()


def _image(item: Item) -> dict[str, str] | None:
    if not item.image_url:
        return None
    return {"url": item.image_url, "alt": plain_text(item.update.image_alt or "")}


def _tracked(url: str, source: Source) -> str:
    """Links to our site carry the e-mail's UTM parameters; links elsewhere are left alone."""
    if not is_site_link(url, source.site_url):
        return url
    settings = source.settings
    return with_utm(url, settings.source(EMAIL_SOURCE), settings.email_medium, settings.campaign)
