"""Checks every member-scoped answer goes through before anything is returned."""

from __future__ import annotations

import logging
from typing import Any

from ..errors import WrongMemberError

security_log = logging.getLogger("supportdesk.security")


def require_member(asked: str | None, answered: Any) -> None:
    if answered != asked:
        security_log.error("WRONG MEMBER in response: asked %s, answered %r", asked, answered)
        raise WrongMemberError(asked, answered if isinstance(answered, str) else None)
