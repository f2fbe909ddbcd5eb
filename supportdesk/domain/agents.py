"""Who may sign in and with what authority: roles, user names, passwords and credit limits of
the agents IT manages (`supportdesk-server agents`), written once for the server and its CLI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .limits import MAX_CREDIT_MILES
from .text import TextProblem, TextRule


class Role(str, Enum):
    """An agent works members and the queue; a supervisor also approves (never their own),
    reverses and remediates."""

    AGENT = "agent"
    SUPERVISOR = "supervisor"


ROLES = tuple(role.value for role in Role)

# Sign-in lower-cases and trims what is typed, so stored user names are lower-case already.
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")
AGENT_NAME = TextRule(1, 200)  # as the agents' screens and the audit show it
# The sign-in form and the server's login model take at most MAX_PASSWORD characters: a longer
# password could be set but never typed in.
MIN_PASSWORD = 8
MAX_PASSWORD = 200
# A credit above the per-credit limit waits for a supervisor; so does one that would take the
# day's total above the daily limit. 0 is a real setting (a trainee: every credit approved).
MAX_DAILY_MILES = 10 * MAX_CREDIT_MILES


class AgentProblem(ValueError):
    """Why an agent's details are refused: a `code` for tools, `str()` in words for IT."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Limits:
    per_credit_miles: int
    daily_miles: int


def is_supervisor(role: str) -> bool:
    return role == Role.SUPERVISOR.value


def clean_username(text: str) -> str:
    """The user name as sign-in compares it (trimmed, lower-case), or AgentProblem."""
    username = text.strip().lower()
    if not USERNAME.match(username):
        raise AgentProblem("bad-username",
                           f"User name {text!r} is not valid: 1-64 characters, letters a-z, "
                           f"digits and . _ @ -, starting with a letter or digit.")
    return username


def clean_agent_name(text: str) -> str:
    try:
        return AGENT_NAME.clean(text)
    except TextProblem as exc:
        raise AgentProblem("bad-name", f"The agent's name is not valid: {exc.message}") from None


def clean_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise AgentProblem("bad-role", f"Role {text!r} is not known; choose "
                                       f"{' or '.join(ROLES)}.") from None


def _miles(text: str | int, what: str, most: int) -> int:
    try:
        miles = int(str(text).strip().replace("_", "").replace(",", ""))
    except ValueError:
        miles = -1
    if not 0 <= miles <= most:
        raise AgentProblem("bad-limits", f"The {what} limit must be a whole number of miles "
                                         f"from 0 to {most:,}; got {text!r}.")
    return miles


def clean_limits(per_credit: str | int, daily: str | int) -> Limits:
    """The credit limits in miles, or AgentProblem: per credit at most MAX_CREDIT_MILES (no
    credit is larger), daily at most MAX_DAILY_MILES and never below the per-credit limit
    (a credit above the daily limit waits anyway, so a larger per-credit limit would mislead)."""
    limits = Limits(_miles(per_credit, "per-credit", MAX_CREDIT_MILES),
                    _miles(daily, "daily", MAX_DAILY_MILES))
    if limits.per_credit_miles > limits.daily_miles:
        raise AgentProblem("bad-limits", f"The per-credit limit ({limits.per_credit_miles:,}) "
                                         f"is above the daily limit ({limits.daily_miles:,}).")
    return limits


def check_password(password: str) -> str:
    """The password as given (never trimmed: spaces are part of it), or AgentProblem."""
    if len(password) < MIN_PASSWORD:
        raise AgentProblem("weak-password",
                           f"The password is too short: at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise AgentProblem("long-password",
                           f"The password is too long: at most {MAX_PASSWORD} characters "
                           f"(the sign-in takes no more).")
    if any(c in password for c in "\r\n\0"):
        raise AgentProblem("bad-password", "The password contains a line break or NUL.")
    return password
