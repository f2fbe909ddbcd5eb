"""Miles on the reference server: a member's balance read from its database, and the body of
a goodwill credit."""

from __future__ import annotations

from sqlalchemy import func, select

from supportdesk.server import db


def balance(live_server, number: str) -> int:
    """The member's miles balance: the sum of its ledger, read from the server's database."""
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(func.coalesce(func.sum(db.ledger.c.miles), 0))
            .join(db.members, db.members.c.id == db.ledger.c.member_id)
            .where(db.members.c.member_number == number)).scalar_one()


def goodwill(number: str, miles: int, reason: str = "Delayed bag, goodwill") -> dict:
    return {"member_number": number, "miles": miles, "kind": "goodwill", "reason": reason}
