"""Every kind of write the agent can make, and the one specification of each.

A kind is typed (`Kind`), never a bare string; what the app knows about a kind — what it is
called, what happens to it while the backend is away, whether Needs attention can edit it
and where, which capability's maintenance stops it, the member it is bound to, how its answer
is read — is its `Spec`, here and nowhere else. A test fails when a kind lacks any part.

The texts here are message ids (`QT_TRANSLATE_NOOP`, context "Operations"), not sentences
for the agent: the GUI translates them (the core imports no Qt; lupdate finds them by name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..domain.offline import Policy
from ..domain.wording import QT_TRANSLATE_NOOP


class Kind(Enum):
    CREDIT = "credit"
    CREDIT_DECISION = "approval"  # a supervisor's approve or reject (saved as "approval")
    REVERSAL = "reversal"
    AWARD_BOOKING = "award_booking"
    UPGRADE = "upgrade"
    AWARD_CANCELLATION = "award_cancellation"
    PROFILE_CHANGE = "profile_change"
    CONTACT_CHANGE = "contact_change"  # e-mail or phone: how the member is reached
    REQUEST_CLAIM = "request_claim"
    REQUEST_DECISION = "request_decision"
    CLOSURE = "closure"  # the agent's word on a refused write, for the backend's audit
    SECURITY_EVENT = "security_event"  # an answer the app refused, for the backend's audit
    OFFLINE_READ = "offline_read"  # a member or request shown from the offline copy, audited
    # Incident remediation (supervisors): a batch proposed, approved by another, executed.
    REMEDIATION_PROPOSAL = "remediation_proposal"
    REMEDIATION_APPROVAL = "remediation_approval"
    REMEDIATION_EXECUTION = "remediation_execution"


class Editing(Enum):
    """Whether Needs attention can open a refused write of this kind in its dialog."""

    NEVER = "never"  # one press on the backend's object, or needs the caller again
    ALWAYS = "always"
    ROUTE_ONLY = "route-only"  # only a booking saved with its route (a provisional one)


class Home(Enum):
    """Where a write is edited: over its member, or over its request."""

    MEMBER = "member"
    REQUEST = "request"


@dataclass(frozen=True)
class Operation:
    """A write as the agent made it: the request to send and what to show about it."""

    kind: Kind
    path: str
    body: dict[str, Any]
    member_number: str  # the member it is about: its queue, and the check of the answer
    summary: str  # one line, in the agent's words, for the queue and Needs attention
    # queue | approval | provisional: may wait offline; refuse: taken only while the backend
    # answers, but still saved first, so that a lost answer is settled by a replay
    policy: Policy = Policy.QUEUE
    method: str = "POST"
    # The object it acts on, for the check of the answer and for editing it again: a
    # request id, credit id, ledger entry id, award code or ticket number (or None).
    subject: int | str | None = None

    def request(self) -> dict[str, Any]:
        """What the outbox saves (and hashes) of it."""
        return {"kind": self.kind.value, "method": self.method, "path": self.path,
                "body": self.body, "member_number": self.member_number,
                "summary": self.summary, "subject": self.subject}

    @property
    def spec(self) -> Spec:
        return SPECS[self.kind]


@dataclass(frozen=True)
class Spec:
    kind: Kind
    label: str  # message id: what it is called ("Miles credit")
    offline: Policy  # while the backend is away (a credit above the limit: APPROVAL)
    offline_reason: str  # message id: what happens to it offline, or why it is refused
    capability: str | None  # the backend capability whose maintenance stops it
    editing: Editing
    home: Home  # where it is edited, and what the agent goes back to for it
    member_in_body: bool  # the write's body names its member (else only path or answer)
    # The answer read and checked against the operation (its member is checked before).
    answer: Callable[[Operation, Any], Any] = field(repr=False)

    def can_edit(self, operation: Operation) -> bool:
        if self.editing is Editing.ROUTE_ONLY:
            return "origin" in operation.body
        return self.editing is Editing.ALWAYS


def _credit(_operation: Operation, data: Any) -> Any:
    from ..api.models import Credit

    return Credit.from_json(data)


def _credit_decision(operation: Operation, data: Any) -> Any:
    from ..api.client import checked_credit

    return checked_credit(data, int(operation.subject), operation.body.get("miles"))


def _reversal(operation: Operation, data: Any) -> Any:
    from ..api.client import checked_reversal

    return checked_reversal(data, int(operation.subject))


def _award(operation: Operation, data: Any) -> Any:
    from ..api.awards import checked_award

    return checked_award(data, operation.body.get("passenger_names"))


def _upgrade(operation: Operation, data: Any) -> Any:
    from ..api.awards import checked_upgrade

    return checked_upgrade(data, str(operation.subject))


def _cancellation(operation: Operation, data: Any) -> Any:
    from ..api.awards import checked_cancellation

    return checked_cancellation(data, str(operation.subject))


def _account(_operation: Operation, data: Any) -> Any:
    from ..api.models import MemberAccount

    return MemberAccount.from_json(data)


def _request(operation: Operation, data: Any) -> Any:
    from ..api.queue import checked_detail

    return checked_detail(data, int(operation.subject), operation.member_number)


def _offline_read(operation: Operation, data: Any) -> Any:
    from ..api.reveal import checked_offline_read

    return checked_offline_read(data, operation.body)


def _as_is(_operation: Operation, data: Any) -> Any:
    return data


def _remediation_batch(operation: Operation, data: Any) -> Any:
    from ..api.remediation import checked_batch

    return checked_batch(data, None if operation.subject is None else int(operation.subject))


def _remediation_execution(operation: Operation, data: Any) -> Any:
    from ..api.remediation import checked_execution

    return checked_execution(data, int(operation.subject))


SPECS: dict[Kind, Spec] = {spec.kind: spec for spec in (
    Spec(Kind.CREDIT,
         QT_TRANSLATE_NOOP("Operations", "Miles credit"), Policy.QUEUE,
         QT_TRANSLATE_NOOP("Operations", "Queued: it is credited when the backend is back."),
         "credits", Editing.ALWAYS, Home.MEMBER, True, _credit),
    Spec(Kind.CREDIT_DECISION,
         QT_TRANSLATE_NOOP("Operations", "Credit approval"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Approving or rejecting a credit needs its live "
                                         "state; not taken offline."),
         "credits", Editing.NEVER, Home.MEMBER, True, _credit_decision),
    Spec(Kind.REVERSAL,
         QT_TRANSLATE_NOOP("Operations", "Reversal"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Reversals need the live ledger; they are not "
                                         "taken offline."),
         "reversals", Editing.NEVER, Home.MEMBER, True, _reversal),
    Spec(Kind.AWARD_BOOKING,
         QT_TRANSLATE_NOOP("Operations", "Award booking"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Booking a chosen flight needs the live seats; "
                                         "offline, the route can be booked provisionally "
                                         "instead."),
         "awards", Editing.ROUTE_ONLY, Home.MEMBER, True, _award),
    Spec(Kind.UPGRADE,
         QT_TRANSLATE_NOOP("Operations", "Upgrade"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Upgrades need the live ticket and seat map; they "
                                         "are not taken offline."),
         "upgrades", Editing.NEVER, Home.MEMBER, True, _upgrade),
    Spec(Kind.AWARD_CANCELLATION,
         QT_TRANSLATE_NOOP("Operations", "Award cancellation"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Cancelling an award needs the live booking; not "
                                         "taken offline."),
         "awards", Editing.NEVER, Home.MEMBER, True, _cancellation),
    Spec(Kind.PROFILE_CHANGE,
         QT_TRANSLATE_NOOP("Operations", "Profile change"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Profile changes need the caller verified against "
                                         "the live account; they are not taken offline."),
         "profile", Editing.NEVER, Home.MEMBER, False, _account),
    Spec(Kind.CONTACT_CHANGE,
         QT_TRANSLATE_NOOP("Operations", "E-mail or phone change"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "E-mail and phone changes need the live account "
                                         "(they are how the member is reached to confirm "
                                         "other changes); they are not taken offline."),
         "profile", Editing.NEVER, Home.MEMBER, False, _account),
    Spec(Kind.REQUEST_CLAIM,
         QT_TRANSLATE_NOOP("Operations", "Request claim"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Claiming a request needs the live queue (a "
                                         "colleague may have it); not taken offline."),
         "requests", Editing.NEVER, Home.REQUEST, False, _request),
    Spec(Kind.REQUEST_DECISION,
         QT_TRANSLATE_NOOP("Operations", "Request decision"), Policy.QUEUE,
         QT_TRANSLATE_NOOP("Operations", "Queued: the decision is recorded when the backend "
                                         "is back."),
         "requests", Editing.ALWAYS, Home.REQUEST, False, _request),
    Spec(Kind.CLOSURE,
         QT_TRANSLATE_NOOP("Operations", "Closed with a reason"), Policy.QUEUE,
         QT_TRANSLATE_NOOP("Operations", "Queued: your word goes to the backend's audit "
                                         "trail when it is back."),
         None, Editing.NEVER, Home.MEMBER, True, _as_is),
    Spec(Kind.SECURITY_EVENT,
         QT_TRANSLATE_NOOP("Operations", "Security report"), Policy.QUEUE,
         QT_TRANSLATE_NOOP("Operations", "Queued: the report goes to the backend's audit "
                                         "trail when it is back."),
         None, Editing.NEVER, Home.MEMBER, True, _as_is),
    Spec(Kind.OFFLINE_READ,
         QT_TRANSLATE_NOOP("Operations", "Offline read"), Policy.QUEUE,
         QT_TRANSLATE_NOOP("Operations", "Queued: what you opened from the offline copy goes "
                                         "to the backend's audit trail when it is back."),
         None, Editing.NEVER, Home.MEMBER, True, _offline_read),
    Spec(Kind.REMEDIATION_PROPOSAL,
         QT_TRANSLATE_NOOP("Operations", "Remediation batch"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "A remediation batch is fixed against the live "
                                         "ledger; not taken offline."),
         "reversals", Editing.NEVER, Home.MEMBER, False, _remediation_batch),
    Spec(Kind.REMEDIATION_APPROVAL,
         QT_TRANSLATE_NOOP("Operations", "Remediation approval"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Approving a batch needs its live state; not taken "
                                         "offline."),
         "reversals", Editing.NEVER, Home.MEMBER, False, _remediation_batch),
    Spec(Kind.REMEDIATION_EXECUTION,
         QT_TRANSLATE_NOOP("Operations", "Remediation execution"), Policy.REFUSE,
         QT_TRANSLATE_NOOP("Operations", "Reversals need the live ledger; they are not "
                                         "taken offline."),
         "reversals", Editing.NEVER, Home.MEMBER, False, _remediation_execution),
)}


def spec(kind: Kind) -> Spec:
    return SPECS[kind]
