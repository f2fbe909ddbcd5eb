"""The demo's incident window (issue 16, item 5), modelled on the wrong-profile incident of a
miles programme's web site: for 40 minutes members who signed in were shown other members'
accounts (4,100 sign-ins; one found 60,000 miles donated from his account). In the demo the
window holds a few hundred web donations and award redemptions and some dozens of profile
changes (e-mail, phone, address), some of them made from a session that showed another
member's account, among the app's, the partners' and the batch job's ordinary entries of the
same minutes. The Remediation page proposes reversing and restoring them."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import Connection, func, insert, select, update

from ..domain.ledger_text import CHARITIES, DONATION
from . import db
from .actions.profile import column_values, record_change
from .seed import flight_miles, flight_text

INCIDENT_FROM = dt.datetime(2026, 10, 27, 15, 0, tzinfo=dt.timezone.utc)  # 16:00 CET
INCIDENT_TO = INCIDENT_FROM + dt.timedelta(minutes=40)
INCIDENT_NOTE = "Web sign-ins showed other members' accounts (incident of 27 Oct, 16:00–16:40)"
_MAIL_DOMAINS = ("mailbox.example", "post.example", "inbox.example")
_STREETS = ("Am Markt", "Lindenweg", "Bahnhofstraße", "Rue de la Gare", "Hauptstraße")


def incident_members(members: int) -> range:
    """The demo members whose accounts the window touches: the last quarter (tests name
    members from the first three quarters and rely on their ledgers)."""
    first = members - members // 4 + 1 if members >= 8 else 1
    return range(first, members + 1)


def seed_incident(conn: Connection, *, seed: int, members: int) -> int:
    """Add the window's entries; returns how many. Balances never go below zero."""
    pool = incident_members(members)
    if not pool:
        return 0
    rnd = random.Random(seed * 7919 + 16)
    count = min(400, max(len(pool) // 2, 4))
    # The members first, then only their balances: one index lookup each, at any size.
    picked = [pool[int(rnd.random() * len(pool))] for _ in range(count)]
    balances = dict(conn.execute(
        select(db.ledger.c.member_id, func.sum(db.ledger.c.miles))
        .where(db.ledger.c.member_id.in_(sorted(set(picked))))
        .group_by(db.ledger.c.member_id)).all())
    tiers = dict(conn.execute(select(db.members.c.id, db.members.c.tier)
                              .where(db.members.c.id.in_(sorted(set(picked))))).all())
    rows = []
    big_donation_done = False
    for member_id in picked:
        second = int(rnd.random() * 2400)
        at = db.iso(INCIDENT_FROM + dt.timedelta(seconds=second))
        roll = rnd.random()
        have = balances.get(member_id, 0)
        if roll < 0.10:  # flown miles, as the mileage calculator counts them
            booking_class = rnd.choice(("Y", "M", "B"))
            kind, channel, miles, text = (
                "accrual", "batch",
                flight_miles("FRA", "JFK", booking_class, tiers.get(member_id, "Base")),
                flight_text("LH400", "FRA", "JFK", booking_class))
        elif roll < 0.20:
            kind, channel, miles, text = ("partner_accrual", "partner",
                                          100 + int(rnd.random() * 2000), "Hotel partner")
        else:
            channel = "app" if roll < 0.35 else "web"
            if not big_donation_done and channel == "web" and have >= 60_000:
                kind, miles = "donation", -60_000
                text = DONATION.format(charity=CHARITIES[3])
                big_donation_done = True
            elif roll < 0.70:
                kind = "donation"
                miles = -rnd.choice((1_000, 2_000, 5_000, 10_000))
                text = DONATION.format(charity=rnd.choice(CHARITIES))
            else:
                kind = "award_redemption"
                miles = -rnd.choice((15_000, 25_000, 30_000))
                text = "Flight award"
            if have + miles < 0:
                continue  # not enough miles: this member did nothing in the window
        balances[member_id] = have + miles
        rows.append({"member_id": member_id, "posted_at": at, "kind": kind, "miles": miles,
                     "description": text, "reference": None, "channel": channel})
    rows.sort(key=lambda r: r["posted_at"])
    if rows:
        conn.execute(insert(db.ledger), rows)
    return len(rows) + _profile_changes(conn, rnd, pool, max(count // 6, 2))


def _profile_changes(conn: Connection, rnd: random.Random, pool: range, count: int) -> int:
    """Members changing their e-mail, phone or address on the web site or in the app during
    the window (each member at most once), applied to the members' rows."""
    ids = sorted({pool[int(rnd.random() * len(pool))] for _ in range(count)})
    m = db.members
    members = conn.execute(select(m.c.id, m.c.first_key, m.c.email, m.c.phone, m.c.street)
                           .where(m.c.id.in_(ids))).all()
    for member in members:
        roll = rnd.random()
        if roll < 0.5:
            local = f"{member.first_key.replace(' ', '')}.{int(rnd.random() * 9000) + 1000}"
            after = {"email": f"{local}@{rnd.choice(_MAIL_DOMAINS)}"}
        elif roll < 0.75:
            after = {"phone": f"+4917{int(rnd.random() * 100_000_000):08d}"}
        else:
            after = {"street": f"{rnd.choice(_STREETS)} {int(rnd.random() * 90) + 1}"}
        before = {k: getattr(member, k) for k in after}
        at = INCIDENT_FROM + dt.timedelta(seconds=int(rnd.random() * 2400))
        conn.execute(update(m).where(m.c.id == member.id).values(**column_values(after)))
        record_change(conn, member.id, "web" if rnd.random() < 0.8 else "app", before, after,
                      at=at)
    return len(members)
