"""`strategy/statement`: the accessibility statement, generated on both sites.

The automated part comes from the last check's report: `strategy-site build`
checks, and when the results differ from what the statement said, builds the
statement again before publishing (see build.py), so a published statement
always reflects the check of that very build.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from strategy_site.a11y.report.statement import statement_facts
from strategy_site.easy_read.engine_pictures import engine_pictures
from strategy_site.problems import report, shown_path
from strategy_site.publish import Output, Stage
from strategy_site.statement.config import StatementConfig
from strategy_site.statement.easy import easy_statement_markdown, missing_easy_words
from strategy_site.statement.model import load_statement_data
from strategy_site.statement.render import Results, statement_markdown


def read_results(path: Path) -> Results | None:
    """The results a report.json records, or None when there is no readable report."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return statement_facts(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


class StatementPlugin(BasePlugin[StatementConfig]):
    """Adds the statement page; a bad data file fails the build with its problems.

    With a stage (see plugins.StagedPlugin), the report this build's check staged is
    read, if there is one yet."""

    stage: Stage | None = None
    results: Results | None = None
    """What the statement says about the last check (known after `on_files`)."""

    def outputs(self) -> list[Output]:
        return []  # the statement only reads the report

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        self.results = None
        data, problems = load_statement_data(Path(self.config.file))
        for problem in problems:
            report(problem)
        if data is None:
            return files
        root = Path(config.config_file_path or ".").parent
        report_file = root / self.config.report
        if self.stage is not None:
            report_file = self.stage.current(report_file)
        self.results = read_results(report_file)
        if self.config.style == "easy":
            gaps = missing_easy_words(data, shown_path(Path(self.config.file)))
            for problem in gaps:
                report(problem)
            if gaps:
                return files
            content = easy_statement_markdown(data, self.results, engine_pictures(config))
        else:
            content = statement_markdown(
                str(config.site_name), str(config.site_url or ""), data, self.results
            )
        # Linked from every page's footer rather than from the navigation.
        inclusion = InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, self.config.page, content=content, inclusion=inclusion))
        return files
