"""The managed config file, the embedded demo backend, and the command-line entry points."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from supportdesk import __version__
from supportdesk.backend import connect_configured, start_demo
from supportdesk.config import Config, load_config
from supportdesk.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_file_means_demo(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "none-either"))
    monkeypatch.delenv("SUPPORTDESK_CONFIG", raising=False)
    assert load_config().demo


def test_backend_url_turns_demo_off(tmp_path, monkeypatch):
    path = write(tmp_path, 'backend_url = "https://sd.example.com"\nread_timeout = 20\n')
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(path))
    config = load_config()
    assert not config.demo and config.backend_url == "https://sd.example.com"
    assert config.read_timeout == 20 and config.source == path
    backend = connect_configured(config)
    assert backend.label == "sd.example.com" and not backend.demo


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("backend_url = ", "not valid TOML"),
        ('backend_url = "http://sd.example.com"', "Plain HTTP"),
        ('backend_url = "https://sd.example.com"\nallowed_hosts = ["other.example.com"]',
         "allow-list"),
        ('backend_url = "https://sd.example.com"\nbakend = 1', "Unknown setting"),
        ("read_timeout = -1", "read_timeout"),
        ('ca_bundle = "/nonexistent.pem"', "ca_bundle"),
        ("allowed_hosts = 5", "allowed_hosts"),
    ],
)
def test_bad_config_is_refused_with_the_reason(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, text))


def test_the_approval_confirmation_threshold_is_managed_config(tmp_path):
    assert Config().approval_confirm_miles == 10_000  # no file: the default
    config = load_config(write(tmp_path, 'backend_url = "https://sd.example.com"\n'
                                         "approval_confirm_miles = 25000\n"))
    assert config.approval_confirm_miles == 25_000
    assert connect_configured(config).approval_confirm_miles == 25_000  # what the page gets
    with pytest.raises(ConfigError, match="approval_confirm_miles"):
        load_config(write(tmp_path, "approval_confirm_miles = -1"))


def test_missing_explicit_config_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="does not exist"):
        load_config()


@pytest.mark.slow
def test_embedded_demo_backend_seeds_once_and_serves(tmp_path):
    backend = start_demo(Config(demo_members=300), tmp_path)
    try:
        assert backend.demo and backend.client.base_url.startswith("http://127.0.0.1:")
        assert backend.client.health().demo
        backend.client.login("agent1", "demo")
        assert backend.client.get_member("992000000000018").member_number == "992000000000018"
    finally:
        backend.close()
    db_file = tmp_path / "demo" / "demo.sqlite"
    size = db_file.stat().st_size
    again = start_demo(Config(demo_members=300), tmp_path)  # reuses the seeded file
    try:
        again.client.login("agent1", "demo")
        assert again.client.search_members("992000000000018").results
    finally:
        again.close()
    assert db_file.stat().st_size >= size


def test_app_version_flag_needs_no_display():
    env = {**os.environ, "QT_QPA_PLATFORM": "nonexistent-platform"}
    done = subprocess.run([sys.executable, "-m", "supportdesk", "--version"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0
    assert done.stdout.strip() == f"SupportDesk {__version__}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_server_command_seeds_prints_its_address_and_serves(tmp_path, workers):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "supportdesk.server", "--db", str(tmp_path / "s.sqlite"),
         "--demo", "--members", "200", "--port", str(port), "--demo-password", "train",
         "--workers", str(workers)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "Demo sign-in" in line:
                break
        text = "".join(lines)
        assert f"http://127.0.0.1:{port}/api/v1" in text
        assert "'train'" in text
        for _ in range(100):
            try:
                r = requests.post(f"http://127.0.0.1:{port}/api/v1/auth/login",
                                  json={"username": "super3", "password": "train"}, timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["agent"]["role"] == "supervisor"
    finally:
        proc.terminate()
        proc.wait(20)
        proc.stdout.close()


@pytest.mark.slow
def test_outdated_demo_database_is_rebuilt(tmp_path):
    import sqlite3

    folder = tmp_path / "demo"
    folder.mkdir()
    with sqlite3.connect(folder / "demo.sqlite") as conn:
        conn.execute("CREATE TABLE agents (id INTEGER)")
        conn.execute("INSERT INTO agents VALUES (1)")
        conn.execute("PRAGMA user_version=1")
    backend = start_demo(Config(demo_members=150), tmp_path)
    try:
        backend.client.login("agent1", "demo")
        assert backend.client.get_member("992000000000018").member_number == "992000000000018"
    finally:
        backend.close()


def test_the_machine_wide_file_is_the_policy_and_no_user_file_replaces_it(tmp_path,
                                                                         monkeypatch):
    """An agent's own config.toml (or $SUPPORTDESK_CONFIG) cannot point the app at another
    backend, allow-list or pins where IT has a machine-wide file."""
    from supportdesk import config as config_module

    site = tmp_path / "etc" / "config.toml"
    user = tmp_path / "home" / "config.toml"
    for path, url in ((site, "https://sd.airline.example"), (user, "https://evil.example")):
        path.parent.mkdir(parents=True)
        path.write_text(f'backend_url = "{url}"\n', encoding="utf-8")
    monkeypatch.setattr(config_module, "site_config_file", lambda: site)
    monkeypatch.setattr(config_module, "user_config_file", lambda: user)
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(user))
    assert config_module.find_config_file() == site
    monkeypatch.delenv("SUPPORTDESK_CONFIG")
    assert config_module.find_config_file() == site
    site.unlink()  # no policy here (a training laptop): the user's own file, or the variable
    assert config_module.find_config_file() == user
