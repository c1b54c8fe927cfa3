"""Pure: the pages of one site, in navigation order, as one HTML document to print.

A cover (title, date, who it is from), a contents page whose page numbers the
renderer fills in, then each page as a chapter. Headings move down one level, so
the cover's title is the only first-level heading and none is skipped. Links
between the pages become links inside the document; links to anything else
point at the published site.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit


@dataclass(frozen=True)
class Chapter:
    """One page of the site: its title, where it is published, and its content HTML."""

    title: str
    url: str
    """The page's URL relative to the site root, such as 'priorities/workforce/'."""
    content: str


@dataclass(frozen=True)
class Cover:
    """What the cover and the PDF's metadata say."""

    title: str
    subtitle: str
    author: str
    date: str
    """The day the document is dated, ISO 8601 (from the content, so builds agree)."""
    date_text: str
    """The same day as a reader would write it."""
    lang: str = "en-GB"


_REMOVED = (
    # the site's own furniture, which means nothing on paper
    re.compile(r'<a class="counterpart-link".*?</a>', re.S),
    re.compile(r'<p class="print-page"[^>]*>.*?</p>', re.S),
    re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S),
)
_HEADING = re.compile(r"<(/?)h([1-6])\b")
_HREF = re.compile(r'\b(href|src)="([^"]*)"')
_ID = re.compile(r'\bid="([^"]*)"')


def anchor(url: str) -> str:
    """The id a chapter has in the document: 'page-priorities-workforce'."""
    slug = re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-")
    return f"page-{slug or 'home'}"


def chapter_html(chapter: Chapter, chapters: Sequence[Chapter], site_url: str) -> str:
    """A chapter's content, ready to sit in the document: ids made unique, headings a
    level down, links to other chapters made links inside the document."""
    mine = anchor(chapter.url)
    inside = {c.url: anchor(c.url) for c in chapters}
    content = chapter.content
    for pattern in _REMOVED:
        content = pattern.sub("", content)
    content = _HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", content)
    content = _ID.sub(lambda m: f'id="{mine}--{m.group(1)}"', content)

    def link(match: re.Match[str]) -> str:
        attribute, target = match.group(1), html.unescape(match.group(2))
        return f'{attribute}="{html.escape(_target(attribute, target), quote=True)}"'

    def _target(attribute: str, target: str) -> str:
        if urlsplit(target).scheme or target.startswith(("mailto:", "tel:")):
            return target
        if target.startswith("#"):
            return f"#{mine}--{target[1:]}" if target[1:] else f"#{mine}"
        resolved = urljoin("/" + chapter.url, target)
        path, _, fragment = resolved.partition("#")
        page = path.lstrip("/")
        if attribute == "href" and page in inside:
            return f"#{inside[page]}--{fragment}" if fragment else f"#{inside[page]}"
        if attribute == "src":
            return posixpath.normpath(page) if page else ""
        return urljoin(site_url, resolved.lstrip("/"))

    content = _HREF.sub(link, content)
    return f'<section class="chapter" id="{mine}">\n{content}\n</section>'


def document_html(
    cover: Cover, chapters: Sequence[Chapter], site_url: str, css: str, body_class: str = ""
) -> str:
    """The whole document: cover, contents, chapters."""
    contents = "\n".join(
        f'<li><a href="#{anchor(c.url)}">{html.escape(c.title)}</a></li>' for c in chapters
    )
    body = "\n".join(chapter_html(c, chapters, site_url) for c in chapters)
    meta: Mapping[str, str] = {
        "author": cover.author,
        "description": cover.subtitle,
        "dcterms.created": cover.date,
        "dcterms.modified": cover.date,
        "generator": "strategy-site",
    }
    metas = "\n".join(
        f'<meta name="{name}" content="{html.escape(value, quote=True)}">'
        for name, value in meta.items()
        if value
    )
    classes = f' class="{body_class}"' if body_class else ""
    web = f'<a href="{html.escape(site_url, quote=True)}">{html.escape(site_url)}</a>'
    return f"""<!doctype html>
<html lang="{cover.lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(cover.title)}</title>
{metas}
<style>
{css}
</style>
</head>
<body{classes}>
<section class="cover">
<h1>{html.escape(cover.title)}</h1>
<p class="cover__subtitle">{html.escape(cover.subtitle)}</p>
<p class="cover__from">From {html.escape(cover.author)}</p>
<p class="cover__date">{html.escape(cover.date_text)}</p>
<p class="cover__web">Read it online at {web}</p>
</section>
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
{contents}
</ol>
</nav>
{body}
</body>
</html>
"""
