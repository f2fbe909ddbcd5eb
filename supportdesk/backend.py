"""Which backend this session talks to: the configured one, or the embedded demo server."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .api.client import ApiClient
from .config import Config, data_dir
from .errors import ConfigError

log = logging.getLogger(__name__)


@dataclass
class Backend:
    client: ApiClient
    label: str  # what the status bar shows
    backend_id: str  # stable across restarts: keys the token in the keyring
    demo: bool
    server: Any = field(default=None, repr=False)  # EmbeddedServer in demo mode
    health_interval: float = 4.0
    offline_cache_hours: float = 12.0
    approval_confirm_miles: int = 10_000  # approving more asks once more (config)
    idle_lock_minutes: float = 10.0  # the window locks after this long untouched (config)
    reveal_seconds: float = 60.0  # revealed personal data shows this long (config)
    # IT's config as read (the settings show it; the fields above may be stricter: the
    # agent's preferences, preferences.effective)
    policy: Config | None = field(default=None, repr=False)

    def close(self) -> None:
        self.client.close()
        if self.server is not None:
            self.server.stop()
            self.server = None


def connect_configured(config: Config) -> Backend:
    assert config.backend_url
    client = ApiClient(
        config.backend_url,
        allowed_hosts=config.allowed_hosts,
        connect_timeout=config.connect_timeout,
        read_timeout=config.read_timeout,
        ca_bundle=config.ca_bundle,
        pins=config.pins,
    )
    host = urlsplit(client.base_url).netloc
    return Backend(client, host, client.base_url, demo=False,
                   health_interval=config.health_interval,
                   offline_cache_hours=config.offline_cache_hours,
                   approval_confirm_miles=config.approval_confirm_miles,
                   idle_lock_minutes=config.idle_lock_minutes,
                   reveal_seconds=config.reveal_seconds)


def start_demo(config: Config, folder: Path | None = None,
               progress: Callable[[float], None] | None = None) -> Backend:
    """Seed (first run only) and start the reference server in-process on loopback.

    `progress` gets the share of the seeding done (0.0 … 1.0), in this thread, while a first
    run fills the demo database (server.seed.seed_demo)."""
    try:
        from .server.embedded import demo_server
    except ImportError as exc:
        raise ConfigError(
            "No backend is configured and the embedded demo needs the server components "
            "(pip install 'supportdesk[server]'). Ask IT for the backend address."
        ) from exc
    db_path = (folder or data_dir()) / "demo" / "demo.sqlite"
    server = demo_server(db_path, members=config.demo_members, progress=progress)
    client = ApiClient(server.url, connect_timeout=config.connect_timeout,
                       read_timeout=config.read_timeout)
    return Backend(client, f"Demo {server.host}:{server.port}", f"demo:{db_path}", demo=True,
                   server=server, health_interval=config.health_interval,
                   offline_cache_hours=config.offline_cache_hours,
                   approval_confirm_miles=config.approval_confirm_miles,
                   idle_lock_minutes=config.idle_lock_minutes,
                   reveal_seconds=config.reveal_seconds)
