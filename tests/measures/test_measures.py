"""Measuring success from data: the chart everyone can read, its table and CSV, the
actions with their status in words, and every bad value at its file and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from strategy_site.a11y.checks.site import check_site
from strategy_site.a11y.config import A11yConfig
from strategy_site.a11y.toolchain.setup import Toolchain
from strategy_site.build import build
from strategy_site.measures.chart import Series, describe, line_chart, nice_top
from strategy_site.measures.easy import easy_measures_page
from strategy_site.measures.model import Action, Indicator, Value
from strategy_site.problems import BuildFailed

from ..a11y.conftest import toolchain
from ..conftest import TinyProject

__all__ = ["toolchain"]

INDICATORS = """\
indicators:
  - id: assessment-wait
    title: Weeks children wait for an assessment
    priority: first
    unit: weeks
    better: lower
    source: Tiny Council records
    comparison: England
    easy_title: How long children wait
    easy_words: children waited {value}
    easy_comparison: in England, children waited {value}
"""
CSV = "period,value,comparison\n2022,21,18\n2023,17,17.5\n2024,14,16\n"
ACTIONS = """\
as_of: 2022-11-30
actions:
  - id: steering-group
    priority: first
    what: Set up a steering group
    lead: The council
    due: 2022-12
    status: done
    easy_what: start a group to lead the plan
  - id: data
    priority: first
    what: Build better data
    lead: Partners
    due: 2023
    status: on track
    easy_what: get better facts
"""

WAIT = Series("Leeds", (("2022", 21.0), ("2023", 17.0), ("2024", 14.0)))
ENGLAND = Series("England", (("2022", 18.0), ("2023", 17.5), ("2024", 16.0)))


def test_the_chart_is_an_image_with_a_title_and_the_trend_in_words() -> None:
    svg = line_chart("chart-wait", "Weeks children wait", [WAIT, ENGLAND], "weeks", "lower")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 300" ')
    assert 'role="img" aria-labelledby="chart-wait-title chart-wait-desc"' in svg
    assert '<title id="chart-wait-title">Weeks children wait</title>' in svg
    assert (
        '<desc id="chart-wait-desc">Weeks children wait: for Leeds, it went down from 21 weeks '
        "in 2022 to 14 weeks in 2024. For England, it went down from 18 weeks in 2022 to 16 "
        "weeks in 2024. In 2024, it was lower for Leeds than for England. Lower is better.</desc>"
    ) in svg
    # words are text, each series is named where it ends, and told apart by more than colour
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert {"2022", "2023", "2024", "Leeds", "England", "Values in weeks"} <= set(texts)
    assert svg.count("<polyline") == 2 and 'stroke-dasharray="8 5"' in svg
    assert svg.count("<circle") == 3 and svg.count("<rect") == 3
    assert "<script" not in svg and "<path" not in svg


def test_the_same_values_give_the_same_bytes() -> None:
    one = line_chart("c", "T", [WAIT, ENGLAND], "weeks", "lower")
    assert one == line_chart("c", "T", [WAIT, ENGLAND], "weeks", "lower")


@pytest.mark.parametrize(
    ("points", "words"),
    [
        ((("2022", 3.0), ("2024", 3.0)), "T: for Leeds, it stayed at 3 pupils from 2022 to 2024."),
        ((("2023", 2.5),), "T: for Leeds, it was 2.5 pupils in 2023."),
        ((("2022", 1200.0), ("2024", 1450.0)),
         "T: for Leeds, it went up from 1,200 pupils in 2022 to 1,450 pupils in 2024."),
    ],
)  # fmt: skip
def test_the_description_says_the_change(points: tuple[tuple[str, float], ...], words: str) -> None:
    described = describe("T", [Series("Leeds", points)], "pupils", "higher")
    assert described == words + " Higher is better."


def test_the_value_axis_ends_at_a_round_number() -> None:
    assert nice_top(21) == (25.0, 5.0)
    assert nice_top(96) == (100.0, 20.0)
    assert nice_top(0.8) == (0.8, 0.2)


@pytest.fixture
def measured(tiny: TinyProject) -> TinyProject:
    # with the safety plugin, as the Leeds site has: nothing the build writes is dropped
    tiny.write("mkdocs.yml", tiny.read("mkdocs.yml").replace(
        "  - strategy/comms\n", "  - strategy/comms\n  - strategy/measures\n"
    ).replace("  - strategy/pages\n", "  - strategy/safety\n  - strategy/pages\n", 1))  # fmt: skip
    tiny.write("measures/indicators.yml", INDICATORS)
    tiny.write("measures/assessment-wait.csv", CSV)
    tiny.write("measures/actions.yml", ACTIONS)
    return tiny


def test_the_page_has_the_chart_the_table_the_csv_and_the_actions(measured: TinyProject) -> None:
    build(measured.config, check_a11y=False)
    page = measured.read("site/how-we-are-doing/index.html")
    assert '<figure class="chart-figure">' in page
    assert re.search(
        r'<img alt="Line chart: Weeks children wait for an assessment" height="300" '
        r'src="\.\./data/assessment-wait\.svg" width="480" />',
        page,
    )
    assert (
        "<figcaption>Weeks children wait for an assessment: for Leeds, it went down from 21 "
        "weeks in 2022 to 14 weeks in 2024. For England, it went down from 18 weeks in 2022 to "
        "16 weeks in 2024. In 2024, it was lower for Leeds than for England. Lower is better. "
        "Source: Tiny Council records.</figcaption>"
    ) in page
    svg = measured.read("site/data/assessment-wait.svg")
    assert (
        'role="img" aria-labelledby="chart-assessment-wait-title chart-assessment-wait-desc"' in svg
    )
    assert "<caption>Weeks children wait for an assessment, by period (weeks)</caption>" in page
    assert re.search(r"<th[^>]*>Leeds</th>", page) and re.search(r"<th[^>]*>England</th>", page)
    csv = measured.read("site/data/assessment-wait.csv")
    assert csv == CSV
    assert (
        f'href="../data/assessment-wait.csv">Download the figures for Weeks children wait for '
        f"an assessment (CSV, {len(CSV)} bytes)</a>"
    ) in page
    assert "1 of 2 actions done. Statuses as at 30 November 2022." in page
    assert re.search(r'<strong class="status-tag status-tag--done">Done</strong>: Set up', page)
    priority = measured.read("site/priorities/first/index.html")
    assert ">How we are doing</h2>" in priority and "../../data/assessment-wait.svg" in priority
    # two builds, the same chart bytes
    build(measured.config, check_a11y=False)
    assert measured.read("site/how-we-are-doing/index.html") == page
    assert measured.read("site/data/assessment-wait.svg") == svg


@pytest.mark.parametrize(
    ("file", "text", "line", "what"),
    [
        ("measures/assessment-wait.csv", "period,value,comparison\n2022,21,18\n2023,soon,17\n", 3,
         "the value 'soon' is not a number"),
        ("measures/assessment-wait.csv", "period,value\n2022,21\n", 1,
         "the first line is 'period,value', not the column names"),
        ("measures/assessment-wait.csv", "period,value,comparison\n2022,21,18\n2022,20,17\n", 3,
         "period '2022' is on an earlier line too"),
        ("measures/indicators.yml", INDICATORS.replace("priority: first", "priority: fist"), 4,
         "'priority' is 'fist', which is not one of the priority pages"),
        ("measures/indicators.yml", INDICATORS + INDICATORS.split("\n", 1)[1], 12,
         "id 'assessment-wait' is also the id of the entry at line 2"),
        ("measures/actions.yml", ACTIONS.replace("status: done", "status: finished"), 8,
         "'status' is 'finished', which is not one of the statuses"),
        ("measures/actions.yml", ACTIONS.replace("due: 2023\n", "due: next year\n"), 14,
         "'due' is 'next year', not a date"),
    ],
)  # fmt: skip
def test_bad_data_is_one_line_with_file_and_line(
    measured: TinyProject, file: str, text: str, line: int, what: str
) -> None:
    measured.write(file, text)
    with pytest.raises(BuildFailed) as failed:
        build(measured.config, check_a11y=False)
    assert [(p.file, p.line, p.what) for p in failed.value.problems] == [(file, line, what)]


@pytest.mark.a11y
def test_a_page_with_a_chart_passes_the_accessibility_gate(
    measured: TinyProject, toolchain: Toolchain, tmp_path: Path
) -> None:
    config = measured.read("mkdocs.yml") + "extra_css:\n  - assets/strategy.css\n"
    measured.write("mkdocs.yml", config)
    build(measured.config, check_a11y=False)
    result = check_site(measured.root / "site", tmp_path, toolchain, A11yConfig(cache=False))
    assert result.failures == ()
    found = [(i.page, i.runner, i.code, i.message) for i in result.errors]
    mine = [f for f in found if f[0] in ("/how-we-are-doing/", "/priorities/first/")]
    assert mine == [], "\n".join(map(str, mine))
    assert {"/how-we-are-doing/", "/priorities/first/"} <= {i.page for i in result.issues}


def test_an_update_names_the_actions_it_reports_on(measured: TinyProject) -> None:
    measured.update("board", date="2022-11-30", actions="[steering-group]")
    build(measured.config, check_a11y=False)
    page = measured.read("site/how-we-are-doing/index.html")
    assert re.search(r'Update: <a href="\.\./updates/board/">Board</a>', page)


def test_an_update_naming_an_unknown_action_is_one_line(measured: TinyProject) -> None:
    measured.update("board", date="2022-11-30", actions="[steering-grup]")
    with pytest.raises(BuildFailed) as failed:
        build(measured.config, check_a11y=False)
    assert [(p.file, p.line, p.what) for p in failed.value.problems] == [
        (
            "content/updates/board.md",
            7,
            "'actions' names 'steering-grup', which is not an action in measures/actions.yml",
        )
    ]


YOU_SAID = """\
entries:
  - said: Families told us that waiting is hard.
    did: We set up a steering group.
    when: 2022-11
    links: [priorities/first.md]
    easy_said: Waiting is hard.
    easy_did: We started a new group to help.
"""


def test_you_said_we_did_on_both_sites(measured: TinyProject) -> None:
    measured.write("measures/you-said.yml", YOU_SAID)
    easy = measured.read("mkdocs.easy-read.yml").replace(
        "  - strategy/easy_read\n",
        "  - strategy/measures:\n      style: easy\n  - strategy/easy_read\n",
    )
    measured.write("mkdocs.easy-read.yml", easy)
    build(measured.config, check_a11y=False)
    full = measured.read("site/you-said-we-did/index.html")
    assert "<strong>You said:</strong> Families told us that waiting is hard." in full
    assert "<strong>We did:</strong> We set up a steering group." in full
    assert '<a href="../priorities/first/">First priority</a>' in full
    plain = measured.read("site/easy-read/you-said-we-did/index.html")
    assert "You said: Waiting is hard." in plain
    assert "We did this in November 2022." in plain
    assert 'Read <a href="../priorities/first/">First thing</a>.' in plain
    assert plain.count('class="idea"') == 3  # the introduction, what you said, what we did


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        (YOU_SAID.replace("when: 2022-11", "when: soon"), 4, "'when' is 'soon', not a date"),
        (YOU_SAID.replace("priorities/first.md", "priorities/fist.md"), 5,
         "'links' names 'priorities/fist.md', which is not a page of the site"),
        (YOU_SAID.replace("    did: We set up a steering group.\n", ""), 2, "entry 1 has no 'did'"),
    ],
)  # fmt: skip
def test_a_bad_you_said_entry_is_one_line(
    measured: TinyProject, text: str, line: int, what: str
) -> None:
    measured.write("measures/you-said.yml", text)
    with pytest.raises(BuildFailed) as failed:
        build(measured.config, check_a11y=False)
    assert [(p.file, p.line, p.what) for p in failed.value.problems] == [
        ("measures/you-said.yml", line, what)
    ]


def _indicator(values: tuple[Value, ...], **easy: str) -> Indicator:
    return Indicator(
        "wait", "Weeks children wait", "first", "weeks", "lower", "Records", values=values,
        comparison="England", easy_title="How long children wait", **easy,
    )  # fmt: skip


WAITS = (Value("2022", 21.0, 18.0), Value("2023", 17.0, 17.5), Value("2024", 14.0, 16.0))


def test_easy_read_gives_a_big_number_and_sentences_not_a_chart() -> None:
    words = {"easy_words": "children waited {value}",
             "easy_comparison": "in England, children waited {value}"}  # fmt: skip
    page = easy_measures_page("How we are doing", {"first": "First thing"},
                              [_indicator(WAITS, **words)], [])  # fmt: skip
    assert "## First thing\n" in page and "### How long children wait\n" in page
    assert "/// idea | A chart going down\n    icon: material/trending-down\n" in page
    assert (
        "14 weeks\n{: .big-number }\n\nIn 2024, children waited 14 weeks.\n\n"
        "In 2022, children waited 21 weeks.\n\nIn 2024, in England, children waited 16 weeks."
        "\n\nThis is better.\n///"
    ) in page
    assert "<svg" not in page and "<img" not in page
    # waiting longer is worse; a percentage written in words is said as it is, once
    longer = (Value("2022", 14.0), Value("2024", 21.0))
    assert "This is worse." in easy_measures_page("T", {"first": "F"},
                                                  [_indicator(longer, **words)], [])  # fmt: skip
    half = easy_measures_page(
        "T",
        {"first": "F"},
        [_indicator((Value("2021", 53.5),), easy_words="about half of disabled people had a job")],
        [],
    )
    assert "In 2021, about half of disabled people had a job.\n///" in half
    assert "big-number" not in half and "53.5" not in half
    # no figures yet, and an indicator with no easy read words is left out
    assert "We do not have the numbers yet." in easy_measures_page(
        "T", {"first": "F"}, [_indicator(())], []
    )
    assert "###" not in easy_measures_page("T", {"first": "F"}, [_indicator(WAITS)], [])


@pytest.mark.parametrize(
    ("statuses", "count", "said"),
    [
        (("done",), "We said we would do 1 thing.\n\nWe have done it.", "We have done it."),
        (("on track", "not started"), "We have not done any of them yet.",
         "We are doing it now."),
        (("done", "delayed"), "We have done 1 of them.", "It is late. We are still doing it."),
        (("at risk", "at risk"), "We have not done any", "We are doing it. It might be late."),
    ],
)  # fmt: skip
def test_easy_read_actions_say_what_we_said_and_how_far_it_got(
    statuses: tuple[str, ...], count: str, said: str
) -> None:
    actions = [
        Action(f"a{n}", "first", "Do it", "Us", "", status, easy_what="start a group")
        for n, status in enumerate(statuses)
    ]
    page = easy_measures_page("T", {"first": "F"}, [], actions)
    assert count in page
    assert f"We said we would start a group.\n\n{said}\n///" in page
    assert page.count("We said we would start a group.") == len(statuses)


def test_the_easy_read_site_has_its_own_how_we_are_doing(measured: TinyProject) -> None:
    easy = (
        measured.read("mkdocs.easy-read.yml")
        .replace(
            "  - strategy/easy_read\n",
            "  - strategy/measures:\n      style: easy\n  - strategy/easy_read\n",
        )
        .replace("  - strategy/pages\n", "  - strategy/safety\n  - strategy/pages\n", 1)
    )
    measured.write("mkdocs.easy-read.yml", easy)
    build(measured.config, check_a11y=False)
    page = measured.read("site/easy-read/how-we-are-doing/index.html")
    assert '<p class="big-number">14 weeks</p>' in page
    assert "<p>In 2024, children waited 14 weeks.</p>" in page
    assert "<p>This is better.</p>" in page
    assert "<p>We said we would start a group to lead the plan.</p>" in page
    assert "<p>We have done 1 of them.</p>" in page
    assert page.count('class="idea"') == 5  # introduction, count, figure, two actions
    assert "<img" not in page  # no chart: the numbers are words


@pytest.mark.parametrize(
    ("old", "new", "line", "what"),
    [
        ("easy_words: children waited {value}", "easy_words: children waited {valeu}", 10,
         "'easy_words' must have {value} once, where the number goes, and no other braces"),
        ("in England, children waited {value}", "in England, {value} and {value}", 11,
         "'easy_comparison' must have {value} once, where the number goes, and no other braces"),
    ],
)  # fmt: skip
def test_a_bad_easy_read_sentence_is_one_line(
    measured: TinyProject, old: str, new: str, line: int, what: str
) -> None:
    measured.write("measures/indicators.yml", INDICATORS.replace(old, new))
    with pytest.raises(BuildFailed) as failed:
        build(measured.config, check_a11y=False)
    assert [(p.file, p.line, p.what) for p in failed.value.problems] == [
        ("measures/indicators.yml", line, what)
    ]


def test_what_easy_read_leaves_out_is_a_warning_at_its_line(measured: TinyProject) -> None:
    measured.write("measures/indicators.yml", INDICATORS.replace(
        "    easy_title: How long children wait\n", ""))  # fmt: skip
    measured.write("measures/actions.yml", ACTIONS.replace("    easy_what: get better facts\n", ""))
    summary = build(measured.config, check_a11y=False)
    assert [(w.file, w.line, w.what) for w in summary.warnings
            if w.rule == "measures/no-easy-words"] == [
        ("measures/indicators.yml", 2, "indicator 'assessment-wait' has no easy read words, "
         "so the easy read page leaves it out"),
        ("measures/actions.yml", 10, "action 'data' has no easy read words, "
         "so the easy read page leaves it out"),
    ]  # fmt: skip
