"""`strategy/easy_read`: check every easy read page against the easy read rules,
mark pages no person has checked yet, and summarise it all for the comms team."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import textstat
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from strategy_site.easy_read import notices, rules
from strategy_site.easy_read.config import EasyReadConfig
from strategy_site.easy_read.engine_pictures import idea as idea_markdown
from strategy_site.easy_read.icons import OPENMOJI_CREDIT
from strategy_site.easy_read.ideas import (
    NOT_INSTALLED,
    Pictures,
    check_ideas,
    find_ideas,
    picture_of,
)
from strategy_site.easy_read.staleness import judge
from strategy_site.easy_read.summary import PageStatus, summary_page
from strategy_site.easy_read.text import sentences
from strategy_site.glossary.plugin import GlossaryPlugin
from strategy_site.glossary.render import idea_block
from strategy_site.inputs import frontmatter
from strategy_site.markdown_edit import insert_after_h1
from strategy_site.pairing.plugin import PairingPlugin
from strategy_site.plugins import find_optional
from strategy_site.problems import Problem, advise, report, shown_path
from strategy_site.publish import Output, OutsideProject, Stage

_BLOCKS = "strategy_site.easy_read.blocks"
DEFAULT_OPENMOJI = "scripts/node_modules/openmoji"
"""Where the toolchain's `npm ci` puts OpenMoji, relative to the config file."""
UPDATES = "strategy/updates"
"""The plugin whose pages (lists of updates) hold only text checked elsewhere."""


class EasyReadPlugin(BasePlugin[EasyReadConfig]):
    """Errors fail the build; warnings are shown, and fail it only with --strict. The
    summary goes into the build's stage when it has one (see plugins.StagedPlugin)."""

    stage: Stage | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if _BLOCKS not in config.markdown_extensions:
            config.markdown_extensions.append(_BLOCKS)
        options = dict(config.mdx_configs.get(_BLOCKS, {}))
        base = Path(config.config_file_path or ".").parent
        icon_dirs = tuple((base / d).resolve() for d in options.get("icon_dirs", []))
        openmoji = (base / options.get("openmoji", DEFAULT_OPENMOJI)).resolve()
        found = openmoji if (openmoji / "data").is_dir() else None
        # Resolve once, against the config file, for the extension and the checks alike.
        options["icon_dirs"] = [str(d) for d in icon_dirs]
        options["openmoji"] = str(found or "")
        config.mdx_configs[_BLOCKS] = options
        self._pictures = Pictures(icon_dirs, found, Path(config.docs_dir).resolve())
        self._pictures_seen: dict[str, tuple[str, str, int]] = {}
        self._told_not_installed = False
        if found is not None and self.config.credit_pictures:
            credit = (
                f"{config.copyright}. {OPENMOJI_CREDIT}" if config.copyright else OPENMOJI_CREDIT
            )
            config.copyright = credit
        self._levels = {**rules.DEFAULT_LEVELS, **self.config.rules}
        self._statuses: list[PageStatus] = []
        self._summary = (base / self.config.summary).resolve()
        self._write_to = self._summary
        self._written = False
        if self.stage is not None:
            try:
                self._write_to = self.stage.path(self._summary)
            except OutsideProject as error:
                raise PluginError(f"strategy/easy_read: 'summary': {error}") from None
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Settle the rules' settings once (the glossary is loaded by now), and check the
        glossary's easy read explanations with the same rules as the pages."""
        self._page_settings = self._settings(config)
        glossary = find_optional(config, GlossaryPlugin)
        if glossary is None or not glossary.entries:
            return files
        settings = replace(self._page_settings, word_budget=10**6)
        shown = shown_path(glossary.path)
        for entry in glossary.entries:
            block = idea_block(entry)
            findings = [
                rules.Finding(f.rule, entry.line, f.what, f.fix)
                for f in rules.check_page(block, settings)
            ]
            self._raise(findings, shown)
            for problem in self._once(check_ideas(block, shown, pictures=self._pictures)):
                report(replace(problem, line=entry.line))
            # the glossary sets each word's picture first
            for problem in self._one_picture_each(block, shown, entry.line):
                advise(problem)
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        # A page the build makes (the statement, the subscribe page) is checked too,
        # from the Markdown it was made with: its reader cannot tell the difference.
        # The updates lists are made of the updates' summaries, checked at their source.
        generated = page.file.abs_src_path is None
        if page.file.generated_by == UPDATES:
            return markdown
        path = Path(page.file.abs_src_path or Path(config.docs_dir, page.file.src_uri))
        source = page.file.content_string if generated else path.read_text(encoding="utf-8-sig")
        shown = shown_path(path) + (" (made by the build)" if generated else "")
        for problem in self._once(check_ideas(source, shown, pictures=self._pictures, page=path)):
            report(problem)
        # the idea blocks of this page find its picture files beside it
        config.mdx_configs[_BLOCKS] = {
            **config.mdx_configs[_BLOCKS],
            "page": str(path),
            "docs": str(self._pictures.docs or ""),
        }
        for problem in self._one_picture_each(source, shown):
            advise(problem)
        findings = rules.check_page(source, self._page_settings) + self._summary_findings(source)
        score, target = _reading_ease(source), self.config.reading_ease_target
        if score < target:
            findings.append(
                rules.Finding(
                    "reading-ease",
                    1,
                    f"reading ease {score:.0f} is below the target of {target:.0f}",
                    "use shorter words and sentences",
                )
            )
        errors, warnings = self._raise(findings, shown)
        checked_on = page.meta.get("checked_on")
        checked_on = checked_on if isinstance(checked_on, dt.date) else None
        checked = (
            f"by {page.meta['checked_by']} on {checked_on}"
            if checked_on and page.meta.get("checked_by")
            else None
        )
        counterpart = self._counterpart(config, page)
        self._statuses.append(
            PageStatus(
                shown,
                path,
                page.title or "",
                _shown_or_none(counterpart),
                counterpart,
                checked,
                checked_on if checked else None,
                score,
                sum(len(s.words) for s in sentences(source)),
                errors,
                warnings,
            )
        )
        block = notices.print_button() + ("" if checked else notices.unchecked_notice())
        return insert_after_h1(markdown, block)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        statuses = [self._with_staleness(config, s) for s in self._statuses]
        self._write_to.parent.mkdir(parents=True, exist_ok=True)
        pairing = find_optional(config, PairingPlugin)
        routes = pairing.coverage() if pairing is not None else None
        html = summary_page(
            str(config.site_name), statuses, self.config.reading_ease_target, routes
        )
        self._write_to.write_text(html, encoding="utf-8")
        self._written = True

    def outputs(self) -> list[Output]:
        """The summary this build wrote into its stage: one page to check."""
        if self.stage is None or not self._written:
            return []
        return [Output(self._summary, self._write_to, ("",))]

    def _settings(self, config: MkDocsConfig) -> rules.Settings:
        glossary = find_optional(config, GlossaryPlugin)
        known = glossary.known_initials if glossary is not None else frozenset()
        entries = glossary.entries if glossary is not None else []
        terms = [e.term for e in entries if " and " in e.term]
        return rules.Settings(
            sentence_warn=self.config.sentence_warn,
            sentence_fail=self.config.sentence_fail,
            word_budget=self.config.word_budget,
            known_caps=frozenset(known),
            banned=(*rules.default_banned(), *(w.lower() for w in self.config.banned_words)),
            phrases=(*rules.Settings.phrases, *terms),
        )

    def _once(self, problems: list[Problem]) -> list[Problem]:
        """`problems` without a second 'OpenMoji is not installed': one cause, one line."""
        kept = []
        for problem in problems:
            if problem.what.endswith(NOT_INSTALLED):
                if self._told_not_installed:
                    continue
                self._told_not_installed = True
            kept.append(problem)
        return kept

    def _one_picture_each(self, source: str, shown: str, line: int = 0) -> list[Problem]:
        """One thing, one picture, across the site: an idea whose words for its picture
        (its alt text) were given another picture elsewhere is a warning."""
        problems = []
        for idea in find_ideas(source):
            if not idea.alt or not picture_of(idea):
                continue
            key = " ".join(idea.alt.lower().split())
            where = line or idea.line
            first = self._pictures_seen.setdefault(key, (picture_of(idea), shown, where))
            if first[0] != picture_of(idea):
                problems.append(
                    Problem(
                        shown,
                        where,
                        f"'{idea.alt}' is shown as {picture_of(idea)} here, and as {first[0]} "
                        f"in {first[1]}:{first[2]}",
                        "use one picture for one thing across the site, so readers learn it "
                        "(or describe the two pictures differently)",
                        "easy-read/same-words-two-pictures",
                    )
                )
        return problems

    def _summary_findings(self, source: str) -> list[rules.Finding]:
        """An update's `summary:` is read in lists, feeds and posts: it follows the same
        rules as the page, at its own line."""
        fm = frontmatter.parse(source)
        summary = fm.meta.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            return []
        block = idea_markdown("-", "-", summary)  # the rules read an idea's words, not its picture
        settings = replace(self._page_settings, word_budget=10**6)
        line = fm.line("summary")
        return [
            rules.Finding(f.rule, line, f"summary: {f.what}", f.fix)
            for f in rules.check_page(block, settings)
        ]

    def _raise(self, findings: list[rules.Finding], file: str) -> tuple[int, int]:
        """Report each finding at its configured level; count errors and warnings."""
        counts = {"error": 0, "warning": 0}
        for finding in findings:
            level = self._levels.get(finding.rule, "error")
            if level == "off":
                continue
            problem = Problem(
                file, finding.line, finding.what, finding.fix, f"easy-read/{finding.rule}"
            )
            (report if level == "error" else advise)(problem)
            counts[level] += 1
        return counts["error"], counts["warning"]

    def _counterpart(self, config: MkDocsConfig, page: Page) -> Path | None:
        pairing = find_optional(config, PairingPlugin)
        return pairing.counterpart_source(page.file.src_uri) if pairing is not None else None

    def _with_staleness(self, config: MkDocsConfig, status: PageStatus) -> PageStatus:
        if status.counterpart_source is None:
            return status
        verdict = judge(status.counterpart_source, status.source, status.checked_on)
        if verdict.stale and self._levels.get("stale") != "off":
            problem = Problem(
                status.file,
                None,
                f"out of date: {status.counterpart} changed on {verdict.detailed_changed}, "
                f"after this easy read page ({verdict.easy_changed})",
                "update the easy read page to match, then commit it (or, once people who "
                "use easy read have checked it against the full page, set checked_by and "
                "checked_on)",
                "easy-read/stale",
            )
            (report if self._levels.get("stale") == "error" else advise)(problem)
        return replace(status, staleness=verdict)


def _reading_ease(source: str) -> float:
    text = " ".join(s.text for s in sentences(source) if not s.heading)
    return float(textstat.flesch_reading_ease(text)) if text else 100.0


def _shown_or_none(path: Path | None) -> str | None:
    return shown_path(path) if path is not None else None
