"""Demo award inventory: the next 60 days, every hub to every destination and back, with a
few seats per cabin (some flights with one seat left, some sold out)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Connection, func, insert, select

from . import db
from .seed import HUBS
from .seed_requests import DESTINATIONS

CABIN_SEATS = (("Economy", 9), ("Premium Economy", 6), ("Business", 4), ("First", 2))
DAYS = 60


def seed_awards(conn: Connection, *, seed: int, today: dt.date) -> int:
    if conn.execute(select(func.count()).select_from(db.award_inventory)).scalar_one():
        return 0
    rnd = random.Random(seed * 31 + 5)
    rows = []
    number = 300
    for hub in HUBS:
        for dest in DESTINATIONS:
            if dest == hub:
                continue
            for origin, destination in ((hub, dest), (dest, hub)):
                number += 1
                flight = f"LH{number}"
                hour = 6 + number % 15
                for day in range(DAYS):
                    date = (today + dt.timedelta(days=day)).isoformat()
                    for cabin, most in CABIN_SEATS:
                        rows.append({"flight_number": flight, "departure_date": date,
                                     "departure_time": f"{hour:02d}:{(number * 7) % 60:02d}",
                                     "origin": origin, "destination": destination,
                                     "cabin": cabin, "seats": rnd.randint(0, most)})
    conn.execute(insert(db.award_inventory), rows)
    return len(rows)
