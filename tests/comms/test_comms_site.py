"""The comms pack of a tiny real project: files written, repeatable, safe, and checked."""

from __future__ import annotations

import csv
import email
import io
import re
from email import policy

import pytest
from click.testing import CliRunner

from strategy_site.build import build
from strategy_site.cli import cli
from strategy_site.comms.pack import pack_pages
from strategy_site.problems import BuildFailed

from ..conftest import TinyProject

POSTS = ["x", "bluesky", "mastodon", "facebook", "linkedin", "instagram"]
HOSTILE = (
    "Hello <script>alert('boo')</script> world.\n\n"
    "A [bad link](javascript:alert(1)) and a [good one](../priorities/first.md).\n\n"
    '<a href="JaVaScRiPt:alert(2)" onclick="alert(3)">raw</a>'
)


@pytest.fixture
def built(tiny: TinyProject) -> TinyProject:
    tiny.write("comms/channels.yml", 'hashtags: ["#EveryonesIncluded"]\n')
    tiny.update("survey", date="2019", audiences="[families, partners]")
    tiny.update(
        "board",
        date="2022-11-08",
        image="chart.png",
        image_alt="A bar chart of what families told us",
        title='"The board approves the strategy, after a very long meeting about everything"',
    )
    tiny.write("content/updates/chart.png", "not really a png")
    tiny.update("scrutiny", date="2022-11-30", social='{facebook: "Our own words for the group."}')
    tiny.update("secret", date="2023-01-05", draft="true")
    build(tiny.config, check_a11y=False)
    return tiny


def _pack(project: TinyProject) -> dict[str, bytes]:
    root = project.root / "dist/comms"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_writes_every_file_of_the_pack(built: TinyProject) -> None:
    files = set(_pack(built))
    for slug in ("survey", "board", "scrutiny"):
        expected = {f"{slug}/{c}.txt" for c in POSTS}
        expected |= {f"{slug}/bulletin.{s}" for s in ("html", "txt", "eml")}
        assert expected <= files
    assert {f"board/{c}.alt.txt" for c in POSTS} <= files
    assert not any(f.startswith("survey/") and f.endswith(".alt.txt") for f in files)
    assert not any("secret" in f for f in files)
    assert {"index.html", "schedule.csv"} <= files
    assert not (built.root / "site/dist").exists() and not (built.root / "site/comms").exists()


def test_posts_link_with_utm_and_respect_overrides(built: TinyProject) -> None:
    x = built.read("dist/comms/board/x.txt")
    assert (
        "https://tiny.example.org/updates/board/"
        "?utm_source=x&utm_medium=social&utm_campaign=tiny-strategy" in x
    )
    assert x.rstrip().endswith("#EveryonesIncluded")
    assert built.read("dist/comms/board/x.alt.txt") == "A bar chart of what families told us\n"
    assert built.read("dist/comms/scrutiny/facebook.txt").startswith("Our own words for the group.")
    assert "link in bio" in built.read("dist/comms/board/instagram.txt")


def test_schedule_has_one_row_per_post_in_time_order(built: TinyProject) -> None:
    rows = list(csv.DictReader(io.StringIO(built.read("dist/comms/schedule.csv"))))
    assert list(rows[0]) == ["datetime", "channel", "text", "link", "image", "alt_text"]
    assert len(rows) == 3 * len(POSTS)
    assert [r["datetime"] for r in rows[:: len(POSTS)]] == [
        "2019-01-01T10:00:00+00:00",
        "2022-11-08T10:00:00+00:00",
        "2022-11-30T10:00:00+00:00",
    ]
    assert [r["channel"] for r in rows[: len(POSTS)]] == POSTS
    assert rows[6]["image"] == "https://tiny.example.org/updates/chart.png"
    assert rows[6]["alt_text"] == "A bar chart of what families told us"


def test_preview_shows_counts_limits_alt_text_and_bulletins(built: TinyProject) -> None:
    html = built.read("dist/comms/index.html")
    assert '<html lang="en-GB"' in html and html.count("<h1") == 1 and "<main>" in html
    assert "<script" not in html
    assert re.search(r"\d+ of 280 weighted characters", html)
    assert re.search(r"\d+ of 300 graphemes", html)
    assert "A bar chart of what families told us" in html
    assert 'href="board/bulletin.html"' in html
    assert html.count("<caption>") == 3
    assert "The sender&#39;s address is a placeholder" in html or "placeholder" in html
    assert pack_pages(built.root / "dist/comms") == [
        "index.html",
        "board/bulletin.html",
        "scrutiny/bulletin.html",
        "survey/bulletin.html",
    ]


def test_eml_opens_as_a_ready_message(built: TinyProject) -> None:
    message = email.message_from_bytes(
        (built.root / "dist/comms/scrutiny/bulletin.eml").read_bytes(), policy=policy.default
    )
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Subject"] == "Scrutiny"
    assert message["Date"] == "Wed, 30 Nov 2022 10:00:00 +0000"
    assert str(message["From"]) == "Tiny strategy <comms@example.org>"


def test_building_twice_gives_identical_files(built: TinyProject) -> None:
    first = _pack(built)
    build(built.config, check_a11y=False)
    assert _pack(built) == first


def test_hostile_markdown_never_reaches_the_pack(tiny: TinyProject) -> None:
    tiny.update(
        "hostile",
        body=HOSTILE,
        title='"Sneaky <script>alert(4)</script> title"',
        summary='"A summary with <script>alert(5)</script> and javascript:alert(6) in it."',
    )
    build(tiny.config, check_a11y=False)
    for name, data in _pack(tiny).items():
        text = data.decode("utf-8", errors="replace").lower()
        assert "<script" not in text, name
        assert "&lt;script" not in text, name
        assert "javascript:" not in text, name
        assert "alert(" not in text, name
        assert "onclick" not in text, name
    bulletin = tiny.read("dist/comms/hostile/bulletin.html")
    assert "bad link" in bulletin and "raw" in bulletin  # the words stay, without their links
    assert not re.search(r"<a[^>]*>(bad link|raw)</a>", bulletin)
    assert 'href="https://tiny.example.org/priorities/first/?utm_source=bulletin' in bulletin


def test_too_long_override_fails_the_build(tiny: TinyProject) -> None:
    tiny.update("long", social="{mastodon: " + "'" + "Far too long. " * 40 + "'}")
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)
    [problem] = [p for p in failed.value.problems if "Mastodon" in p.what]
    assert problem.file == "content/updates/long.md"
    assert problem.line == 7
    assert re.fullmatch(
        r"the Mastodon post is \d{3} characters, over the limit of 500", problem.what
    )
    assert not (tiny.root / "dist/comms/long").exists()


def test_bad_channels_file_and_template_fail_with_their_lines(tiny: TinyProject) -> None:
    tiny.update("board")
    tiny.write("comms/channels.yml", "channels: [x]\nlimits:\n  x: 999\n")
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)
    assert [(p.file, p.line) for p in failed.value.problems] == [("comms/channels.yml", 3)]

    tiny.write("comms/channels.yml", "channels: [x]\n")
    tiny.write("comms/templates/x.txt.j2", "{{ title }}\n{{ link | nonsense }}\n")
    with pytest.raises(BuildFailed) as failed:
        build(tiny.config, check_a11y=False)
    [problem] = failed.value.problems
    assert (problem.file, problem.line) == ("comms/templates/x.txt.j2", 2)
    assert "nonsense" in problem.what


def test_bulletin_command_writes_a_digest_kept_by_later_builds(built: TinyProject) -> None:
    preview = built.root / "dist/comms/index.html"
    assert "There are no digests yet." in preview.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["bulletin", "--since", "2022-10-01", "--until", "2022-12-31"])
    assert result.exit_code == 0, result.output
    folder = built.root / "dist/comms/digest-2022-10-01-2022-12-31"
    html = (folder / "bulletin.html").read_text(encoding="utf-8")
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == [
        "Scrutiny",
        "The board approves the strategy, after a very long meeting about everything",
    ]
    assert "Survey" not in html
    assert (folder / "bulletin.txt").is_file() and (folder / "bulletin.eml").is_file()
    assert "digest-2022-10-01-2022-12-31/bulletin.html" in pack_pages(built.root / "dist/comms")

    listed = (
        '<a href="digest-2022-10-01-2022-12-31/bulletin.html">'
        "digest of 1 October 2022 to 31 December 2022 as a web page</a>"
    )
    assert listed in preview.read_text(encoding="utf-8")

    build(built.config, check_a11y=False)
    assert (folder / "bulletin.html").read_text(encoding="utf-8") == html
    assert listed in preview.read_text(encoding="utf-8")
    assert "There are no digests yet." not in preview.read_text(encoding="utf-8")


def test_bulletin_command_with_no_updates_in_range(built: TinyProject) -> None:
    result = CliRunner().invoke(cli, ["bulletin", "--since", "2030-01-01", "--until", "2030-12-31"])
    assert result.exit_code == 1
    assert "no published update is dated from 2030-01-01 to 2030-12-31" in result.output
