"""Demo refund and rebooking requests: recent disrupted flights, from three channels, with
duplicates (the same ticket asked about twice). Times are relative to when it is seeded, so a
demo always has fresh, due and overdue requests."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Connection, func, insert, select

from . import db
from .seed import HUBS, booking_code

DESTINATIONS = ("JFK", "ORD", "LHR", "CDG", "FCO", "MAD", "BCN", "AMS", "CPH", "ARN", "WAW",
                "PRG", "VIE", "ATH", "LIS", "DUB", "SIN", "NRT", "DXB", "GRU", "YYZ", "SFO")
CLASSES = ("Y", "B", "M", "H", "K", "L", "Q", "T", "V", "W", "E", "J", "C", "D", "Z", "P", "F")
MESSAGES = {
    "cancelled": ("My flight {f} on {d} was cancelled. I want my money back.",
                  "Flight {f} cancelled — please rebook me on the next possible flight.",
                  "Your airline cancelled {f} ({d}). I request a refund and compensation."),
    "delayed": ("{f} on {d} arrived hours late and I missed my meeting. Compensation please.",
                "We landed far too late with {f}. I want to change my return flight.",
                "Delay of {f} on {d}: I claim compensation under EU 261."),
    "operated": ("I could not travel on {f} ({d}) for personal reasons. Can I get a refund?",
                 "Please move my booking on {f} to a later date.",
                 "I want to cancel my ticket for {f} on {d}."),
}
EXTRAORDINARY = ("Air traffic control strike", "Thunderstorm at the destination airport",
                 "Airport closed by the authorities", "Bird strike on the previous flight")
SLA_HOURS = {"refund": 72, "rebooking": 24}
# Request ids index bookings above any member's own (member index * 4 + 0..3).
_BOOKING_BASE = 400_000_000


def seed_requests(conn: Connection, *, seed: int, members: int, now: dt.datetime) -> int:
    """Insert about one request per 50 members (at least 60); returns how many."""
    count = max(60, members // 50)
    rnd = random.Random(seed * 7_919 + 17)
    existing = conn.execute(select(func.count()).select_from(db.requests)).scalar_one()
    if existing:
        return 0
    agents = conn.execute(select(db.agents.c.id)).scalars().all()
    flights: dict[tuple[str, str], int] = {}
    flight_rows, bookings, tickets, segments, rows = [], [], [], [], []
    for n in range(1, count + 1):
        member = rnd.randrange(1, members + 1)
        status_roll = rnd.random()
        status = "cancelled" if status_roll < 0.35 else "delayed" if status_roll < 0.7 \
            else "operated"
        hub, dest = rnd.choice(HUBS), rnd.choice(DESTINATIONS)
        outbound = rnd.random() < 0.5
        origin, destination = (hub, dest) if outbound else (dest, hub)
        day = (now - dt.timedelta(days=rnd.randrange(1, 40))).date().isoformat()
        flight_number = f"LH{rnd.randrange(100, 1999)}"
        key = (flight_number, day)
        if key not in flights:
            delay = rnd.choice((0, 45, 95, 150, 185, 200, 240, 290, 420)) \
                if status == "delayed" else 0
            flights[key] = len(flight_rows) + 1
            flight_rows.append(dict(
                id=flights[key], flight_number=flight_number, departure_date=day, origin=origin,
                destination=destination, status=status, arrival_delay_minutes=delay,
                notice_days=rnd.choice((0, 1, 3, 5, 9, 12, 16)) if status == "cancelled"
                else None,
                rerouting_departure_minutes=rnd.choice((-90, -30, 0, 60, 180))
                if status == "cancelled" else None,
                rerouting_arrival_minutes=rnd.choice((60, 110, 150, 230, 300, 600))
                if status == "cancelled" else None,
                extraordinary=rnd.choice(EXTRAORDINARY) if status != "operated"
                and rnd.random() < 0.15 else None,
            ))
        booking_id = _BOOKING_BASE + n
        code = booking_code(booking_id)
        ticket = f"220{9_000_000_000 + n:010d}"[-13:]
        cls = rnd.choice(CLASSES)
        bookings.append(dict(id=booking_id, code=code, member_id=member,
                             created_at=db.iso(now - dt.timedelta(days=60))))
        tickets.append(dict(number=ticket, booking_id=booking_id, member_id=member,
                            passenger_name="DEMO/PASSENGER", fare_basis=f"{cls}FLEX"))
        segments.append(dict(ticket_number=ticket, seq=1, flight_number=flight_number,
                             origin=origin, destination=destination, departure_date=day,
                             booking_class=cls, cabin="Economy"))
        kind = "refund" if rnd.random() < 0.6 else "rebooking"
        created = now - dt.timedelta(hours=rnd.randrange(1, 120))
        message = rnd.choice(MESSAGES[status]).format(f=flight_number, d=day)
        base = dict(type=kind, member_id=member, booking_code=code, ticket_number=ticket,
                    flight_id=flights[key], booking_class=cls, customer_message=message)
        rows.append({**base, "channel": rnd.choice(("web", "email", "phone")), "status": "new",
                     "created_at": db.iso(created),
                     "sla_due": db.iso(created + dt.timedelta(hours=SLA_HOURS[kind])),
                     "assignee_id": rnd.choice(agents) if rnd.random() < 0.2 else None})
        if rnd.random() < 0.08:  # the same customer asks again through another channel
            again = created + dt.timedelta(hours=rnd.randrange(1, 20))
            rows.append({**base, "channel": rnd.choice(("web", "email", "phone")),
                         "status": "new", "created_at": db.iso(again),
                         "sla_due": db.iso(again + dt.timedelta(hours=SLA_HOURS[kind])),
                         "assignee_id": None})
    for row in rows:
        if row["assignee_id"] is not None:
            row["status"] = "in_review"
    for table, batch in ((db.flights, flight_rows), (db.bookings, bookings),
                         (db.tickets, tickets), (db.segments, segments), (db.requests, rows)):
        conn.execute(insert(table), batch)
    return len(rows)
