"""Incident remediation over the contract (GET /remediation/preview, the batches and their
CSV export), for the supervisors' Remediation page. Qt-free. A preview or batch limited to a
member list must hold those members' entries only: anything else is another request's
answer, refused (and logged) before it is shown."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import SecurityError

if TYPE_CHECKING:
    from .client import ApiClient

security_log = logging.getLogger("supportdesk.security")


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Selection:
    """Which ledger entries and profile changes: made in [start, end), of these kinds and
    channels, of these members (None: every member)."""

    start: dt.datetime
    end: dt.datetime
    types: tuple[str, ...]
    channels: tuple[str, ...]
    members: tuple[str, ...] | None = None

    def params(self) -> dict[str, str]:
        params = {"from": _utc(self.start), "to": _utc(self.end), "types": ",".join(self.types),
                  "channels": ",".join(self.channels)}
        if self.members is not None:
            params["members"] = ",".join(self.members)
        return params

    def body(self) -> dict[str, Any]:
        return {"from": _utc(self.start), "to": _utc(self.end), "types": list(self.types),
                "channels": list(self.channels),
                "members": list(self.members) if self.members is not None else None}


@dataclass(frozen=True)
class Entry:
    id: int  # of the ledger entry, or of the profile change (source)
    member_number: str
    posted_at: str
    kind: str
    channel: str
    miles: int
    description: str = ""
    reversed_by: int | None = None  # preview: already reversed
    state: str = ""  # batch: pending | excluded | reversed | skipped | failed
    reason: str | None = None
    reversal_id: int | None = None
    result_code: str | None = None
    result_detail: str | None = None
    source: str = "ledger"  # ledger | profile

    @property
    def key(self) -> tuple[str, int]:
        """What names the entry in a batch (a ledger entry and a profile change may share
        an id)."""
        return self.source, self.id

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        return cls(id=int(data["id"]), source=str(data.get("source") or "ledger"),
                   member_number=str(data["member_number"]),
                   posted_at=str(data["posted_at"]), kind=str(data["kind"]),
                   channel=str(data["channel"]), miles=int(data["miles"]),
                   description=str(data.get("description") or ""),
                   reversed_by=data.get("reversed_by"), state=str(data.get("state") or ""),
                   reason=data.get("reason"), reversal_id=data.get("reversal_id"),
                   result_code=data.get("result_code"),
                   result_detail=data.get("result_detail"))


@dataclass(frozen=True)
class Preview:
    entries: tuple[Entry, ...]
    totals: dict[str, int]
    members: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Batch:
    id: int
    status: str
    note: str
    window_from: str
    window_to: str
    proposed_by: str
    approved_by: str | None
    counts: dict[str, int]
    to_reverse: int
    miles: int
    content: str
    entries: tuple[Entry, ...] = ()
    members: tuple[dict[str, Any], ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Batch:
        return cls(id=int(data["id"]), status=str(data["status"]), note=str(data["note"]),
                   window_from=str(data["window_from"]), window_to=str(data["window_to"]),
                   proposed_by=str(data["proposed_by"]), approved_by=data.get("approved_by"),
                   counts={str(k): int(v) for k, v in (data.get("counts") or {}).items()},
                   to_reverse=int(data["to_reverse"]), miles=int(data["miles"]),
                   content=str(data["content"]),
                   entries=tuple(Entry.from_json(e) for e in data.get("entries", ())),
                   members=tuple(data.get("members", ())))


@dataclass(frozen=True)
class Execution:
    id: int
    status: str
    done_now: int
    remaining: int
    counts: dict[str, int]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Execution:
        return cls(int(data["id"]), str(data["status"]), int(data["done_now"]),
                   int(data["remaining"]),
                   {str(k): int(v) for k, v in (data.get("counts") or {}).items()})


def _only_members(entries: tuple[Entry, ...], members: tuple[str, ...] | None) -> None:
    if members is None:
        return
    strays = {e.member_number for e in entries} - set(members)
    if strays:
        security_log.error("remediation answer names members not asked for: %d", len(strays))
        raise SecurityError("The backend's answer holds entries of members you did not ask "
                            "for; nothing was shown. This was logged as a security event.",
                            code="wrong-member")


def checked_batch(data: Any, batch_id: int | None = None) -> Batch:
    batch = Batch.from_json(data)
    if batch_id is not None and batch.id != batch_id:
        raise SecurityError(f"The backend answered about batch {batch.id}, not {batch_id}; "
                            "nothing was used.", code="wrong-object")
    return batch


def checked_execution(data: Any, batch_id: int) -> Execution:
    execution = Execution.from_json(data)
    if execution.id != batch_id:
        raise SecurityError(f"The backend answered about batch {execution.id}, not "
                            f"{batch_id}; nothing was used.", code="wrong-object")
    return execution


def preview(client: ApiClient, selection: Selection) -> Preview:
    data = client.get("/remediation/preview", **selection.params())
    entries = tuple(Entry.from_json(e) for e in data["entries"])
    _only_members(entries, selection.members)
    return Preview(entries, {str(k): int(v) for k, v in data["totals"].items()},
                   tuple(data["members"]))


def batches(client: ApiClient, status: str | None = None) -> tuple[Batch, ...]:
    data = client.get("/remediation/batches", status=status)
    return tuple(Batch.from_json(b) for b in data["batches"])


def batch(client: ApiClient, batch_id: int) -> Batch:
    return checked_batch(client.get(f"/remediation/batches/{int(batch_id)}"), batch_id)


def export_csv(client: ApiClient, batch_id: int) -> str:
    """The batch's CSV export as the backend wrote it (text/csv)."""
    response, request_id = client._exchange(  # noqa: SLF001 - a text answer, not JSON
        "GET", f"/remediation/batches/{int(batch_id)}/export.csv", None, None, None, True)
    if response.status_code != 200 or not response.headers.get(
            "Content-Type", "").startswith("text/csv"):
        return client._decode(response, request_id)  # noqa: SLF001 - raises the typed error
    if response.headers.get("X-Request-ID") != request_id:
        client._decode(response, request_id)  # noqa: SLF001 - refuses a foreign answer
    return response.content.decode("utf-8")
