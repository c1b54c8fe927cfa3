"""Our own content rules: each with an id, the WCAG criterion it serves and a fix hint.

The ids are the keys of `rules:` in the `strategy/a11y` plugin's config; none is an
axe rule id, so a level set for one never applies to the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

ENGINE = "strategy-site"


@dataclass(frozen=True)
class Rule:
    """One content rule."""

    id: str
    criterion: str
    fix: str


RULES: Mapping[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "alt-missing",
            "WCAG 1.1.1",
            "describe the image in its alt text, e.g. `![A parent reading with a child](x.png)`; "
            'if it only decorates, mark it with `{ .decorative }` and `alt=""`',
        ),
        Rule(
            "alt-text",
            "WCAG 1.1.1",
            "say what the image shows or means, not its file name, and leave out "
            '"image of" (screen readers already say it is an image)',
        ),
        Rule(
            "link-text",
            "WCAG 2.4.4",
            "write link text that says where the link goes, e.g. "
            '"read our workforce priority" rather than "click here" or an address',
        ),
        Rule(
            "link-text-target",
            "WCAG 2.4.4",
            "give links to different places different words, or point them to the same place",
        ),
        Rule(
            "heading-levels",
            "WCAG 1.3.1",
            "start the page with one # heading and go down one level at a time "
            "(# then ## then ###)",
        ),
        Rule(
            "table-headers",
            "WCAG 1.3.1",
            "give the table a header row (in Markdown, the row above |---|); layout tables "
            'need role="presentation"',
        ),
        Rule(
            "document-link",
            "WCAG 2.4.4",
            'say the file\'s format and size in the link text, e.g. "Annual report (PDF, 1.2 MB)"',
        ),
        Rule(
            "page-lang",
            "WCAG 3.1.1",
            'set the page language on <html>, e.g. lang="en-GB" (theme.language in mkdocs.yml)',
        ),
        Rule(
            "source-shown",
            "WCAG 1.3.1",
            "close the front matter with a `---` line at the very top of the file; write links "
            "as `[words](page.md)` in Markdown, not inside HTML; check template tags and "
            "`///` fences are spelt and closed",
        ),
        Rule(
            "passage-lang",
            "WCAG 3.1.2",
            'mark a passage in another language with a valid language code, e.g. { lang="cy" }',
        ),
    )
}
