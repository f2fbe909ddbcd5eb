"""Which workstation a request comes from, for the server's audit (X-Workstation).

An id of the machine (a hash of its hardware address: stable, and telling nothing about it)
and its host name, as IT names machines; no user name, nothing the agent typed."""

from __future__ import annotations

import functools
import hashlib
import re
import socket
import uuid

HEADER = "X-Workstation"
_NOT_HOST = re.compile(r"[^A-Za-z0-9.-]+")


@functools.cache
def workstation_label() -> str:
    """`ws-<16 hex>; host=<host name>` (the server keeps what matches its pattern)."""
    machine = hashlib.sha256(f"supportdesk-workstation:{uuid.getnode()}".encode()).hexdigest()
    host = _NOT_HOST.sub("-", socket.gethostname()).strip("-.")[:63] or "unknown"
    return f"ws-{machine[:16]}; host={host}"
