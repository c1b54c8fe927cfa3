"""Which pages to check: every <loc> of every sitemap.xml in the built folder.

Each MkDocs site writes absolute <loc> URLs under its own site_url. We keep only the
part after that site_url, so the check never depends on the public host; the folder
of a nested sitemap (root/easy-read/sitemap.xml) says where that sub-site is mounted.
A sitemap's site_url is the common folder of its <loc>s: MkDocs always lists the home
page, whose <loc> is the site_url itself. If that guess were ever wrong, the page URLs
would 404 and the HTTP status check would name them, so a mistake cannot pass quietly.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from xml.etree import ElementTree

from strategy_site.a11y.errors import CheckError

SITEMAP_NAME = "sitemap.xml"


def _local_name(tag: str) -> str:
    """'{http://www.sitemaps.org/schemas/sitemap/0.9}loc' -> 'loc'."""
    return tag.rsplit("}", 1)[-1]


def sitemap_locs(xml_text: str, source: str = SITEMAP_NAME) -> list[str]:
    """Return the <url><loc> URLs of a sitemap, in document order."""
    try:
        tree = ElementTree.fromstring(xml_text)
    except ElementTree.ParseError as exc:
        raise CheckError(f"{source} is not valid XML: {exc} (fix: rebuild the site)") from exc
    locs: list[str] = []
    for url in tree.iter():
        if _local_name(url.tag) != "url":
            continue
        for child in url:
            if _local_name(child.tag) == "loc" and child.text and child.text.strip():
                locs.append(child.text.strip())
    return locs


def _folder(path: str) -> str:
    """The folder part of a URL path, ending in '/': '/a/b.html' -> '/a/', '/a/' -> '/a/'."""
    return path[: path.rfind("/") + 1] or "/"


def site_url_of(locs: Sequence[str]) -> str:
    """Guess the site_url a sitemap was made for: the deepest folder common to all locs."""
    if not locs:
        return ""
    folders = [_folder(urlsplit(loc).path or "/") for loc in locs]
    common = posixpath.commonpath(folders)
    prefix = common if common.endswith("/") else common + "/"
    first = urlsplit(locs[0])
    return urlunsplit((first.scheme, first.netloc, prefix, "", ""))


def relative_path(loc: str, site_url: str) -> str:
    """The part of `loc` after `site_url`'s path ('' is the home page); hosts are ignored."""
    prefix = urlsplit(site_url).path or "/"
    if not prefix.endswith("/"):
        prefix += "/"
    path = urlsplit(loc).path or "/"
    if not (path + "/").startswith(prefix):
        raise CheckError(
            f"sitemap URL {loc} is outside its site {site_url} (fix: check site_url in mkdocs.yml)"
        )
    return path[len(prefix) :]


def site_paths(xml_text: str, site_url: str, source: str = SITEMAP_NAME) -> list[str]:
    """Site-relative paths of every page in a sitemap made for `site_url`."""
    return [relative_path(loc, site_url) for loc in sitemap_locs(xml_text, source)]


def find_sitemaps(root: Path) -> list[Path]:
    """Every sitemap.xml in the built folder, the top one first."""
    return sorted(root.rglob(SITEMAP_NAME), key=lambda p: (len(p.parts), p.as_posix()))


def mount_of(sitemap: Path, root: Path) -> str:
    """Where a sitemap's site sits in the folder: '' for the top, 'easy-read/' for a nested one."""
    folder = sitemap.parent.relative_to(root).as_posix()
    return "" if folder == "." else folder + "/"


def pages_in(root: Path) -> list[str]:
    """Root-relative paths of every page named by every sitemap under `root`, sorted."""
    sitemaps = find_sitemaps(root)
    if not sitemaps:
        raise CheckError(f"no sitemap.xml in {root} (fix: build the sites before checking them)")
    paths: set[str] = set()
    for sitemap in sitemaps:
        text = sitemap.read_text(encoding="utf-8")
        source = sitemap.relative_to(root).as_posix()
        locs = sitemap_locs(text, source)
        if not locs:
            raise CheckError(f"{source} lists no pages (fix: check that the site built pages)")
        site_url = site_url_of(locs)
        paths.update(mount_of(sitemap, root) + p for p in site_paths(text, site_url, source))
    return sorted(paths)
