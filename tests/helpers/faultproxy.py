"""A fault-injection HTTP/1.1 proxy on loopback, for tests of exactly-once delivery of writes.

The outbox client replays operations with an Idempotency-Key until the server has them; these
tests need a network that misbehaves the way real ones do: requests lost before the server
sees them, answers lost after the server has committed, injected 503/429 answers with
Retry-After, and stalls longer than the client's read timeout. Put a FaultProxy in front of the
reference server and point the client at `proxy.url`; `choose(method, path)` picks the fault
for each request. Plain sockets and threads, keep-alive on both sides, TCP_NODELAY everywhere.

Deliberately small: requests must carry Content-Length (chunked requests get a 501); answers are
framed by Content-Length (uvicorn's), have no body (HEAD, 204, 304) or end at EOF. No 1xx, no
chunked answers, no TLS.
"""

from __future__ import annotations

import enum
import json
import random
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Self
from urllib.parse import urlsplit

HEAD_LIMIT = 64 * 1024
REASONS = {429: "Too Many Requests", 501: "Not Implemented", 503: "Service Unavailable"}


class Fault(enum.Enum):
    NONE = enum.auto()
    DROP_REQUEST = enum.auto()   # close the client connection, nothing forwarded
    DROP_RESPONSE = enum.auto()  # forward, read the whole answer, close without sending a byte
    STATUS_503 = enum.auto()     # answer 503 problem+json with Retry-After, nothing forwarded
    STATUS_429 = enum.auto()     # answer 429 problem+json with Retry-After, nothing forwarded
    STALL_BEFORE = enum.auto()   # hold the request stall_seconds unforwarded, then close
    STALL_AFTER = enum.auto()    # forward, read the answer, hold stall_seconds, then close


def random_faults(seed: int, rates: dict[Fault, float],
                  methods: Iterable[str] = ("POST",)) -> Callable[[str, str], Fault]:
    """A deterministic, thread-safe chooser: requests of `methods` get a fault with the given
    probabilities (the rest NONE); other methods always NONE."""
    rng, lock, wanted = random.Random(seed), threading.Lock(), {m.upper() for m in methods}
    faults, weights = list(rates), [rates[f] for f in rates]
    if sum(weights) > 1:
        raise ValueError("fault rates add up to more than 1")

    def choose(method: str, path: str) -> Fault:
        if method.upper() not in wanted:
            return Fault.NONE
        with lock:
            roll = rng.random()
        for fault, weight in zip(faults, weights):
            if roll < weight:
                return fault
            roll -= weight
        return Fault.NONE

    return choose


class _Conn:
    """A blocking socket and what was received of it beyond the current message."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock, self.buf = sock, b""

    def _fill(self) -> bool:
        data = self.sock.recv(65536)
        self.buf += data
        return bool(data)

    def read_head(self) -> bytes | None:
        """The head up to and including CRLFCRLF; None on EOF before the first byte."""
        while (end := self.buf.find(b"\r\n\r\n")) < 0:
            if len(self.buf) > HEAD_LIMIT:
                raise ConnectionError("head too long")
            if not self._fill():
                if self.buf:
                    raise ConnectionError("EOF inside a head")
                return None
        head, self.buf = self.buf[:end + 4], self.buf[end + 4:]
        return head

    def read_exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            if not self._fill():
                raise ConnectionError("EOF inside a body")
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def read_to_eof(self) -> bytes:
        while self._fill():
            pass
        return self.read_exactly(len(self.buf))


def _parse(head: bytes) -> tuple[list[str], dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return lines[0].split(" ", 2), headers


def _problem(status: int, retry_after: int | None) -> bytes:
    body = json.dumps({"type": "about:blank", "title": REASONS[status], "status": status,
                       "detail": "injected fault", "code": "injected"}).encode()
    extra = f"Retry-After: {retry_after}\r\n" if retry_after is not None else "Connection: close\r\n"
    return (f"HTTP/1.1 {status} {REASONS[status]}\r\nContent-Type: application/problem+json\r\n"
            f"Content-Length: {len(body)}\r\n{extra}\r\n").encode() + body


class FaultProxy:
    def __init__(self, upstream_url: str, *, choose: Callable[[str, str], Fault] | None = None,
                 stall_seconds: float = 1.0, retry_after: int = 1) -> None:
        parts = urlsplit(upstream_url)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"an http:// upstream is needed, not {upstream_url!r}")
        self.upstream = (parts.hostname, parts.port or 80)
        self.choose = choose or (lambda method, path: Fault.NONE)
        self.stall_seconds, self.retry_after = stall_seconds, retry_after
        self.port = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._counts = {fault: 0 for fault in Fault}
        self._forwarded = 0
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def counts(self) -> dict[Fault, int]:
        with self._lock:
            return dict(self._counts)

    @property
    def forwarded(self) -> int:
        with self._lock:
            return self._forwarded

    def start(self, port: int = 0) -> FaultProxy:
        self._stopping.clear()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            listener.bind(("127.0.0.1", port))
            listener.listen(64)
            listener.settimeout(0.05)  # the accept loop polls the stop flag
        except OSError:
            listener.close()
            raise
        self._listener, self.port = listener, listener.getsockname()[1]
        self._spawn(self._accept_loop, f"faultproxy-accept-{self.port}")
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        with self._lock:
            for sock in self._sockets:  # wakes threads blocked in recv/send; they close them
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            threads = [t for t in self._threads if t.is_alive()]
        deadline = time.monotonic() + timeout
        while threads and time.monotonic() < deadline:
            for thread in threads:  # then again: the accept loop may have spawned one more
                thread.join(max(0.0, deadline - time.monotonic()))
            with self._lock:
                threads = [t for t in self._threads if t.is_alive()]
        with self._lock:
            for sock in self._sockets:  # only left by a thread that did not finish in time
                sock.close()
            self._sockets.clear()
            self._threads = [t for t in self._threads if t.is_alive()]
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def __enter__(self) -> Self:
        return self if self._listener is not None else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _spawn(self, target: Callable[..., None], name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _track(self, sock: socket.socket) -> socket.socket:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            if self._stopping.is_set():
                sock.close()
                raise ConnectionError("stopping")
            self._sockets.add(sock)
        return sock

    def _close(self, sock: socket.socket | None) -> None:
        if sock is not None:
            with self._lock:
                self._sockets.discard(sock)
            sock.close()

    def _accept_loop(self) -> None:
        number = 0
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()  # type: ignore[union-attr]
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(None)
            try:
                self._track(sock)
            except OSError:  # stopping
                return
            number += 1
            self._spawn(self._serve, f"faultproxy-conn-{self.port}-{number}", sock)

    def _serve(self, sock: socket.socket) -> None:
        client, upstream = _Conn(sock), None
        try:
            while (head := client.read_head()) is not None:
                (method, target, version, *_), headers = _parse(head)
                if "chunked" in headers.get("transfer-encoding", "").lower():
                    sock.sendall(_problem(501, None))
                    sock.shutdown(socket.SHUT_WR)  # drain the unread body: closing on unread
                    sock.settimeout(1)  # bytes would reset the connection, losing the 501
                    client.read_to_eof()
                    return
                request = head + client.read_exactly(int(headers.get("content-length", 0)))
                fault = self.choose(method, target)
                with self._lock:
                    self._counts[fault] += 1
                if fault in (Fault.STATUS_503, Fault.STATUS_429):
                    sock.sendall(_problem(int(fault.name[-3:]), self.retry_after))
                    continue
                if fault is Fault.STALL_BEFORE:
                    self._stopping.wait(self.stall_seconds)
                if fault in (Fault.DROP_REQUEST, Fault.STALL_BEFORE):
                    return
                upstream = self._upstream(upstream)
                if upstream is None:
                    return  # upstream down: the client sees a connection error
                upstream.sock.sendall(request)
                with self._lock:
                    self._forwarded += 1
                answer, keep = self._response(upstream, method)
                if fault is Fault.STALL_AFTER:
                    self._stopping.wait(self.stall_seconds)
                if fault is not Fault.NONE:
                    return
                sock.sendall(answer)
                wants = headers.get("connection", "").lower()
                if not keep or wants == "close" or (version == "HTTP/1.0" and wants != "keep-alive"):
                    return  # relayed an answer that ends the connection, or the client asked
        except (OSError, ValueError):  # peer gone, stop() shut the socket, or a garbled message
            pass
        finally:
            self._close(sock)
            self._close(upstream.sock if upstream is not None else None)

    def _upstream(self, current: _Conn | None) -> _Conn | None:
        """The kept upstream connection, or a new one if there is none or the server closed it."""
        if current is not None:
            current.sock.setblocking(False)
            try:
                current.sock.recv(1, socket.MSG_PEEK)  # EOF, or bytes nobody asked for
            except BlockingIOError:
                current.sock.setblocking(True)
                return current
            except OSError:
                pass
            self._close(current.sock)
        try:
            sock = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            return None
        sock.settimeout(None)
        return _Conn(self._track(sock))

    def _response(self, upstream: _Conn, method: str) -> tuple[bytes, bool]:
        """The whole upstream answer, and whether the upstream connection is reusable."""
        if (head := upstream.read_head()) is None:
            raise ConnectionError("upstream closed without answering")
        (_, status, *_), headers = _parse(head)
        keep = "close" not in headers.get("connection", "").lower()
        if method == "HEAD" or status in ("204", "304"):
            return head, keep
        if "content-length" in headers:
            return head + upstream.read_exactly(int(headers["content-length"])), keep
        return head + upstream.read_to_eof(), False  # no length: the answer ends at EOF
