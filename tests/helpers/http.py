"""Raw HTTP against the reference server's /api/v1 contract, without the app's client: sign
in, the bearer header, and writes with an Idempotency-Key."""

from __future__ import annotations

import uuid

import requests

API = "/api/v1"


def login(base: str, username: str = "agent1", password: str = "demo") -> str:
    r = requests.post(f"{base}{API}/auth/login", json={"username": username,
                                                         "password": password}, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()["token"]


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def key() -> str:
    """A fresh Idempotency-Key."""
    return str(uuid.uuid4())


def post(live_server, token, path, body, idem: str | None = "auto"):
    """POST `body` to API + `path`; `idem` is the Idempotency-Key: a fresh one ("auto"),
    the one given, or none at all (None)."""
    headers = auth(token)
    if idem is not None:
        headers["Idempotency-Key"] = key() if idem == "auto" else idem
    return requests.post(f"{live_server.url}{API}{path}", json=body, headers=headers,
                         timeout=30)
