"""The loopback floor: a minimal HTTP/1.1 keep-alive server that answers every request at once
with a fixed small JSON body, in one write, with TCP_NODELAY. Nothing can answer faster through
the same client stack, so `requests` to it is the floor of any HTTP call.

Run as `python -m bench.noop_server` (prints "PORT <n>" once listening) or use `NoopServer`.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

from .common import PROJECT_DIR, PYTHON, stop_process, wait_for_line

BODY = b'{"status":"ok"}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    b"content-length: " + str(len(BODY)).encode() + b"\r\nserver-timing: app;dur=0.000\r\n\r\n"
    + BODY
)


def _serve_connection(conn: socket.socket) -> None:
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buffer = b""
    with conn:
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, _, buffer = buffer.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            while len(buffer) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            buffer = buffer[length:]
            conn.sendall(RESPONSE)


def serve(port: int = 0) -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(64)
    print(f"PORT {listener.getsockname()[1]}", flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=_serve_connection, args=(conn,), daemon=True).start()


class NoopServer:
    """The no-op server as a separate process (so it never shares the client's GIL)."""

    def __enter__(self) -> NoopServer:
        self.proc = subprocess.Popen([PYTHON, "-m", "bench.noop_server"], cwd=PROJECT_DIR,
                                     stdout=subprocess.PIPE, text=True)
        line = wait_for_line(self.proc, "PORT", 20)
        if line is None:
            stop_process(self.proc)
            raise RuntimeError("the no-op server did not start")
        self.base_url = f"http://127.0.0.1:{int(line.split()[1])}"
        return self

    def __exit__(self, *exc: object) -> None:
        stop_process(self.proc)


if __name__ == "__main__":
    try:
        serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    except KeyboardInterrupt:
        pass
