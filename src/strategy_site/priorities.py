"""The strategy's priorities as the site knows them: one page each in a folder."""

from __future__ import annotations

from mkdocs.structure.files import Files

from strategy_site.inputs import frontmatter


def priority_titles(files: Files, folder: str) -> dict[str, str]:
    """Slug -> title of each priority page (the pages of `folder` but its index), from
    their front matter, in file order; its file name where a page has no title."""
    titles = {}
    for file in files.documentation_pages():
        directory, _, name = file.src_uri.rpartition("/")
        if directory == folder.strip("/") and name != "index.md":
            meta = frontmatter.parse(file.content_string).meta
            titles[name.removesuffix(".md")] = str(meta.get("title") or name)
    return titles
