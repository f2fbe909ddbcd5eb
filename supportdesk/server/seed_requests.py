"""Demo refund and rebooking requests: recent disrupted flights, from three channels, with
duplicates (the same ticket asked about twice). Times are relative to when it is seeded: each
request is received after its flight and before now, and its due time (the SLA rule of
domain.requests) leaves most within the SLA, some due soon and some overdue. What the customer
writes matches the request's type: a refund request asks for money back, a rebooking request
for another flight."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Connection, func, insert, select

from ..domain.fares import rules_for
from ..domain.replies import duration
from ..domain.requests import DUE_SOON_HOURS, SLA_HOURS, sla_due
from . import db
from .seed import HUBS, booking_code

DESTINATIONS = ("JFK", "ORD", "LHR", "CDG", "FCO", "MAD", "BCN", "AMS", "CPH", "ARN", "WAW",
                "PRG", "VIE", "ATH", "LIS", "DUB", "SIN", "NRT", "DXB", "GRU", "YYZ", "SFO")
CLASSES = ("Y", "B", "M", "H", "K", "L", "Q", "T", "V", "W", "E", "J", "C", "D", "Z", "P", "F")
# What customers write, by request type and what happened to the flight ({f} flight number,
# {d} date, {late} the delay at arrival, {to} the destination). A refund request asks for money
# back (and perhaps compensation); a rebooking request asks for another flight, never money.
MESSAGES = {
    ("refund", "cancelled"): (
        "My flight {f} on {d} was cancelled. I want my money back.",
        "Your airline cancelled {f} ({d}). I request a refund of my ticket and compensation.",
        "{f} on {d} was cancelled and I travelled another way. Please refund my ticket."),
    ("refund", "delayed"): (
        "{f} on {d} arrived {late} late and I missed my meeting. Please refund my ticket and "
        "pay compensation.",
        "Delay of {f} on {d} ({late}): I claim a refund and the compensation under EU 261.",
        "{f} ({d}) was so late that I gave up the trip. Please refund my ticket."),
    ("refund", "operated"): (
        "I could not travel on {f} ({d}) for personal reasons. Can I get a refund?",
        "I did not fly on {f} on {d}. Please refund my ticket, or at least the taxes."),
    ("rebooking", "cancelled"): (
        "Flight {f} on {d} was cancelled — please rebook me on the next possible flight to {to}.",
        "My flight {f} ({d}) was cancelled. Please book me on another flight to {to}."),
    ("rebooking", "delayed"): (
        "We landed {late} late with {f} on {d}. Please move my return flight to a later day.",
        "Because {f} on {d} arrived {late} late I missed my connection. Please rebook me on the "
        "next flight to {to}."),
    ("rebooking", "operated"): (
        "I missed {f} on {d}. Please move my booking to a later date.",
        "I could not take {f} on {d}. Please change my booking to another flight to {to}."),
}
EXTRAORDINARY = ("Air traffic control strike", "Thunderstorm at the destination airport",
                 "Airport closed by the authorities", "Bird strike on the previous flight")
# Where the due times fall when the demo is seeded: most within the SLA, some due soon
# (domain.requests.DUE_SOON_HOURS), some overdue.
SLA_SPREAD = (("within", 0.7), ("due_soon", 0.15), ("overdue", 0.15))
MAX_OVERDUE_HOURS = 48
# Request ids index bookings above any member's own (member index * 4 + 0..3).
_BOOKING_BASE = 400_000_000


def _received(rnd: random.Random, kind: str, now: dt.datetime) -> dt.datetime:
    """When a request of `kind` came in, drawn so its due time has the SLA state drawn
    from SLA_SPREAD at `now`; never later than now (whole minutes)."""
    roll, state = rnd.random(), "within"
    for state, share in SLA_SPREAD:
        if roll < share:
            break
        roll -= share
    sla = SLA_HOURS[kind] * 60
    soon = DUE_SOON_HOURS * 60
    if state == "within":  # due in more than DUE_SOON_HOURS, received at least 10 min ago
        left = rnd.randrange(soon + 1, sla - 10)
    elif state == "due_soon":
        left = rnd.randrange(1, soon + 1)
    else:
        left = -rnd.randrange(1, MAX_OVERDUE_HOURS * 60)
    due = now.replace(second=0, microsecond=0) + dt.timedelta(minutes=left)
    return due - dt.timedelta(minutes=sla)


_FLUSH = 10_000  # requests made before they are inserted


def seed_requests(conn: Connection, *, seed: int, members: int, now: dt.datetime) -> int:
    """Insert about one request per 50 members (at least 60); returns how many."""
    count = max(60, members // 50)
    rnd = random.Random(seed * 7_919 + 17)
    existing = conn.execute(select(func.count()).select_from(db.requests)).scalar_one()
    if existing:
        return 0
    agents = conn.execute(select(db.agents.c.id)).scalars().all()
    flights: dict[tuple[str, str], dict] = {}  # every flight so far, by number and day
    flight_rows, bookings, tickets, segments, rows = [], [], [], [], []
    written = 0

    def flush() -> None:
        """Insert what was made since the last flush, in FK order: memory stays bounded by
        _FLUSH requests, whatever the member count (30 million members make 600,000)."""
        for row in rows:
            if row["assignee_id"] is not None:
                row["status"] = "in_review"
        for table, batch in ((db.flights, flight_rows), (db.bookings, bookings),
                             (db.tickets, tickets), (db.segments, segments),
                             (db.requests, rows)):
            if batch:
                conn.execute(insert(table), batch)
            batch.clear()

    for n in range(1, count + 1):
        member = rnd.randrange(1, members + 1)
        kind = "refund" if rnd.random() < 0.6 else "rebooking"
        created = _received(rnd, kind, now)
        # The flight was before the day the request came in (1 to 30 days before).
        day = (created.date() - dt.timedelta(days=rnd.randrange(1, 31))).isoformat()
        flight_number = f"LH{rnd.randrange(100, 1999)}"
        key = (flight_number, day)
        if key not in flights:
            status_roll = rnd.random()
            status = "cancelled" if status_roll < 0.35 else "delayed" if status_roll < 0.7 \
                else "operated"
            hub, dest = rnd.choice(HUBS), rnd.choice(DESTINATIONS)
            if dest == hub:  # VIE is both: a flight goes somewhere
                dest = "JFK"
            origin, destination = (hub, dest) if rnd.random() < 0.5 else (dest, hub)
            delay = rnd.choice((45, 95, 150, 185, 200, 240, 290, 320, 420)) \
                if status == "delayed" else 0
            flights[key] = dict(
                id=len(flights) + 1, flight_number=flight_number, departure_date=day, origin=origin,
                destination=destination, status=status, arrival_delay_minutes=delay,
                notice_days=rnd.choice((0, 1, 3, 5, 9, 12, 16)) if status == "cancelled"
                else None,
                rerouting_departure_minutes=rnd.choice((-90, -30, 0, 60, 180))
                if status == "cancelled" else None,
                rerouting_arrival_minutes=rnd.choice((60, 110, 150, 230, 300, 600))
                if status == "cancelled" else None,
                extraordinary=rnd.choice(EXTRAORDINARY) if status != "operated"
                and rnd.random() < 0.15 else None,
            )
            flight_rows.append(flights[key])
        flight = flights[key]  # maybe another request's flight: its facts, not new ones
        booking_id = _BOOKING_BASE + n
        code = booking_code(booking_id)
        ticket = f"220{9_000_000_000 + n:010d}"[-13:]
        cls = rnd.choice(CLASSES)
        bookings.append(dict(id=booking_id, code=code, member_id=member,
                             created_at=db.iso(now - dt.timedelta(days=60))))
        tickets.append(dict(number=ticket, booking_id=booking_id, member_id=member,
                            passenger_name="DEMO/PASSENGER", fare_basis=f"{cls}FLEX"))
        segments.append(dict(ticket_number=ticket, seq=1, flight_number=flight_number,
                             origin=flight["origin"], destination=flight["destination"],
                             departure_date=day, booking_class=cls,
                             cabin=rules_for(cls).cabin.value))
        message = rnd.choice(MESSAGES[kind, flight["status"]]).format(
            f=flight_number, d=day, to=flight["destination"],
            late=duration(flight["arrival_delay_minutes"] or 0))
        base = dict(type=kind, member_id=member, booking_code=code, ticket_number=ticket,
                    flight_id=flight["id"], booking_class=cls, customer_message=message)
        rows.append({**base, "channel": rnd.choice(("web", "email", "phone")), "status": "new",
                     "created_at": db.iso(created), "sla_due": db.iso(sla_due(kind, created)),
                     "assignee_id": rnd.choice(agents) if rnd.random() < 0.2 else None})
        since = int((now - created).total_seconds() // 60)
        if rnd.random() < 0.08 and since > 60:  # the same customer asks again, another channel
            again = created + dt.timedelta(minutes=rnd.randrange(30, min(since, 20 * 60)))
            rows.append({**base, "channel": rnd.choice(("web", "email", "phone")),
                         "status": "new", "created_at": db.iso(again),
                         "sla_due": db.iso(sla_due(kind, again)), "assignee_id": None})
        if n % _FLUSH == 0:
            written += len(rows)
            flush()
    written += len(rows)
    flush()
    return written
