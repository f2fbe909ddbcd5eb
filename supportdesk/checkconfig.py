"""`supportdesk --check-config`: tells IT what is wrong with a workstation's set-up.

Checks, in order, and prints one line each: which managed config file is read and whether its
settings are valid; the backend address (https unless loopback); the allow-list (the backend's
host on it, no look-alike or malformed entries); DNS; a TLS handshake (chain against the
configured CA bundle or the built-in CA list, the name, days until expiry); the pins against
the live certificate; and `GET /api/v1/health` through the app's own client. Exits 1 when
anything is wrong, 0 when all is right. Never sends credentials; never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
import os
import re
import socket
import ssl
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from . import __version__
from .errors import ConfigError, SupportDeskError

EXPIRY_WARNING_DAYS = 30
TIMEOUT = 5.0  # seconds, for each connection and answer

# A warning (a certificate about to expire) works today but needs IT: it fails the check too.
OK, WARNING, PROBLEM, SKIPPED = "ok", "WARNING", "PROBLEM", "skipped"
_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
_HOST_NAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*$")


@dataclass(frozen=True)
class Finding:
    check: str
    status: str  # OK, WARNING, PROBLEM or SKIPPED
    text: str

    def line(self) -> str:
        return f"{self.status:<8} {self.check:<13} {self.text}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

    def ok(self, check: str, text: str) -> None:
        self.findings.append(Finding(check, OK, text))

    def problem(self, check: str, text: str) -> None:
        self.findings.append(Finding(check, PROBLEM, text))

    def warn(self, check: str, text: str) -> None:
        self.findings.append(Finding(check, WARNING, text))

    def skip(self, check: str, text: str) -> None:
        self.findings.append(Finding(check, SKIPPED, text))

    @property
    def problems(self) -> list[Finding]:
        """Problems and warnings: what IT must act on."""
        return [f for f in self.findings if f.status in (PROBLEM, WARNING)]


@dataclass
class _Setup:
    """What the checks need from the file, taken as far as it is usable even when another
    setting is wrong (so that one typo does not hide the next problem)."""

    url: str
    host: str
    port: int
    https: bool
    allowed_hosts: frozenset[str] | None
    allowed_hosts_invalid: bool
    ca_bundle: str | None
    pins: tuple[str, ...] | None  # None: the setting is invalid
    refused: bool  # the address itself breaks the transport rules: nothing is tried
    listed: bool = True  # the host is on the allow-list


def check(config_path: Path | None = None, *, now: dt.datetime | None = None,
          warning_days: int = EXPIRY_WARNING_DAYS, timeout: float = TIMEOUT) -> Report:
    """Run every check against the managed config (found as the app finds it)."""
    report = Report()
    setup = _check_file(report, config_path)
    if setup is None:
        return report
    _check_allow_list(report, setup)
    if setup.refused:
        for name in ("DNS", "TLS", "certificate", "expiry", "pins", "health"):
            report.skip(name, "SupportDesk refuses this address (see backend above)")
        return report
    if not _check_dns(report, setup, timeout):
        for name in ("TLS", "certificate", "expiry", "pins", "health"):
            report.skip(name, "needs the host's address (see DNS above)")
        return report
    tls_ok = _check_tls(report, setup, now or dt.datetime.now(dt.UTC), warning_days, timeout)
    _check_health(report, setup, tls_ok, timeout)
    return report


def _check_file(report: Report, config_path: Path | None) -> _Setup | None:
    import tomllib

    from .api.client import check_destination
    from .config import find_config_file, load_config, site_config_file, user_config_file

    try:
        path = config_path or find_config_file()
    except ConfigError as exc:
        report.problem("config file", f"{exc.message} Point it at the managed config file, "
                                      "or unset it.")
        return None
    if path is None:
        report.problem("config file", (
            f"no configuration file found (looked at {site_config_file()}, "
            f"$SUPPORTDESK_CONFIG and {user_config_file()}): SupportDesk would start its "
            f"embedded demo backend. Put the managed config at {site_config_file()}."))
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        report.problem("config file", f"cannot read {path}: {exc}; check that the file exists "
                                      "and that this user may read it.")
        return None
    except tomllib.TOMLDecodeError as exc:
        report.problem("config file", f"{path} is not valid TOML ({exc}); fix the line it "
                                      "names.")
        return None
    ignored = [str(p) for p in (os.environ.get("SUPPORTDESK_CONFIG"), user_config_file())
               if p and Path(p) != path and Path(p).is_file()] if path == site_config_file() \
        else []
    report.ok("config file", f"read {path}" + (
        f" (the machine-wide policy; {', '.join(ignored)} is not used)" if ignored else ""))

    url = data.get("backend_url")
    hosts = data.get("allowed_hosts")
    usable_hosts = (frozenset(h.lower() for h in hosts)
                    if isinstance(hosts, list) and hosts and all(isinstance(h, str) for h in hosts)
                    else None)
    try:
        load_config(path)
        settings_error = None
    except ConfigError as exc:
        settings_error = exc.message
    # The address and the allow-list have lines of their own below.
    said_below = set()
    for hosts_to_try in (None, usable_hosts):
        try:
            check_destination(str(url), hosts_to_try)
        except ConfigError as exc:
            said_below.add(exc.message)
    if settings_error and settings_error not in said_below:
        report.problem("settings", f"{settings_error} Fix it in {path}.")
    else:
        report.ok("settings", f"{len(data)} setting(s), all known and valid"
                  + (" (the address is checked below)" if settings_error else ""))

    if not isinstance(url, str) or not url.strip():
        report.problem("backend", "backend_url is not set: SupportDesk would start its "
                                  "embedded demo backend instead of yours. Set backend_url = "
                                  '"https://<your backend host>".')
        return None
    url = url.strip()
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        report.problem("backend", f"backend_url {url!r} has an invalid port.")
        return None
    refused = False
    if parts.username or parts.password:
        report.problem("backend", (
            f"backend_url {url!r} carries a user name before '@': the host it names is "
            f"{host or '(none)'}, not {parts.username}. Write it as https://<host>."))
        refused = True
    else:
        try:
            check_destination(url)
            kind = ("https" if parts.scheme == "https"
                    else "plain HTTP, allowed to this computer only")
            report.ok("backend", f"{url} ({kind})")
        except ConfigError as exc:
            advice = ("" if parts.scheme in ("http", "https")
                      else " Use an address such as https://sd.example.com.")
            report.problem("backend", exc.message + advice)
            refused = True
    if not host:
        return None
    pins: tuple[str, ...] | None = ()
    if "pins" in data:
        from .api.pinning import parse_pins

        try:
            pins = parse_pins(data["pins"])
        except ConfigError:
            pins = None  # said under settings
    bundle = data.get("ca_bundle")
    bundle = bundle if isinstance(bundle, str) and Path(bundle).is_file() else None
    return _Setup(url, host, port, parts.scheme == "https", usable_hosts,
                  "allowed_hosts" in data and usable_hosts is None, bundle, pins, refused)


def _check_allow_list(report: Report, setup: _Setup) -> None:
    host = setup.host
    if setup.allowed_hosts_invalid:
        report.skip("allow-list", "allowed_hosts is invalid (see settings above)")
        setup.listed = False
        return
    if setup.allowed_hosts is None:
        report.ok("allow-list", f"allowed_hosts not set: only the backend's own host {host} "
                                "is allowed")
        return
    problems = []
    if host not in setup.allowed_hosts:
        listed = ", ".join(sorted(setup.allowed_hosts))
        problems.append(f"the backend host {host} is not in allowed_hosts ({listed}), so "
                        f'SupportDesk sends nothing to it; add "{host}" if it is your backend')
        setup.listed = False
    for entry in sorted(setup.allowed_hosts):
        if not _is_host(entry):
            problems.append(f"entry {entry!r} is not a host name: write exact host names such "
                            "as sd.example.com (no scheme, port, path, user name or wildcard)")
        elif entry != host and _looks_like(entry, host):
            problems.append(f"entry {entry} looks like the backend host {host} but is another "
                            "name; remove it unless it is a backend of yours")
    if not _is_host(host):
        problems.append(f"the backend host {host} is not a plain host name; write "
                        "internationalised names in their xn-- form")
    if problems:
        report.problem("allow-list", "; ".join(problems) + ".")
    else:
        report.ok("allow-list", f"{host} is on it")


def _is_host(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return bool(_HOST_NAME.match(name))


def _looks_like(entry: str, host: str) -> bool:
    """A name that a reader would take for `host`: it contains it or is a typo away."""
    if host in entry or entry in host:
        return True
    return len(entry) > 4 and _distance(entry, host) <= 2


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def _check_dns(report: Report, setup: _Setup, timeout: float) -> bool:
    try:
        ipaddress.ip_address(setup.host)
        report.ok("DNS", f"{setup.host} is an IP address (no DNS needed)")
        return True
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(setup.host, setup.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        report.problem("DNS", (
            f"the backend host {setup.host} cannot be found in DNS ({reason}). Check the "
            "spelling in backend_url and that this computer's DNS knows the name; if the "
            "name has lapsed, do not use it until it is yours again."))
        return False
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    report.ok("DNS", f"{setup.host} resolves to {', '.join(addresses)}")
    return True


def _check_tls(report: Report, setup: _Setup, now: dt.datetime, warning_days: int,
               timeout: float) -> bool:
    """The handshake, chain, name, expiry and pins; True if the app would accept it."""
    if not setup.https:
        for name in ("TLS", "certificate", "expiry", "pins"):
            report.skip(name, "the backend address is not https")
        return True
    where = f"{setup.host}:{setup.port}"
    try:
        der = _peer_certificate(setup, ssl.CERT_NONE, timeout)
    except OSError as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        if isinstance(exc, TimeoutError):
            reason = f"no answer within {timeout:g} s"
        if isinstance(exc, ssl.SSLError):
            text = (f"{where} does not complete a TLS handshake ({exc.reason or exc}); check "
                    "that this is the backend's https port.")
        else:
            text = (f"cannot connect to {where} ({reason}); check that the backend is running "
                    "and that no firewall blocks this computer.")
        report.problem("TLS", text)
        for name in ("certificate", "expiry", "pins"):
            report.skip(name, "needs a TLS connection (see TLS above)")
        return False
    from cryptography import x509

    certificate = x509.load_der_x509_certificate(der)
    accepted = True
    bundle = (f"the configured CA bundle {setup.ca_bundle}" if setup.ca_bundle
              else "SupportDesk's built-in CA list")
    try:
        _peer_certificate(setup, ssl.CERT_REQUIRED, timeout)
        report.ok("TLS", f"handshake with {where}; the chain verifies against {bundle}")
    except ssl.SSLCertVerificationError as exc:
        advice = (f"it must be issued by a CA in {setup.ca_bundle}" if setup.ca_bundle
                  else "it must be issued by a public CA, or set ca_bundle to your company's "
                       "CA file")
        report.problem("TLS", f"the certificate of {setup.host} is not trusted "
                              f"({exc.verify_message}); {advice}.")
        accepted = False
    except OSError as exc:
        report.problem("TLS", f"the verified handshake with {where} failed ({exc}).")
        accepted = False

    names = _certificate_names(certificate)
    if _name_matches(names, setup.host):
        report.ok("certificate", f"issued to {', '.join(names)}")
    else:
        report.problem("certificate", (
            f"the certificate of {where} is for {', '.join(names) or 'no name'}, not "
            f"{setup.host}; get a certificate that names {setup.host} (or use its name in "
            "backend_url)."))
        accepted = False

    until = certificate.not_valid_after_utc
    days = math.ceil((until - now) / dt.timedelta(days=1))
    date = until.date().isoformat()
    if certificate.not_valid_before_utc > now:
        report.problem("expiry", f"the certificate for {setup.host} is only valid from "
                                 f"{certificate.not_valid_before_utc.date().isoformat()}; "
                                 "check this computer's clock.")
        accepted = False
    elif until <= now:
        report.problem("expiry", f"the certificate for {setup.host} expired on {date}; "
                                 "renew it.")
        accepted = False
    elif days < warning_days:
        report.warn("expiry", f"the certificate for {setup.host} expires in {days} days "
                                 f"({date}); renew it.")
    else:
        report.ok("expiry", f"valid until {date} ({days} days)")

    from .api.pinning import spki_pin

    live = spki_pin(der)
    if setup.pins is None:
        report.skip("pins", f"the pins setting is invalid (see settings); the live key is "
                            f"{live}")
        accepted = False
    elif not setup.pins:
        report.ok("pins", f'none set (optional); to pin this key add pins = ["{live}"]')
    elif live in setup.pins:
        report.ok("pins", f"the live certificate matches pin {live}")
    else:
        report.problem("pins", (
            f"the live certificate of {setup.host} has key {live}, which matches none of the "
            f"{len(setup.pins)} configured pin(s): SupportDesk refuses this backend. If its "
            "key was replaced on purpose, add the new pin; otherwise the name may have been "
            "taken over: do not use it."))
        accepted = False
    return accepted


def _peer_certificate(setup: _Setup, mode: ssl.VerifyMode, timeout: float) -> bytes:
    """The leaf certificate (DER) after a handshake; with CERT_REQUIRED, verified as the app
    verifies (the CA bundle, or requests' built-in list), the name checked separately."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = mode
    if mode == ssl.CERT_REQUIRED:
        from requests.certs import where

        context.load_verify_locations(cafile=setup.ca_bundle or where())
    with socket.create_connection((setup.host, setup.port), timeout=timeout) as sock, \
            context.wrap_socket(sock, server_hostname=setup.host) as tls:
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise ssl.SSLError("the server sent no certificate")
    return der


def _certificate_names(certificate: Any) -> list[str]:
    from cryptography import x509

    try:
        alt = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [*alt.get_values_for_type(x509.DNSName),
            *(str(ip) for ip in alt.get_values_for_type(x509.IPAddress))]


def _name_matches(names: list[str], host: str) -> bool:
    from urllib3.util.ssl_match_hostname import CertificateError, match_hostname

    entries = []
    for name in names:
        try:
            ipaddress.ip_address(name)
            entries.append(("IP Address", name))
        except ValueError:
            entries.append(("DNS", name))
    try:
        match_hostname({"subjectAltName": tuple(entries)}, host)
        return True
    except CertificateError:
        return False


def _check_health(report: Report, setup: _Setup, tls_ok: bool, timeout: float) -> None:
    if not setup.listed:
        report.skip("health", "SupportDesk refuses this host (see allow-list above)")
        return
    if not tls_ok:
        report.skip("health", "SupportDesk refuses this TLS connection (see above)")
        return
    from .api.client import API_PATH, ApiClient

    url = f"{setup.url.rstrip('/')}{API_PATH}/health"
    try:
        client = ApiClient(setup.url, allowed_hosts=setup.allowed_hosts,
                           ca_bundle=setup.ca_bundle, pins=setup.pins or (), retries=0,
                           connect_timeout=timeout, read_timeout=timeout)
    except ConfigError as exc:
        report.skip("health", f"SupportDesk refuses this address ({exc.message})")
        return
    try:
        health = client.health()  # no token: the health check needs none
    except SupportDeskError as exc:
        report.problem("health", f"GET {url} failed: {exc.message} Check the backend "
                                 "server and anything between it and this computer.")
        return
    finally:
        client.close()
    down = sorted(name for name, cap in health.capabilities.items()
                  if cap.state == "maintenance")
    extra = f"; in maintenance: {', '.join(down)}" if down else ""
    demo = " (a demo backend)" if health.demo else ""
    if health.status != "ok":
        report.problem("health", f"the backend answers but reports status "
                                 f"{health.status!r}{extra}; see the backend's logs.")
    else:
        report.ok("health", f"the backend answers: status ok, version {health.version}"
                            f"{demo}{extra}")


def main(out: TextIO | None = None, config_path: Path | None = None) -> int:
    """Check and print the report; 0 if nothing is wrong, else 1."""
    out = out or sys.stdout
    print(f"SupportDesk {__version__}: checking this computer's set-up", file=out, flush=True)
    return render(check(config_path), out)


def render(report: Report, out: TextIO) -> int:
    """Print one line per check and a verdict; the exit code."""
    for finding in report.findings:
        print(finding.line(), file=out)
    problems = sum(f.status == PROBLEM for f in report.findings)
    warnings = sum(f.status == WARNING for f in report.findings)
    if problems:
        print(f"{problems} problem(s): SupportDesk will not work as intended until they are "
              "fixed.", file=out)
        return 1
    if warnings:
        print(f"{warnings} warning(s): SupportDesk works today; act before it stops.",
              file=out)
        return 1
    print("All checks passed.", file=out)
    return 0
