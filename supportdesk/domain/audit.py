"""The supervisors' audit trail: what a filter may hold and how much one read or export takes.
One home for the server (GET /audit), the client and the Audit page's as-you-type checks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..errors import InvalidInput
from .agents import USERNAME
from .identifiers import InvalidIdentifier, parse_member_number

AUDIT_PAGE = 100  # entries per page the Audit page asks for
MAX_AUDIT_PAGE = 500  # the most one GET /audit answers
MAX_AUDIT_EXPORT_ROWS = 100_000  # an export stops here and says so
# Actions are lower-case words joined by _ or - ("credit_approved", "security-event").
ACTION = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class AuditFilter:
    """Which entries: each set field must match; `since` inclusive, `until` exclusive."""

    member: str | None = None
    agent: str | None = None  # a user name
    action: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def params(self) -> dict[str, str]:
        """The query parameters of GET /audit (times as ISO 8601 in UTC)."""
        out = {"member": self.member, "agent": self.agent, "action": self.action,
               "from": _iso(self.since), "to": _iso(self.until)}
        return {key: value for key, value in out.items() if value is not None}


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")


def check_member(text: str) -> str:
    """A member number as stored (15 digits), or InvalidInput for field `member`."""
    try:
        return parse_member_number(text)
    except InvalidIdentifier as exc:
        raise InvalidInput("member", exc.message, code=exc.code or "invalid-input",
                           **exc.params) from None


def check_agent(text: str) -> str:
    username = text.strip().lower()
    if not USERNAME.match(username):
        raise InvalidInput("agent", "An agent's user name: 1-64 characters, letters a-z, "
                                    "digits and . _ @ -.", code="audit-agent")
    return username


def check_action(text: str) -> str:
    action = text.strip().lower()
    if not ACTION.match(action):
        raise InvalidInput("action", "An action is one word of letters a-z, digits, _ or - "
                                     "(for example credit_approved), at most 40 characters.",
                           code="audit-action")
    return action


def check_period(since: dt.datetime | None, until: dt.datetime | None) -> None:
    if since is not None and until is not None and until <= since:
        raise InvalidInput("to", "The end of the period must come after its start.",
                           code="period-order")


def check_day(field: str, text: str) -> dt.date:
    """A day typed as 2026-12-24 or as 24.12.2026, or InvalidInput for `field`."""
    day = parse_day(text)
    if day is None:
        raise InvalidInput(field, "A date like 24.12.2026 or 2026-12-24.", code="audit-date")
    return day


def parse_day(text: str) -> dt.date | None:
    """A day as an agent types it in either language: 2026-12-24, 24.12.2026 (None if not)."""
    cleaned = text.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    return None


def typed_filter(*, member: str = "", agent: str = "", action: str = "", since: str = "",
                 until: str = "") -> AuditFilter:
    """The filter an agent typed (empty: any), or InvalidInput naming the first bad field.
    Days are the agent's own (local) days: `since` from its start, `until` to its end."""
    start = end = None
    if since.strip():
        start = dt.datetime.combine(check_day("from", since), dt.time()).astimezone()
    if until.strip():
        day = check_day("to", until) + dt.timedelta(days=1)
        end = dt.datetime.combine(day, dt.time()).astimezone()
    check_period(start, end)
    return AuditFilter(
        member=check_member(member) if member.strip() else None,
        agent=check_agent(agent) if agent.strip() else None,
        action=check_action(action) if action.strip() else None,
        since=start, until=end)
