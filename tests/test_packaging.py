"""The Linux packages' layout (build_installer.py package), without freezing: a stand-in
frozen folder staged as the .deb and .tar.gz install it. Freezing and the frozen app's
self-test run in CI (.ci/run: build_installer.py freeze, smoke)."""

from __future__ import annotations

import configparser
import os
import sys
import tomllib
from pathlib import Path

import pytest

import build_installer
from supportdesk.config import LINUX_SITE_CONFIG, site_config_file


def staged(tmp_path: Path) -> Path:
    frozen = tmp_path / "frozen"
    (frozen / "_internal").mkdir(parents=True)
    exe = frozen / "supportdesk"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o700)
    (frozen / "_internal" / "data.txt").write_text("x")
    stage = tmp_path / "stage"
    build_installer._stage_linux_tree(stage, frozen)
    return stage


def test_the_package_installs_the_app_a_command_a_menu_entry_icons_and_the_config_folder(
        tmp_path):
    stage = staged(tmp_path)
    app = stage / "opt" / "supportdesk" / "supportdesk"
    assert app.stat().st_mode & 0o777 == 0o755
    assert (stage / "opt" / "supportdesk" / "_internal" / "data.txt").stat().st_mode & 0o777 \
        == 0o644
    command = stage / "usr" / "bin" / "supportdesk"
    assert command.is_symlink() and command.resolve() == app.resolve()
    assert os.readlink(command) == "../../opt/supportdesk/supportdesk"  # relative: any root
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(stage / "usr" / "share" / "applications" / "supportdesk.desktop")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Exec"], desktop["Icon"]) == (
        "Application", "supportdesk", "supportdesk")
    for size in build_installer.ICON_SIZES:
        assert (stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                / "supportdesk.png").is_file()
    etc = stage / "etc" / "supportdesk"
    assert sorted(p.name for p in etc.iterdir()) == ["README", "config.toml.example"]
    assert not (etc / "config.toml").exists()  # its absence keeps the demo; IT adds it


def test_the_config_example_lists_every_documented_key_commented_out(tmp_path):
    example = (staged(tmp_path) / "etc" / "supportdesk" / "config.toml.example").read_text()
    assert tomllib.loads(example) == {}  # all commented out: installing it changes nothing
    keys = tomllib.loads("\n".join(line.removeprefix("# ") for line in example.splitlines()
                                   if " = " in line))
    assert {"backend_url", "allowed_hosts", "ca_bundle", "pins", "idle_lock_minutes"} <= set(keys)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux location")
def test_the_app_reads_the_managed_config_where_the_package_makes_its_folder():
    assert site_config_file() == LINUX_SITE_CONFIG
    assert LINUX_SITE_CONFIG.parent == Path(build_installer.SITE_CONFIG_DIR)
