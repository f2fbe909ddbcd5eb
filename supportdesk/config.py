"""Configuration: a TOML file that IT manages; no file means the embedded demo backend.

The machine-wide (site) file is the policy and wins when it exists; without one,
$SUPPORTDESK_CONFIG, else the user config folder (find_config_file). Keys:

    backend_url = "https://supportdesk.example.com"   # absent: embedded demo
    allowed_hosts = ["supportdesk.example.com"]       # default: the backend's own host
    ca_bundle = "/etc/ssl/certs/airline-ca.pem"        # default: the system's trust store
    pins = ["sha256/<base64>"]                         # optional: the backend's TLS key(s)
    connect_timeout = 3.05                             # seconds
    read_timeout = 15                                  # seconds
    demo_members = 20000                               # size of the embedded demo
    approval_confirm_miles = 10000                     # approving more asks once more
    idle_lock_minutes = 10                             # lock after idle minutes; 0: never
    reveal_seconds = 60                                # revealed contact data shows this long
    language = "system"                                # "de", "en"; "system": the OS locale
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

# platformdirs and tomllib are imported where used: they sit on the cold-start path.

APP_NAME = "SupportDesk"


def user_config_file() -> Path:
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "config.toml"


# Linux: the folder the .deb makes (build_installer.py package). platformdirs' site folder
# would be the first of $XDG_CONFIG_DIRS, which desktop sessions change (/etc/xdg/xdg-ubuntu…).
LINUX_SITE_CONFIG = Path("/etc/supportdesk/config.toml")


def site_config_file() -> Path:
    """The machine-wide file IT manages: /etc/supportdesk/config.toml on Linux, else
    platformdirs' site folder (C:\\ProgramData\\SupportDesk\\config.toml on Windows)."""
    if sys.platform.startswith("linux"):
        return LINUX_SITE_CONFIG
    import platformdirs

    return platformdirs.site_config_path(APP_NAME, appauthor=False) / "config.toml"


def data_dir() -> Path:
    """Per-user data (demo database, later the local store); $SUPPORTDESK_DATA_DIR overrides."""
    override = os.environ.get("SUPPORTDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class Config:
    backend_url: str | None = None
    allowed_hosts: frozenset[str] | None = None
    ca_bundle: str | None = None
    pins: tuple[str, ...] = ()  # SPKI pins (api/pinning.py); empty: no pinning
    connect_timeout: float = 3.05
    read_timeout: float = 15.0
    demo_members: int = 20_000
    health_interval: float = 4.0  # seconds between health checks: how soon "offline" shows
    offline_cache_hours: float = 12.0  # members opened this recently are readable offline
    approval_confirm_miles: int = 10_000  # approving more asks once more (domain.credits)
    idle_lock_minutes: float = 10.0  # the window locks after this long untouched; 0: never
    reveal_seconds: float = 60.0  # revealed personal data shows this long, then is masked
    language: str = "system"  # the app's language (gui/i18n.py), applied at the next start
    source: Path | None = None

    @property
    def demo(self) -> bool:
        return self.backend_url is None


LANGUAGE_SETTINGS = ("system", "de", "en")


def language_setting() -> str:
    """The `language` setting, read before any window is built (the full config is read
    behind the sign-in window, which must already speak the language). Anything unreadable
    or invalid gives "system" here; load_config reports it on the sign-in window. tomllib is
    imported only when there is a file (~10 ms on the start-up path)."""
    try:
        path = find_config_file()
    except ConfigError:
        return "system"
    if path is None:
        return "system"
    import tomllib

    try:
        value = tomllib.loads(path.read_text(encoding="utf-8")).get("language", "system")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "system"
    return value if value in LANGUAGE_SETTINGS else "system"


def find_config_file() -> Path | None:
    """IT's machine-wide file when there is one: it is the policy (the backend, its allowed
    hosts and pins), which no user file or environment variable may replace. Without it (a
    training laptop, a developer): $SUPPORTDESK_CONFIG, else the user's own file."""
    site = site_config_file()
    if site.is_file():
        return site
    explicit = os.environ.get("SUPPORTDESK_CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"SUPPORTDESK_CONFIG points to {path}, which does not exist.")
        return path
    user = user_config_file()
    return user if user.is_file() else None


def _number(data: dict, key: str, default: float, low: float, high: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ConfigError(f"{key} must be a number from {low:g} to {high:g}.")
    return float(value)


def load_config(path: Path | None = None) -> Config:
    """Read and validate the config file; a missing file gives the demo defaults."""
    import tomllib

    path = path or find_config_file()
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"Cannot read the configuration {path}: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"The configuration {path} is not valid TOML: {exc}") from exc
    known = {"backend_url", "allowed_hosts", "ca_bundle", "connect_timeout", "read_timeout",
             "demo_members", "health_interval", "offline_cache_hours", "pins",
             "approval_confirm_miles", "idle_lock_minutes", "reveal_seconds", "language"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"Unknown setting(s) in {path}: {', '.join(unknown)}.")
    url = data.get("backend_url")
    if url is not None and (not isinstance(url, str) or not url.strip()):
        raise ConfigError("backend_url must be a non-empty string.")
    hosts = data.get("allowed_hosts")
    if hosts is not None and (not isinstance(hosts, list)
                              or not all(isinstance(h, str) and h for h in hosts)):
        raise ConfigError("allowed_hosts must be a list of host names.")
    bundle = data.get("ca_bundle")
    if bundle is not None and not (isinstance(bundle, str) and Path(bundle).is_file()):
        raise ConfigError(f"ca_bundle {bundle!r} is not a readable file.")
    language = data.get("language", "system")
    if language not in LANGUAGE_SETTINGS:
        raise ConfigError(f"language must be one of {', '.join(LANGUAGE_SETTINGS)}.")
    pins = ()
    if "pins" in data:
        from .api.pinning import parse_pins

        pins = parse_pins(data["pins"])
        if not (isinstance(url, str) and url.strip().lower().startswith("https://")):
            raise ConfigError("pins are set, but backend_url is not an https address; pins "
                              "apply to the backend's TLS certificate.")
    config = Config(
        backend_url=url.strip() if url else None,
        allowed_hosts=frozenset(h.lower() for h in hosts) if hosts else None,
        ca_bundle=bundle,
        pins=pins,
        connect_timeout=_number(data, "connect_timeout", 3.05, 0.1, 60),
        read_timeout=_number(data, "read_timeout", 15.0, 0.5, 300),
        demo_members=int(_number(data, "demo_members", 20_000, 100, 2_000_000)),
        health_interval=_number(data, "health_interval", 4.0, 1, 300),
        offline_cache_hours=_number(data, "offline_cache_hours", 12.0, 0, 168),
        approval_confirm_miles=int(_number(data, "approval_confirm_miles", 10_000, 0,
                                           1_000_000)),
        idle_lock_minutes=_number(data, "idle_lock_minutes", 10.0, 0, 480),
        reveal_seconds=_number(data, "reveal_seconds", 60.0, 1, 600),
        language=language,
        source=path,
    )
    if config.backend_url:
        from .api.client import check_destination

        check_destination(config.backend_url, config.allowed_hosts)
    return config
