"""Raw HTTP against the reference server's /api/v1 contract, without the app's client: sign
in, the bearer header, and writes with an Idempotency-Key."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

import requests
from requests.adapters import BaseAdapter

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


def search(base: str, token: str, q: str, **params) -> requests.Response:  # noqa: ANN003
    """GET /members?q=… (the lookup), as it answered."""
    return requests.get(f"{base}{API}/members", params={"q": q, **params}, headers=auth(token),
                        timeout=30)


def post(live_server, token, path, body, idem: str | None = "auto"):
    """POST `body` to API + `path`; `idem` is the Idempotency-Key: a fresh one ("auto"),
    the one given, or none at all (None)."""
    headers = auth(token)
    if idem is not None:
        headers["Idempotency-Key"] = key() if idem == "auto" else idem
    return requests.post(f"{live_server.url}{API}{path}", json=body, headers=headers,
                         timeout=30)


class SendingThreads(BaseAdapter):
    """Mounted in front of a session's own adapter (which still sends, with its retries):
    notes the thread that sends each request. The app promises that the GUI thread never
    waits for the network; `on_gui_thread()` lists what broke it."""

    def __init__(self, session: requests.Session, prefix: str = "http://") -> None:
        super().__init__()
        self.inner = session.get_adapter(prefix)
        self._lock = threading.Lock()
        self.sent: list[tuple[threading.Thread, str]] = []
        session.mount(prefix, self)

    def send(self, request, **kwargs):  # noqa: ANN001, ANN003, ANN201
        with self._lock:
            self.sent.append((threading.current_thread(), request.url))
        return self.inner.send(request, **kwargs)

    def close(self) -> None:
        self.inner.close()

    def urls(self) -> list[str]:
        with self._lock:
            return [url for _, url in self.sent]

    def on_gui_thread(self) -> list[str]:
        """The URLs sent from the main thread, the one the Qt application runs on."""
        with self._lock:
            return [url for thread, url in self.sent if thread is threading.main_thread()]


def token_accepted(base_url: str, token: str) -> bool:
    """Whether the server still takes `token` (GET /auth/me), through the app's client."""
    from supportdesk.api.client import ApiClient
    from supportdesk.errors import AuthError

    probe = ApiClient(base_url, retries=0)
    probe.token = token
    try:
        probe.me()
        return True
    except AuthError as error:
        assert error.code in ("signed-out", "agent-disabled", "token-expired"), error.code
        return False
    finally:
        probe.close()


def at_once(calls: list[Callable[[], requests.Response]],
            timeout: float = 120) -> list[requests.Response]:
    """Run the calls (no arguments) in threads released together at a barrier; their answers
    in order (a race's start)."""
    start = threading.Barrier(len(calls))
    answers: list = [None] * len(calls)

    def run(i: int) -> None:
        start.wait()
        answers[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    assert all(answer is not None for answer in answers), "a call did not answer in time"
    return answers
