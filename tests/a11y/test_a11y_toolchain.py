"""Finding Node.js, npm, Chromium and a fresh node_modules, without touching the network."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from strategy_site.a11y.errors import ToolchainError
from strategy_site.a11y.toolchain.chromium import find_chromium, from_cache, from_env, from_system
from strategy_site.a11y.toolchain.node import (
    NodeRuntime,
    is_usable,
    npm_command,
    parse_node_version,
)
from strategy_site.a11y.toolchain.procs import run_step
from strategy_site.a11y.toolchain.setup import (
    PA11Y_CI_BIN,
    STAMP_NAME,
    ensure_packages,
    lock_digest,
    needs_install,
)


def executable(path: Path, text: str = "#!/bin/sh\nexit 0\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("v20.20.2\n", (20, 20, 2)),
        ("v22.20.0", (22, 20, 0)),
        ("18.19.1", (18, 19, 1)),
        ("v23.0.0-nightly2024", (23, 0, 0)),
        ("node: not found", None),
        ("", None),
    ],
)
def test_parse_node_version(text: str, expected: tuple[int, int, int] | None) -> None:
    assert parse_node_version(text) == expected


@pytest.mark.parametrize(
    ("version", "usable"),
    [
        ("v18.20.0", False),
        ("v20.0.0", False),
        ("v20.18.3", False),
        ("v20.19.0", True),
        ("v22.20.0", True),
        ("garbage", False),
    ],
)
def test_is_usable(tmp_path: Path, version: str, usable: bool) -> None:
    node = executable(tmp_path / "node", f"#!/bin/sh\necho {version}\n")
    assert is_usable(node) is usable


def test_missing_node_is_not_usable(tmp_path: Path) -> None:
    assert is_usable(tmp_path / "node") is False
    assert is_usable(None) is False


def test_npm_cli_beside_node(tmp_path: Path) -> None:
    node = executable(tmp_path / "bin" / "node")
    cli = executable(tmp_path / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js")
    assert npm_command(node, which=lambda _: None) == (str(node), str(cli))


def test_npm_js_on_path_runs_under_our_node(tmp_path: Path) -> None:
    node = executable(tmp_path / "a" / "bin" / "node")
    cli = executable(tmp_path / "b" / "npm-cli.js")
    link = tmp_path / "b" / "npm"
    link.symlink_to(cli)
    assert npm_command(node, which=lambda _: str(link)) == (str(node), str(cli))


def test_npm_wrapper_on_path(tmp_path: Path) -> None:
    node = executable(tmp_path / "a" / "bin" / "node")
    npm = executable(tmp_path / "b" / "npm")
    assert npm_command(node, which=lambda _: str(npm)) == (str(npm),)


def test_no_npm_is_one_clear_error(tmp_path: Path) -> None:
    node = executable(tmp_path / "bin" / "node")
    with pytest.raises(ToolchainError, match=r"npm not found .*\(fix: "):
        npm_command(node, which=lambda _: None)


def test_env_chromium_wins_in_order(tmp_path: Path) -> None:
    mine = executable(tmp_path / "mine")
    theirs = executable(tmp_path / "theirs")
    env = {"PUPPETEER_EXECUTABLE_PATH": str(theirs), "STRATEGY_SITE_CHROMIUM": str(mine)}
    assert from_env(env) == mine
    assert from_env({"CHROME_PATH": str(theirs)}) == theirs
    assert from_env({}) is None


def test_wrong_env_chromium_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ToolchainError, match=r"STRATEGY_SITE_CHROMIUM=.* is not an executable"):
        from_env({"STRATEGY_SITE_CHROMIUM": str(tmp_path / "nope")})


def test_system_chromium(tmp_path: Path) -> None:
    debian = tmp_path / "usr-bin-chromium"
    other = executable(tmp_path / "google-chrome")

    def which(name: str) -> str | None:
        return str(other) if name == "google-chrome" else None

    assert from_system(which, fixed=debian) == other
    executable(debian)
    assert from_system(which, fixed=debian) == debian
    assert from_system(lambda _: None, fixed=tmp_path / "none") is None


def test_puppeteer_cache(tmp_path: Path) -> None:
    assert from_cache(tmp_path) is None
    shell = "chrome-headless-shell/linux-{v}/chrome-headless-shell-linux64/chrome-headless-shell"
    executable(tmp_path / shell.format(v="130.0.1"))
    newest = executable(tmp_path / shell.format(v="131.0.2"))
    assert from_cache(tmp_path) == newest
    mine = executable(tmp_path / "mine")
    env = {"PUPPETEER_CACHE_DIR": str(tmp_path), "STRATEGY_SITE_CHROMIUM": str(mine)}
    assert find_chromium(env, lambda _: None, tmp_path / "home") == mine


def scripts(tmp_path: Path) -> Path:
    (tmp_path / "package.json").write_text("{}", encoding="utf-8")
    (tmp_path / "package-lock.json").write_text('{"lockfileVersion": 3}', encoding="utf-8")
    return tmp_path


def test_needs_install_until_stamped(tmp_path: Path) -> None:
    root = scripts(tmp_path)
    assert needs_install(root)
    executable(root / PA11Y_CI_BIN)
    assert needs_install(root)  # no stamp yet
    (root / "node_modules" / STAMP_NAME).write_text(lock_digest(root) + "\n", encoding="utf-8")
    assert not needs_install(root)
    (root / "package-lock.json").write_text('{"lockfileVersion": 3, "x": 1}', encoding="utf-8")
    assert needs_install(root)  # the lock changed


def test_missing_package_json_is_one_clear_error(tmp_path: Path) -> None:
    runtime = NodeRuntime(node=Path("/bin/true"), npm=("/bin/true",), source="test")
    with pytest.raises(ToolchainError, match=r"package\.json is missing \(fix: "):
        ensure_packages(runtime, tmp_path, print)


def test_run_step_errors_are_one_line(tmp_path: Path) -> None:
    failing = executable(
        tmp_path / "fail", "#!/bin/sh\necho noise\necho 'E: it broke' >&2\nexit 3\n"
    )
    with pytest.raises(ToolchainError) as info:
        run_step([failing], what="thing", fix="do this")
    assert str(info.value) == "thing failed: E: it broke (fix: do this)"
    with pytest.raises(ToolchainError, match=r"^thing failed: .*nope not found \(fix: do this\)$"):
        run_step([tmp_path / "nope"], what="thing", fix="do this")
