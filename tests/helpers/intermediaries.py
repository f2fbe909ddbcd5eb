"""Misbehaving HTTP intermediaries on loopback, between the real client and the real server."""

from __future__ import annotations

import http.client
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


class _CachingHandler(http.server.BaseHTTPRequestHandler):
    """A shared cache done wrong: GET answers are kept by URL path alone (query string,
    `Authorization` and `Cache-Control: no-store` ignored) and served to anyone asking for
    that path. With `echo` it even copies the asker's X-Request-ID onto the stale answer."""

    protocol_version = "HTTP/1.1"
    upstream: tuple[str, int]
    cache: dict[str, tuple[int, list[tuple[str, str]], bytes]]
    echo: bool
    lock: threading.Lock
    served_from_cache: list[str]

    def do_GET(self) -> None:  # noqa: N802
        path = urlsplit(self.path).path
        with self.lock:
            cached = self.cache.get(path)
        if cached is None:
            cached = self._forward()
            with self.lock:
                self.cache.setdefault(path, cached)
        else:
            self.served_from_cache.append(path)
        status, headers, body = cached
        if self.echo and self.headers.get("X-Request-ID"):
            headers = [(k, v) for k, v in headers if k.lower() != "x-request-id"]
            headers.append(("X-Request-ID", self.headers["X-Request-ID"]))
        self._send(status, headers, body)

    def do_POST(self) -> None:  # noqa: N802
        self._send(*self._forward())

    def _forward(self) -> tuple[int, list[tuple[str, str]], bytes]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        conn = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            conn.request(self.command, self.path, body=body,
                         headers={k: v for k, v in self.headers.items()
                                  if k.lower() not in _HOP})
            answer = conn.getresponse()
            return answer.status, [(k, v) for k, v in answer.getheaders()
                                   if k.lower() not in _HOP], answer.read()
        finally:
            conn.close()

    def _send(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


class _Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128  # dozens of sessions connect at once


@contextmanager
def serving(handler: type[_CachingHandler], upstream_url: str,
            **attributes: object) -> Iterator[str]:
    """Run an intermediary of class `handler` in front of `upstream_url` on loopback; its
    URL. `attributes`: its per-proxy state, on a class of its own."""
    parts = urlsplit(upstream_url)
    state = {"upstream": (parts.hostname, parts.port), "cache": {}, "echo": False,
             "lock": threading.Lock(), "served_from_cache": [], **attributes}
    server = _Server(("127.0.0.1", 0), type("Handler", (handler,), state))
    thread = threading.Thread(target=server.serve_forever, daemon=True,
                              name=f"intermediary-{handler.__name__}")
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def caching_proxy(upstream_url: str, *, echo: bool = False) -> Iterator[tuple[str, list[str]]]:
    """(the proxy's URL, the paths it answered from its cache)."""
    served: list[str] = []
    with serving(_CachingHandler, upstream_url, echo=echo, served_from_cache=served) as url:
        yield url, served


class _SwappingHandler(_CachingHandler):
    """Swaps sign-in answers between callers: each sign-in is answered with the one before
    (another agent's token and name), under the asker's own X-Request-ID."""

    previous: list[bytes]

    def do_GET(self) -> None:  # noqa: N802
        self._send(*self._forward())

    def do_POST(self) -> None:  # noqa: N802
        status, headers, body = self._forward()
        if urlsplit(self.path).path.endswith("/auth/login") and status == 200:
            with self.lock:
                self.previous.append(body)
                if len(self.previous) > 1:
                    body = self.previous[-2]
        self._send(status, headers, body)


def swapping_proxy(upstream_url: str):  # noqa: ANN201 - a context manager of its URL
    """A proxy that answers each sign-in with the previous caller's."""
    return serving(_SwappingHandler, upstream_url, echo=True, previous=[])


class _RewritingHandler(_CachingHandler):
    """Passes everything through, rewriting the JSON answers of writes with `rewrite`."""

    rewrite: list  # [callable(dict) -> dict], a list so the class attribute stays unbound

    def do_GET(self) -> None:  # noqa: N802
        self._send(*self._forward())

    def do_POST(self) -> None:  # noqa: N802
        status, headers, body = self._forward()
        if 200 <= status < 300:
            body = json.dumps(self.rewrite[0](json.loads(body))).encode()
        self._send(status, headers, body)


def rewriting_proxy(upstream_url: str, rewrite: Callable[[dict], dict]):  # noqa: ANN201
    """A proxy that rewrites every successful write's answer."""
    return serving(_RewritingHandler, upstream_url, rewrite=[rewrite])


class _ConcurrentSwappingHandler(_CachingHandler):
    """Swaps successful answers between concurrent connections, GET and POST alike: an
    answer picked for swapping (`rate`, drawn from a seeded generator) waits up to `window`
    seconds for another picked one in flight, and each caller gets the other's. With
    `keep_ids` only the bodies change places, each under its asker's own headers (its own
    X-Request-ID echoed), so only a check of the content can catch it; else whole answers."""

    pending: list  # [slot]: picked answers waiting for a partner
    swaps: list  # [(path, path)]: the pairs swapped
    rate: float
    window: float
    keep_ids: bool
    rng: list  # [random.Random]

    def do_GET(self) -> None:  # noqa: N802
        self._send(*self._swapped(*self._forward()))

    def do_POST(self) -> None:  # noqa: N802
        self._send(*self._swapped(*self._forward()))

    def _swapped(self, status: int, headers: list[tuple[str, str]],
                 body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
        if not 200 <= status < 300:
            return status, headers, body
        mine = {"answer": (status, headers, body), "path": urlsplit(self.path).path,
                "other": None, "ready": threading.Event()}
        with self.lock:
            if self.rng[0].random() >= self.rate:
                return status, headers, body
            partner = self.pending.pop(0) if self.pending else None
            if partner is None:
                self.pending.append(mine)
            else:
                partner["other"], mine["other"] = mine["answer"], partner["answer"]
                self.swaps.append((partner["path"], mine["path"]))
                partner["ready"].set()
        if partner is None:
            mine["ready"].wait(self.window)
            with self.lock:  # a partner sets "other" under the lock: no race with it
                if mine["other"] is None:
                    self.pending.remove(mine)
        if mine["other"] is None:
            return status, headers, body
        other_status, other_headers, other_body = mine["other"]
        if self.keep_ids:
            return status, headers, other_body
        return other_status, other_headers, other_body


@contextmanager
def concurrent_swapping_proxy(upstream_url: str, *, rate: float = 0.5, seed: int = 1,
                              window: float = 0.05, keep_ids: bool = True
                              ) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """(the proxy's URL, the pairs of paths whose answers it swapped)."""
    import random

    swaps: list[tuple[str, str]] = []
    with serving(_ConcurrentSwappingHandler, upstream_url, pending=[], swaps=swaps,
                 rate=rate, window=window, keep_ids=keep_ids,
                 rng=[random.Random(seed)]) as url:
        yield url, swaps
