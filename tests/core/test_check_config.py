"""`supportdesk --check-config`: one line per check, what is wrong in words IT acts on, and
a non-zero exit when anything is.

Real TLS on loopback: a private CA (the config's `ca_bundle`) and leaf certificates made here,
served by a TLS front that records what reaches it and passes it on to the real reference
server (or answers 502 when it has none).
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from supportdesk import checkconfig
from supportdesk.checkconfig import OK, PROBLEM, SKIPPED, WARNING

from ..helpers.tls import PrivateCa, tls_front, unrelated_pin

CHECKS = ["config file", "settings", "backend", "allow-list", "DNS", "TLS", "certificate",
          "expiry", "pins", "health"]


@pytest.fixture
def ca(tmp_path) -> PrivateCa:
    return PrivateCa(tmp_path)


def write_config(folder: Path, **settings: object) -> Path:
    lines = []
    for key, value in settings.items():
        if isinstance(value, list | tuple):
            value = "[" + ", ".join(f'"{v}"' for v in value) + "]"
        elif isinstance(value, str | Path):
            value = f'"{value}"'
        lines.append(f"{key} = {value}")
    path = folder / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(path: Path) -> tuple[int, str, dict[str, tuple[str, str]]]:
    """The exit code, the printed text, and each check's (status, text)."""
    out = io.StringIO()
    report = checkconfig.check(path)
    code = checkconfig.render(report, out)
    return code, out.getvalue(), {f.check: (f.status, f.text) for f in report.findings}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_good_set_up_passes_through_the_real_entry_point_without_qt_or_credentials(
        ca, live_server, tmp_path):
    leaf = ca.issue()
    with tls_front(leaf, live_server.url) as front:
        path = write_config(tmp_path, backend_url=front.url(), allowed_hosts=["127.0.0.1"],
                            ca_bundle=ca.bundle, pins=[unrelated_pin(), leaf.pin])
        script = Path(sys.executable).with_name("supportdesk")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "supportdesk"]
        env = {**os.environ, "SUPPORTDESK_CONFIG": str(path), "PYTHONPROFILEIMPORTTIME": "1",
               "QT_QPA_PLATFORM": "nonexistent-platform"}
        done = subprocess.run([*command, "--check-config"], capture_output=True, text=True,
                              timeout=120, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "All checks passed."
    assert [line.split()[0] for line in lines[1:-1]] == [OK] * len(CHECKS)
    assert f"read {path}" in done.stdout
    assert f"the live certificate matches pin {leaf.pin}" in done.stdout
    assert "status ok" in done.stdout and "expiry" in done.stdout
    assert "PySide6" not in done.stderr  # -X importtime lists every module imported
    # Only the health check reached the backend, and with no credentials.
    assert [(seen.method, seen.path, seen.authorization) for seen in front.received] \
        == [("GET", "/api/v1/health", None)]


def test_without_pins_it_passes_and_offers_the_live_pin(ca, live_server, tmp_path):
    leaf = ca.issue()
    with tls_front(leaf, live_server.url) as front:
        code, text, checks = run(write_config(tmp_path, backend_url=front.url(),
                                              ca_bundle=ca.bundle))
    assert code == 0 and text.endswith("All checks passed.\n")
    assert checks["pins"] == (OK, f'none set (optional); to pin this key add pins = '
                                  f'["{leaf.pin}"]')
    assert checks["allow-list"][1] == ("allowed_hosts not set: only the backend's own host "
                                       "127.0.0.1 is allowed")


@pytest.mark.parametrize(("text", "words"), [
    ("backend_url = ", "is not valid TOML"),
    ('backend_url = "https://sd.example.com"\nbakend = 1', "Unknown setting(s)"),
    ('backend_url = "https://sd.example.com"\nread_timeout = -1',
     "read_timeout must be a number from 0.5 to 300"),
    ('backend_url = "https://sd.example.com"\npins = ["sha256/AAAA"]',
     "is not 32 bytes of base64"),
    ("demo_members = 500", "backend_url is not set: SupportDesk would start its embedded demo"),
])
def test_a_bad_config_file_says_what_to_fix(tmp_path, text, words):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    code, printed, _ = run(path)
    assert code == 1
    assert words in printed and "problem(s)" in printed.splitlines()[-1]


def test_a_missing_config_file_is_named(tmp_path, monkeypatch):
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(tmp_path / "nowhere.toml"))
    out = io.StringIO()
    assert checkconfig.main(out) == 1
    assert f"SUPPORTDESK_CONFIG points to {tmp_path / 'nowhere.toml'}, which does not exist" \
        in out.getvalue()


@pytest.mark.parametrize(("url", "words"), [
    ("http://sd.example.com", "Plain HTTP is only allowed to this computer (loopback), not "
                              "to sd.example.com; use https."),
    ("https://sd.example.com@sd-example.invalid",
     "carries a user name before '@': the host it names is sd-example.invalid, not "
     "sd.example.com"),
    ("ftp://sd.example.com", "is not an http(s) URL"),
])
def test_an_address_the_app_refuses_is_named_and_nothing_is_tried(tmp_path, url, words):
    code, text, checks = run(write_config(tmp_path, backend_url=url))
    assert code == 1 and words in checks["backend"][1]
    assert checks["backend"][0] == PROBLEM
    assert {checks[name][0] for name in ("DNS", "TLS", "health")} == {SKIPPED}


def test_a_host_not_on_the_allow_list_and_look_alike_entries(ca, live_server, tmp_path):
    leaf = ca.issue()
    with tls_front(leaf, live_server.url) as front:
        url = front.url("localhost")
        code, _, checks = run(write_config(
            tmp_path, backend_url=url, ca_bundle=ca.bundle,
            allowed_hosts=["127.0.0.1", "localhost.attacker.invalid", "localhos",
                           "user@localhost", "*.example.com"]))
        assert front.received == []  # the app would refuse the host: health was not asked
    assert code == 1
    status, text = checks["allow-list"]
    assert status == PROBLEM
    assert ("the backend host localhost is not in allowed_hosts (*.example.com, 127.0.0.1, "
            "localhos, localhost.attacker.invalid, user@localhost), so SupportDesk sends "
            'nothing to it; add "localhost" if it is your backend') in text
    assert ("entry localhost.attacker.invalid looks like the backend host localhost but is "
            "another name") in text
    assert "entry localhos looks like the backend host localhost" in text
    assert "entry 'user@localhost' is not a host name" in text
    assert "entry '*.example.com' is not a host name" in text
    assert checks["TLS"][0] == OK and checks["certificate"][0] == OK
    assert checks["health"] == (SKIPPED, "SupportDesk refuses this host (see allow-list above)")


def test_an_unresolvable_name_is_a_dns_problem(tmp_path):
    code, text, checks = run(write_config(tmp_path, backend_url="https://sd-backend.invalid"))
    assert code == 1
    assert checks["DNS"][0] == PROBLEM
    assert checks["DNS"][1].startswith("the backend host sd-backend.invalid cannot be found "
                                       "in DNS")
    assert "if the name has lapsed, do not use it" in checks["DNS"][1]
    assert {checks[name][0] for name in ("TLS", "pins", "health")} == {SKIPPED}


def test_a_certificate_that_expires_soon_names_the_day(ca, live_server, tmp_path):
    leaf = ca.issue(days=12)
    date = leaf.certificate.not_valid_after_utc.date().isoformat()
    with tls_front(leaf, live_server.url) as front:
        code, text, checks = run(write_config(tmp_path, backend_url=front.url(),
                                              ca_bundle=ca.bundle))
    assert code == 1
    assert text.splitlines()[-1].startswith("1 warning(s)")
    assert checks["expiry"] == (WARNING, f"the certificate for 127.0.0.1 expires in 12 days "
                                         f"({date}); renew it.")
    assert checks["health"][0] == OK  # it still works today


def test_a_certificate_for_another_name(ca, live_server, tmp_path):
    leaf = ca.issue(("sd.example.com",))
    with tls_front(leaf, live_server.url) as front:
        code, _, checks = run(write_config(tmp_path, backend_url=front.url(),
                                           ca_bundle=ca.bundle))
        assert front.received == []
    assert code == 1
    assert checks["TLS"][0] == OK  # the chain is fine; the name is not
    assert checks["certificate"] == (PROBLEM, (
        f"the certificate of 127.0.0.1:{front.port} is for sd.example.com, not 127.0.0.1; get a "
        "certificate that names 127.0.0.1 (or use its name in backend_url)."))
    assert checks["health"][0] == SKIPPED


def test_a_certificate_from_a_ca_that_is_not_in_the_bundle(ca, live_server, tmp_path):
    other = PrivateCa(tmp_path, "Another CA")
    with tls_front(ca.issue(), live_server.url) as front:
        code, _, checks = run(write_config(tmp_path, backend_url=front.url(),
                                           ca_bundle=other.bundle))
    assert code == 1
    assert checks["TLS"][0] == PROBLEM
    assert checks["TLS"][1].startswith("the certificate of 127.0.0.1 is not trusted (")
    assert f"it must be issued by a CA in {other.bundle}" in checks["TLS"][1]


def test_a_live_certificate_that_matches_no_pin(ca, live_server, tmp_path):
    leaf = ca.issue()
    with tls_front(leaf, live_server.url) as front:
        code, _, checks = run(write_config(tmp_path, backend_url=front.url(),
                                           ca_bundle=ca.bundle, pins=[unrelated_pin()]))
        assert front.received == []  # refused before anything was sent
    assert code == 1
    assert checks["pins"] == (PROBLEM, (
        f"the live certificate of 127.0.0.1 has key {leaf.pin}, which matches none of the 1 "
        "configured pin(s): SupportDesk refuses this backend. If its key was replaced on "
        "purpose, add the new pin; otherwise the name may have been taken over: do not use "
        "it."))
    assert checks["TLS"][0] == checks["certificate"][0] == OK


def test_a_backend_whose_health_is_not_reachable(ca, tmp_path):
    with tls_front(ca.issue()) as front:  # TLS answers; nothing behind it
        code, _, checks = run(write_config(tmp_path, backend_url=front.url(),
                                           ca_bundle=ca.bundle))
    assert code == 1
    status, text = checks["health"]
    assert status == PROBLEM
    assert text.startswith(f"GET {front.url()}/api/v1/health failed: The backend failed (502)")
    assert checks["TLS"][0] == OK


def test_nothing_listening(ca, tmp_path):
    port = free_port()
    code, _, checks = run(write_config(tmp_path, backend_url=f"https://127.0.0.1:{port}",
                                       ca_bundle=ca.bundle))
    assert code == 1
    assert checks["TLS"] == (PROBLEM, (
        f"cannot connect to 127.0.0.1:{port} (Connection refused); check that the backend is "
        "running and that no firewall blocks this computer."))
    assert checks["health"][0] == SKIPPED


def test_an_expired_certificate(ca, live_server, tmp_path):
    leaf = ca.issue(days=-0.5)
    date = leaf.certificate.not_valid_after_utc.date().isoformat()
    with tls_front(leaf, live_server.url) as front:
        code, _, checks = run(write_config(tmp_path, backend_url=front.url(),
                                           ca_bundle=ca.bundle))
    assert code == 1
    assert checks["TLS"][0] == PROBLEM and "certificate has expired" in checks["TLS"][1]
    assert checks["expiry"] == (PROBLEM, f"the certificate for 127.0.0.1 expired on {date}; "
                                         "renew it.")


def test_a_training_server_on_this_computer_over_plain_http_passes(live_server, tmp_path):
    code, text, checks = run(write_config(tmp_path, backend_url=live_server.url))
    assert code == 0, text
    assert checks["backend"] == (OK, f"{live_server.url} (plain HTTP, allowed to this "
                                     "computer only)")
    assert checks["TLS"] == (SKIPPED, "the backend address is not https")
    assert checks["health"][0] == OK
