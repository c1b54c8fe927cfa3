"""`strategy/measures`: the 'How we are doing' page, and each priority page's figures
and actions, from the comms team's files. A thin dispatcher: load.py reads and checks
them, render.py and chart.py write the Markdown and the charts."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from strategy_site.easy_read.engine_pictures import engine_pictures
from strategy_site.inputs import frontmatter
from strategy_site.measures import easy, render, said
from strategy_site.measures.config import MeasuresConfig
from strategy_site.measures.load import ACTIONS, INDICATORS, load_measures
from strategy_site.measures.model import Measures
from strategy_site.pairing.plugin import PairingPlugin
from strategy_site.plugins import find_optional
from strategy_site.priorities import priority_titles
from strategy_site.problems import Problem, advise, report, shown_path
from strategy_site.updates.plugin import UpdatesPlugin
from strategy_site.updates.when import When
from strategy_site.urls import doc_link


class MeasuresPlugin(BasePlugin[MeasuresConfig]):
    """Every problem in the files fails the build at its line; the last good site stays."""

    measures: Measures

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self._titles = priority_titles(files, self.config.priorities_folder)
        base = Path(config.config_file_path or ".").parent
        pages = {f.src_uri for f in files.documentation_pages()}
        pairing = find_optional(config, PairingPlugin)
        if self.config.style == "easy" and pairing is not None:
            # 'You said, we did' links name full pages; here, those of the same path
            pages |= pairing.other_pages()
        folder = base / self.config.folder
        self.measures, problems = load_measures(folder, self._titles, pages)
        self._reports: dict[str, list[tuple[str, str]]] = {}
        if self.config.style == "full":
            # the easy read site reads the same files: their problems are reported once, here
            for problem in problems + self._unknown_actions(config):
                report(problem)
            if pairing is not None:
                for problem in self._not_in_easy_read(folder):
                    advise(problem)
        self._page_titles = {
            f.src_uri: str(frontmatter.parse(f.content_string).meta.get("title") or f.src_uri)
            for f in files.documentation_pages()
        }
        self._pictures = engine_pictures(config)
        said_page = self._you_said_page()
        files.append(File.generated(config, self.config.you_said_page, content=said_page))
        if self.config.style == "easy":
            files.append(File.generated(config, self.config.page, content=self._page()))
            return files
        for indicator in self.measures.indicators:
            if indicator.csv:
                files.append(
                    File.generated(config, render.csv_path(indicator), content=indicator.csv)
                )
            if render.has_chart(indicator):
                svg_file = render.chart_path(indicator)
                files.append(File.generated(config, svg_file, content=render.chart_svg(indicator)))
        files.append(File.generated(config, self.config.page, content=self._page()))
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """The priorities in the strategy's order: their pages' order in the navigation."""
        place = {page.file.src_uri: i for i, page in enumerate(nav.pages)}
        folder = self.config.priorities_folder.strip("/")
        self._titles = dict(
            sorted(self._titles.items(), key=lambda t: place.get(f"{folder}/{t[0]}.md", len(place)))
        )
        file = files.get_file_from_path(self.config.page)
        if file is not None:
            file.content_string = self._page()
        return nav

    def _page(self) -> str:
        page = self.config.page
        if self.config.style == "easy":
            return easy.easy_measures_page(
                self.config.title,
                self._titles,
                self.measures.indicators,
                self.measures.actions,
                self._pictures,
            )
        indicators = self.measures.indicators
        csv_href = {i.id: doc_link(page, render.csv_path(i)) for i in indicators}
        chart_href = {i.id: doc_link(page, render.chart_path(i)) for i in indicators}
        return render.measures_page(
            self.config.title,
            self._titles,
            self.measures.indicators,
            self.measures.actions,
            csv_href,
            chart_href,
            self._as_of(),
            self._reports_from(page),
        )

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        directory, _, name = page.file.src_uri.rpartition("/")
        if self.config.style == "easy" or name == "index.md":
            return markdown
        if directory != self.config.priorities_folder.strip("/"):
            return markdown
        slug = name.removesuffix(".md")
        mine = [i for i in self.measures.indicators if i.priority == slug]
        doing = [a for a in self.measures.actions if a.priority == slug]
        if not mine and not doing:
            return markdown
        src = page.file.src_uri
        blocks = [
            render.indicator_block(
                i, 3, doc_link(src, render.csv_path(i)), doc_link(src, render.chart_path(i))
            )
            for i in mine
        ]
        if doing:
            blocks.append(render.actions_block(doing, 3, self._as_of(), self._reports_from(src)))
        everything = doc_link(src, self.config.page)
        return (
            f"{markdown}\n\n## How we are doing\n\n"
            + "\n".join(blocks)
            + f"\n[How we are doing across the strategy]({everything})\n"
        )

    def _unknown_actions(self, config: MkDocsConfig) -> list[Problem]:
        """An update that names an action there is none of: at its `actions:` line."""
        updates = find_optional(config, UpdatesPlugin)
        known = {a.id for a in self.measures.actions}
        problems = []
        for update in updates.updates if updates is not None else []:
            for action in update.actions:
                if action in known:
                    self._reports.setdefault(action, []).append((update.title, update.src_uri))
                    continue
                source = Path(config.docs_dir) / update.src_uri
                fm = frontmatter.parse(source.read_text(encoding="utf-8-sig"))
                problems.append(
                    Problem(
                        shown_path(source),
                        fm.line("actions"),
                        f"'actions' names '{action}', which is not an action in "
                        f"{self.config.folder}/actions.yml",
                        f"use one of: {', '.join(sorted(known)) or 'none yet'}",
                    )
                )
        return problems

    def _not_in_easy_read(self, folder: Path) -> list[Problem]:
        """Indicators and actions the easy read page leaves out, for want of its words."""
        indicators = shown_path(folder / INDICATORS)
        actions = shown_path(folder / ACTIONS)
        return [
            Problem(
                indicators,
                i.line,
                f"indicator '{i.id}' has no easy read words, so the easy read page leaves it out",
                "add easy_title, and easy_words with {value} where the number goes",
                rule="measures/no-easy-words",
            )
            for i in self.measures.indicators
            if not easy.told(i)
        ] + [
            Problem(
                actions,
                a.line,
                f"action '{a.id}' has no easy read words, so the easy read page leaves it out",
                "add easy_what: what will be done, after 'We said we would'",
                rule="measures/no-easy-words",
            )
            for a in self.measures.actions
            if not a.easy_what
        ]

    def _you_said_page(self) -> str:
        page = self.config.you_said_page
        links = {src: (title, doc_link(page, src)) for src, title in self._page_titles.items()}
        title, entries = self.config.you_said_title, self.measures.you_said
        if self.config.style == "easy":
            return said.easy_you_said_page(title, entries, links, self._pictures)
        return said.you_said_page(title, entries, links)

    def _reports_from(self, src_uri: str) -> render.Reports:
        """Each action's updates, linked from the page `src_uri`."""
        return {
            action: [(title, doc_link(src_uri, update)) for title, update in found]
            for action, found in self._reports.items()
        }

    def _as_of(self) -> str:
        day = self.measures.as_of
        return When(day.year, day.month, day.day).display() if day else ""
