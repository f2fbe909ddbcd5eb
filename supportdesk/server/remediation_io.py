"""The inputs and answers of incident remediation (routes_remediation.py; the rules:
domain/remediation.py, actions/remediation.py). Kept apart from inputs.py and answers.py,
which hold the single-object writes, because a batch's shapes belong together."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from ..domain import remediation as rules
from .fields import IsoDateTime, MemberNumber, PositiveId, text_field

Kind = Literal[rules.KINDS]  # type: ignore[valid-type]
Channel = Literal[rules.CHANNELS]  # type: ignore[valid-type]


class Selection(BaseModel):
    """Which ledger entries and profile changes: made in [from, to), of these kinds and
    channels, of these members (or of every member)."""

    model_config = ConfigDict(populate_by_name=True)

    window_from: IsoDateTime = Field(alias="from")
    window_to: IsoDateTime = Field(alias="to")
    types: list[Kind] = Field(min_length=1, max_length=len(rules.KINDS))
    channels: list[Channel] = Field(min_length=1, max_length=len(rules.CHANNELS))
    members: list[Annotated[MemberNumber, StringConstraints(max_length=rules.MEMBER_TEXT)]] \
        | None = Field(default=None, max_length=rules.MAX_MEMBERS)

    @model_validator(mode="after")
    def _window(self) -> Selection:
        rules.check_window(self.window_from, self.window_to)  # InvalidInput: 422 naming it
        return self

    @field_validator("window_from", "window_to")
    @classmethod
    def _aware(cls, value: dt.datetime) -> dt.datetime:
        if value.tzinfo is None:
            raise ValueError("Give the time with its time zone, e.g. 2026-10-27T15:00:00Z.")
        return value


Source = Literal["ledger", "profile"]  # a ledger entry, or a profile change


class Exclusion(BaseModel):
    entry_id: PositiveId
    source: Source = "ledger"
    reason: text_field(rules.EXCLUSION_REASON)


class BatchIn(Selection):
    note: text_field(rules.BATCH_NOTE)
    exclusions: list[Exclusion] = Field(default_factory=list,
                                        max_length=rules.MAX_EXCLUSIONS)


class BatchApproval(BaseModel):
    """What the approving supervisor saw: the batch must still be exactly this."""

    entries: int = Field(ge=1, le=rules.MAX_BATCH_ENTRIES)  # entries to reverse
    content: str = Field(pattern=r"^[0-9a-f]{64}$")  # the batch's `content` as shown


class BatchExecution(BaseModel):
    limit: int = Field(default=rules.MAX_EXECUTE_STEP, ge=1, le=rules.MAX_EXECUTE_STEP)


class PreviewEntry(BaseModel):
    source: Source
    id: int
    member_number: str
    posted_at: str
    kind: str
    channel: str
    miles: int
    description: str
    reversed_by: int | None  # already reversed (a batch skips it)


class MemberTotal(BaseModel):
    member_number: str
    entries: int
    miles: int


class Totals(BaseModel):
    entries: int
    members: int
    miles: int
    profile_changes: int
    already_reversed: int


class PreviewOut(BaseModel):
    entries: list[PreviewEntry]
    members: list[MemberTotal]
    totals: Totals


class BatchEntryOut(BaseModel):
    source: Source
    id: int  # the ledger entry or the profile change
    member_number: str
    posted_at: str
    kind: str
    channel: str
    miles: int
    state: str  # pending | excluded | reversed | skipped | failed
    reason: str | None
    reversal_id: int | None  # the reversal, or the restoring profile change
    result_code: str | None
    result_detail: str | None


class BatchMemberOut(BaseModel):
    member_number: str
    entries: int
    reversed: int  # ledger entries
    profile_restored: int
    skipped: int
    failed: int
    excluded: int
    miles_recredited: int


class BatchSummary(BaseModel):
    id: int
    status: str  # proposed | approved | executed
    note: str
    window_from: str
    window_to: str
    types: list[str]
    channels: list[str]
    members_filter: list[str] | None
    proposed_by: str
    proposed_at: str
    approved_by: str | None
    approved_at: str | None
    finished_at: str | None
    counts: dict[str, int]  # per state
    to_reverse: int  # entries neither excluded
    miles: int  # their sum, as posted
    content: str  # SHA-256 of the entries to reverse (id and miles): what approval names


class BatchOut(BatchSummary):
    entries: list[BatchEntryOut]
    members: list[BatchMemberOut]


class BatchList(BaseModel):
    batches: list[BatchSummary]


class ExecutionOut(BaseModel):
    id: int
    status: str
    done_now: int
    remaining: int
    counts: dict[str, int]
