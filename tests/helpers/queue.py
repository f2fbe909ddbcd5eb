"""Requests on the reference server's queue, made for one test alone."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import insert, select

from supportdesk.server import db

_tickets = itertools.count(1)


def add_request(live_server, *, flight_status: str | None = None,
                type: str | None = None) -> int:  # noqa: A002
    """A new, unassigned request for one test alone: a copy of a seeded one (same member,
    flight and fare) under a ticket number nobody else uses.

    Tests that close requests use these, so the seeded queue stays as the server tests
    expect it (they count the open requests).
    """
    r, f = db.requests, db.flights
    stmt = select(r).join(f, f.c.id == r.c.flight_id).order_by(r.c.id)
    if flight_status:
        stmt = stmt.where(f.c.status == flight_status)
    if type:
        stmt = stmt.where(r.c.type == type)
    now = db.utcnow()
    with live_server.settings.engine.begin() as conn:
        row = dict(conn.execute(stmt).mappings().first())
        row.pop("id")
        row.update(status="new", assignee_id=None, decided_by=None, decided_at=None,
                   customer_reply=None, created_at=db.iso(now),
                   sla_due=db.iso(now + dt.timedelta(hours=24)),
                   ticket_number=f"2208{next(_tickets):09d}")
        return conn.execute(insert(r).values(**row)).inserted_primary_key[0]
