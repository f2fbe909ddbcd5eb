"""Deterministic, fictional demo data (names, addresses and contact data are made up;
airports are real). Member i is the same for a given seed whatever the number of members,
so training material and tests can name members: member 1 is 992000000000018.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import logging
import multiprocessing
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import lru_cache

from sqlalchemy import Connection, Engine, Integer

from ..domain.identifiers import demo_member_number, demo_pin_of
from ..domain.ledger_text import CHARITIES, DONATION, FLIGHT
from ..domain.mileage import earn, route_miles
from ..domain.phonetics import cologne
from ..domain.text import fold_name
from . import db, name_keys
from .passwords import hash_password, pin_hash

log = logging.getLogger(__name__)

FIRST_NAMES = (
    "Anna", "Lena", "Marie", "Sophie", "Laura", "Julia", "Hannah", "Lea", "Sara", "Katharina",
    "Claudia", "Sabine", "Petra", "Monika", "Ursula", "Renate", "Birgit", "Andrea", "Nicole",
    "Jana", "Zoë", "Chloé", "Élodie", "Inès", "Giulia", "Francesca", "Lucía", "Carmen",
    "Ingrid", "Astrid", "Agnieszka", "Małgorzata", "Eva", "Emma", "Olivia", "Charlotte",
    "Noémie", "Björn", "Jürgen", "Jörg", "Lukas", "Leon", "Felix", "Jonas", "Paul", "Max",
    "Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Martin", "Peter",
    "Klaus", "Wolfgang", "Dieter", "Uwe", "Frank", "Tobias", "Sebastian", "Florian",
    "Matthias", "Alexander", "Daniel", "Jan", "Niklas", "Timo", "François", "Jérôme",
    "Luca", "Marco", "Alejandro", "José", "Søren", "Lars", "Piotr", "Tomasz", "James",
    "Oliver", "Noah", "Liam", "Raphael", "Mehmet", "Ayşe", "Emre", "Dragan", "Miloš",
)
LAST_NAMES = (
    "Müller", "Mueller", "Muller", "Schmidt", "Schmitt", "Schneider", "Fischer", "Weber",
    "Meyer", "Meier", "Maier", "Mayer", "Wagner", "Becker", "Schulz", "Hoffmann", "Hofmann",
    "Schäfer", "Schaefer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
    "Schroeder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange",
    "Schmitz", "Werner", "Krause", "Lehmann", "Köhler", "Herrmann", "König", "Walter",
    "Mayr", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Weiss",
    "Jung", "Hahn", "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler",
    "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig",
    "Böhm", "Winter", "Kraus", "Martin", "Schumacher", "Krämer", "Vogt", "Stein", "Jäger",
    "Otto", "Sommer", "Groß", "Gross", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber",
    "Graf", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel", "Horn", "Busch",
    "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Dubois",
    "Bernard", "Durand", "Lefèvre", "Moreau", "Rossi", "Russo", "Ferrari", "Esposito",
    "Bianchi", "García", "Fernández", "López", "Martínez", "Sánchez", "Jansen", "de Vries",
    "van Dijk", "Bakker", "Smith", "Jones", "Williams", "Brown", "Taylor", "O'Brien",
    "Nowak", "Kowalski", "Wiśniewski", "Andersson", "Johansson", "Nielsen", "Hansen",
    "Novák", "Horváth", "Nagy", "Yılmaz", "Kaya", "Petrović", "von Bülow", "Schulze-Wehning",
)
TITLES = (None, None, None, None, "Dr.", None, None, "Prof.", None, None)

# country code, calling code, language, weight, cities (name, postcode pattern)
COUNTRIES = (
    ("DE", "49", "de", 60, (("Frankfurt am Main", "60{:03d}"), ("München", "80{:03d}"),
                             ("Berlin", "10{:03d}"), ("Hamburg", "20{:03d}"),
                             ("Köln", "50{:03d}"), ("Düsseldorf", "40{:03d}"),
                             ("Stuttgart", "70{:03d}"), ("Leipzig", "04{:03d}"))),
    ("AT", "43", "de", 8, (("Wien", "1{:03d}"), ("Graz", "8{:03d}"), ("Salzburg", "5{:03d}"))),
    ("CH", "41", "de", 8, (("Zürich", "8{:03d}"), ("Genève", "12{:02d}"), ("Basel", "40{:02d}"))),
    ("FR", "33", "fr", 6, (("Paris", "750{:02d}"), ("Lyon", "690{:02d}"))),
    ("IT", "39", "it", 5, (("Milano", "201{:02d}"), ("Roma", "001{:02d}"))),
    ("ES", "34", "es", 4, (("Madrid", "280{:02d}"), ("Barcelona", "080{:02d}"))),
    ("NL", "31", "nl", 3, (("Amsterdam", "10{:02d} AB"), ("Rotterdam", "30{:02d} CD"))),
    ("GB", "44", "en", 3, (("London", "EC1A {:d}BB"), ("Manchester", "M{:d} 1AE"))),
    ("PL", "48", "pl", 2, (("Warszawa", "00-{:03d}"), ("Kraków", "30-{:03d}"))),
    ("US", "1", "en", 1, (("New York", "100{:02d}"), ("Chicago", "606{:02d}"))),
)
_COUNTRY_WEIGHTS = tuple(c[3] for c in COUNTRIES)
STREETS = ("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schillerstraße",
           "Rue de la Paix", "Via Roma", "Calle Mayor", "Kerkstraat", "High Street")
TIERS = ("Base", "Frequent Traveller", "Senator", "HON Circle")
_TIER_WEIGHTS = (70, 20, 8, 2)
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "mail.example")

# Real airports (IATA) for plausible routes; distances are priced elsewhere, from data.
HUBS = ("FRA", "MUC", "ZRH", "VIE", "BRU")
DESTINATIONS = ("JFK", "ORD", "SFO", "LAX", "YYZ", "GRU", "NRT", "HND", "PEK", "SIN", "BKK",
                "DXB", "JNB", "LHR", "CDG", "FCO", "MAD", "BCN", "AMS", "CPH", "OSL", "ARN",
                "WAW", "PRG", "BUD", "ATH", "IST", "LIS", "DUB", "HAM", "DUS",
                "BER", "STR", "CGN", "HAJ", "NUE", "GVA", "BSL")
BOOKING_CLASSES = (("Y", "Economy"), ("B", "Economy"), ("M", "Economy"), ("H", "Economy"),
                   ("K", "Economy"), ("W", "Premium Economy"), ("E", "Premium Economy"),
                   ("J", "Business"), ("C", "Business"), ("D", "Business"), ("P", "Business"),
                   ("F", "First"), ("A", "First"))
PARTNERS = ("Hotel partner stay", "Car rental partner", "Credit card partner",
            "Shopping partner", "Rail partner", "Energy partner")

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols: no 0/O, 1/I
_EPOCH = dt.date(2026, 11, 1)  # "today" of the demo data, so member i never changes


def booking_code(n: int) -> str:
    """A bijection of n < 2**30 onto 6-symbol codes that look random."""
    x = (n * 0x2545F491 + 0x1B873593) % (1 << 30)
    return "".join(_CODE_ALPHABET[(x >> (5 * k)) & 31] for k in range(6))


def ticket_number(member_index: int, k: int) -> str:
    return f"220{member_index:08d}{k:02d}"


_FOLDED = {name: fold_name(name) for name in FIRST_NAMES + LAST_NAMES}
_SOUND = {name: cologne(key) for name, key in _FOLDED.items()}  # schema 11's name codes


def _cumulative(weights: tuple[int, ...]) -> tuple[float, ...]:
    total, acc, out = sum(weights), 0, []
    for w in weights:
        acc += w
        out.append(acc / total)
    return tuple(out)


_COUNTRY_CUMULATIVE = _cumulative(_COUNTRY_WEIGHTS)
_TIER_CUMULATIVE = _cumulative(_TIER_WEIGHTS)


def _pick_weighted(items, cumulative, roll):  # noqa: ANN001, ANN202
    for item, bound in zip(items, cumulative):
        if roll < bound:
            return item
    return items[-1]


def _departure_time(index: int, k: int, seq: int) -> str:
    """A segment's local departure time, 06:00–21:55, from its place in the demo (no draw from
    the member's random stream, so the rest of the demo stays as it was)."""
    spot = index * 7 + k * 3 + seq
    return f"{6 + spot % 16:02d}:{(spot * 5) % 60:02d}"


def _channel(kind: str, n: int) -> str:
    """Where a demo entry was made: flown miles by the batch job, partner miles by the
    partner's feed, spending by the member on the web (two in three) or in the app."""
    if kind == "accrual":
        return "batch"
    if kind == "partner_accrual":
        return "partner"
    return "app" if n % 3 == 0 else "web"


@lru_cache(maxsize=None)
def _route_miles(origin: str, destination: str) -> int:
    return route_miles(origin, destination)


@lru_cache(maxsize=None)
def flight_miles(origin: str, destination: str, booking_class: str, tier: str) -> int:
    """The miles a demo flight accrues: what the app's mileage calculator
    (domain.mileage.calculate: route_miles, then earn) says for its route, class and the
    member's tier; each of the few thousand combinations worked out once."""
    return earn(_route_miles(origin, destination), booking_class, tier).total_miles


def flight_text(flight_number: str, origin: str, destination: str, booking_class: str) -> str:
    """A flight accrual's description; the ledger test reads the route and class back from it."""
    return FLIGHT.format(flight=flight_number, origin=origin, destination=destination,
                         booking_class=booking_class)


def _email_local(first: str, last: str, index: int) -> str:
    local = f"{_FOLDED[first]}.{_FOLDED[last]}".replace(" ", "").replace("'", "")
    return f"{local}.{index:x}"


def member_rows(seed: int, index: int):  # noqa: ANN201 - a tuple of row tuples
    """All rows of demo member `index` (1-based): member, ledger, bookings, tickets, segments,
    PIN."""
    rnd = random.Random(seed * 1_000_003 + index)
    r = rnd.random

    # random()-based helpers: several times faster than randrange/choice, equally deterministic.
    def choice(seq):  # noqa: ANN001, ANN202
        return seq[int(r() * len(seq))]

    def between(low: int, high: int) -> int:
        return low + int(r() * (high - low))

    first = choice(FIRST_NAMES)
    last = choice(LAST_NAMES)
    country, calling, language, _, cities = _pick_weighted(COUNTRIES, _COUNTRY_CUMULATIVE, r())
    city, postcode_pattern = choice(cities)
    postcode = postcode_pattern.format(between(1, 99))
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=between(0, 65 * 365))
    since = dt.date(1995, 1, 1) + dt.timedelta(days=between(0, 30 * 365))
    # A bijection of index onto 8 digits keeps phone numbers unique and fictional-looking.
    national = "15" + f"{(index * 7_654_321) % 100_000_000:08d}"
    email = f"{_email_local(first, last, index)}@{EMAIL_DOMAINS[index % 4]}"
    tier = _pick_weighted(TIERS, _TIER_CUMULATIVE, r())
    member = (
        index, demo_member_number(index), TITLES[index % 10], first, last,
        _FOLDED[first], _FOLDED[last], birth.isoformat(), email, email.casefold(),
        f"+{calling}{national}", national, f"{choice(STREETS)} {between(1, 180)}",
        postcode, city, country, language, tier,
        "closed" if r() < 0.01 else "active", since.isoformat(), _SOUND[last], _SOUND[first],
    )

    bookings, tickets, segments = [], [], []
    name_on_ticket = f"{_FOLDED[last].upper().replace(' ', '')}/{_FOLDED[first].upper()}"
    flights = []
    for k in range(choice((0, 1, 1, 1, 2, 3))):
        booking_id = index * 4 + k
        code = booking_code(booking_id)
        created = _EPOCH - dt.timedelta(days=between(1, 720))
        bookings.append((booking_id, code, index, created.isoformat() + "T09:00:00.000000Z"))
        number = ticket_number(index, k)
        cls, cabin = choice(BOOKING_CLASSES)
        tickets.append((number, booking_id, index, name_on_ticket, f"{cls}LOWEU"))
        hub, dest = choice(HUBS), choice(DESTINATIONS)
        if dest == hub:
            dest = "JFK"
        flight_no = f"LH{between(100, 2000)}"
        day = created + dt.timedelta(days=between(7, 120))
        segments.append((number, 1, flight_no, hub, dest, day.isoformat(), cls, cabin,
                         _departure_time(index, k, 1)))
        flights.append((day, flight_no, hub, dest, cls, number))
        if r() < 0.7:
            back = day + dt.timedelta(days=between(2, 21))
            back_no = f"LH{between(100, 2000)}"
            segments.append((number, 2, back_no, dest, hub, back.isoformat(), cls, cabin,
                             _departure_time(index, k, 2)))
            flights.append((back, back_no, dest, hub, cls, number))

    entries = []
    for _ in range(between(0, 15)):
        day = since + dt.timedelta(days=between(0, max((_EPOCH - since).days, 1)))
        if day > _EPOCH:
            day = _EPOCH
        kind_roll = r()
        if kind_roll < 0.6:
            cls = choice(BOOKING_CLASSES)[0]
            fno = f"LH{between(100, 2000)}"
            a, b = choice(HUBS), choice(DESTINATIONS)
            between(250, 12000)  # drawn as before, so the rest of the member stays as it was
            entries.append((day, "accrual", flight_miles(a, b, cls, tier),
                            flight_text(fno, a, b, cls), fno))
        else:
            entries.append((day, "partner_accrual", between(100, 3000),
                            choice(PARTNERS), None))
    for day, fno, a, b, cls, number in flights:
        if day <= _EPOCH:
            between(250, 12000)  # drawn as before, so the rest of the member stays as it was
            entries.append((day, "accrual", flight_miles(a, b, cls, tier),
                            flight_text(fno, a, b, cls), number))
    entries.sort(key=lambda e: e[0])
    # Spending happens after earning; a balance never goes below zero.
    balance, out = 0, []
    for day, kind, miles, text, ref in entries:
        out.append((day, kind, miles, text, ref))
        balance += miles
        roll = r()
        if roll < 0.06 and balance >= 30000:
            spend = choice((15000, 25000, 30000))
            out.append((day + dt.timedelta(days=3), "award_redemption", -spend,
                        "Flight award", booking_code(index * 4 + 3)))
            balance -= spend
        elif roll < 0.09 and balance >= 10000:
            out.append((day + dt.timedelta(days=5), "upgrade_redemption", -10000,
                        "Upgrade award", None))
            balance -= 10000
        elif roll < 0.11 and balance >= 2000:
            gift = choice((1000, 2000))
            out.append((day + dt.timedelta(days=1), "donation", -gift,
                        DONATION.format(charity=choice(CHARITIES[:3])), None))
            balance -= gift
    out.sort(key=lambda e: e[0])
    ledger = [
        (index, f"{day.isoformat()}T{(i * 37) % 24:02d}:{(i * 13) % 60:02d}:00.000000Z",
         kind, miles, text, ref, _channel(kind, index + i))
        for i, (day, kind, miles, text, ref) in enumerate(out)
    ]
    # The telephone PIN the demo sign-in tells trainers (domain.identifiers.demo_pin_of: the
    # member number's last four digits), stored hashed.
    pins = [(index, pin_hash(member[1], demo_pin_of(member[1])))]
    return member, ledger, bookings, tickets, segments, pins


DEMO_AGENTS = tuple(
    [(f"agent{i}", f"Agent {i}", "agent") for i in range(1, 21)]
    + [(f"super{i}", f"Supervisor {i}", "supervisor") for i in range(1, 4)]
)
DEMO_PER_CREDIT_LIMIT = 5_000
DEMO_DAILY_LIMIT = 20_000


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_text(rows: list) -> str:
    """Rows in PostgreSQL's COPY text format (tab-separated, \\N for NULL, escaped), made in
    the worker processes so that the writer only sends it.

    Demo text never holds a tab, a line break or a backslash: joined as it is, then counted
    to prove it (each separator where it belongs, a backslash only for each NULL), four times
    faster than escaping every value; anything else is escaped value by value."""
    if not rows:
        return ""
    text = "\n".join(["\t".join([v if isinstance(v, str) else "\\N" if v is None else str(v)
                                  for v in row]) for row in rows]) + "\n"
    nulls = sum(row.count(None) for row in rows)
    if (text.count("\t") == len(rows) * (len(rows[0]) - 1) and text.count("\n") == len(rows)
            and "\r" not in text and text.count("\\") == nulls):
        return text
    return "".join(
        "\t".join("\\N" if v is None else v.translate(_COPY_ESCAPES) if isinstance(v, str)
                  else str(v) for v in row) + "\n"
        for row in rows)


# How a chunk of members comes back from a worker: rows (a small demo, in-process), COPY text
# per table (PostgreSQL), or a SQLite file of its own holding the rows (SQLite: the worker
# inserts them in parallel, and the writer copies whole tables inside SQLite).
ROWS, COPY, FILE = "rows", "copy", "file"


def _chunk(args: tuple[int, int, int, str, str]) -> tuple[list | str, ...] | str:
    seed, start, stop, form, folder = args
    batch: tuple[list, ...] = tuple([] for _ in BULK_COLUMNS)
    members, *rest = batch
    for index in range(start, stop):
        member, *others = member_rows(seed, index)
        members.append(member)
        for target, rows in zip(rest, others):
            target.extend(rows)
    if form == COPY:
        return tuple(copy_text(rows) for rows in batch)
    if form == FILE:
        path = os.path.join(folder, f"members-{start}.sqlite")
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute("BEGIN")
            for (table, columns), rows in zip(BULK_COLUMNS.items(), batch):
                conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
                conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})",
                                 rows)
            conn.execute("COMMIT")
        return path
    return batch


def _chunks(seed: int, count: int, size: int, form: str = ROWS,
            folder: str = "") -> Iterator[tuple[list | str, ...] | str]:
    """Generate in worker processes (the CPU-bound half) while the caller inserts, in order,
    with at most two chunks per worker in flight: the workers never run ahead of the writer
    by more than that, so memory (and the chunk files in `folder`) stay bounded whatever the
    member count. `form`: what each chunk comes back as (ROWS, COPY, FILE)."""
    jobs = [(seed, start, min(start + size, count + 1), form, folder)
            for start in range(1, count + 1, size)]
    if count <= 50_000:  # small: not worth a pool (and no fork inside a GUI process)
        yield from map(_chunk, jobs)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    workers = max(os.cpu_count() or 1, 2)
    with context.Pool(processes=workers) as pool:
        pending: collections.deque = collections.deque()
        for job in jobs:
            pending.append(pool.apply_async(_chunk, (job,)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


# The bulk-loaded tables and their columns, in the order member_rows gives them.
BULK_COLUMNS = {
    "members": ("id", "member_number", "title", "first_name", "last_name", "first_key",
                "last_key", "birth_date", "email", "email_lower", "phone", "phone_national",
                "street", "postcode", "city", "country", "language", "tier", "status",
                "member_since", "last_sound", "first_sound"),
    "ledger": ("member_id", "posted_at", "kind", "miles", "description", "reference",
               "channel"),
    "bookings": ("id", "code", "member_id", "created_at"),
    "tickets": ("number", "booking_id", "member_id", "passenger_name", "fare_basis"),
    "segments": ("ticket_number", "seq", "flight_number", "origin", "destination",
                 "departure_date", "booking_class", "cabin", "departure_time"),
    "member_pins": ("member_id", "pin_hash"),
}


def _load(cur, table: str, rows: list | str, postgresql: bool) -> None:  # noqa: ANN001
    """Rows into `table`: COPY on PostgreSQL (its text made by the workers: copy_text),
    executemany on SQLite."""
    columns = BULK_COLUMNS[table]
    if postgresql:
        with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            copy.write(rows)
    else:
        cur.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                        f"({', '.join('?' * len(columns))})", rows)


def _attach_load(cur, path: str) -> None:  # noqa: ANN001 - a sqlite3 cursor
    """A worker's chunk file (FILE) into the database: each table copied whole inside SQLite,
    no row passing through Python; the file goes afterwards."""
    cur.execute("COMMIT")  # ATTACH is refused inside a transaction
    cur.execute("ATTACH DATABASE ? AS chunk", (path,))
    cur.execute("BEGIN")
    for table, columns in BULK_COLUMNS.items():
        listed = ", ".join(columns)
        cur.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM chunk.{table}")
    cur.execute("COMMIT")
    cur.execute("DETACH DATABASE chunk")
    cur.execute("BEGIN")
    os.unlink(path)


def _beside(engine: Engine) -> str | None:
    """The database file's folder (its disk has room for the chunk files), else the default
    temporary folder."""
    database = engine.url.database
    return os.path.dirname(os.path.abspath(database)) if database else None


def _fast_load(cur, raw) -> None:  # noqa: ANN001 - DB-API
    """PostgreSQL, this session only: no wait for the disk at each chunk's commit, and — when
    the account may (a superuser) — no foreign-key trigger per row: the generated rows are
    consistent by construction, and the keys are checked by the server's own writes later."""
    cur.execute("SET synchronous_commit = off")
    try:
        cur.execute("SET session_replication_role = replica")
    except Exception:  # noqa: BLE001 - not permitted: the row checks stay on
        raw.rollback()
        cur.execute("SET synchronous_commit = off")
    raw.commit()


def reset_sequences(conn: Connection) -> None:
    """After rows were written with explicit ids, PostgreSQL's sequences still stand at 1:
    move each to its table's largest id (SQLite numbers from the largest rowid by itself)."""
    if conn.dialect.name != "postgresql":
        return
    for table in db.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.primary_key or not isinstance(column.type, Integer):
            continue  # no id, or one that does not number itself (a text key)
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'),"
            f" COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)")


# What the demo data is: a demo database seeded by another version (older rules for its PINs,
# miles or requests) is rebuilt (embedded._discard_outdated_demo). Raise it when the demo's
# contents change.
DEMO_DATA_VERSION = "3"  # 3: the incident window's profile changes and flown miles
# How far seeding has got when the members are in (the rest: indexes, requests, awards, PINs).
_MEMBERS_SHARE = 0.8


_INDEX_MEMORY_MB = 256  # for building the indexes after the bulk load (not the seeder's own)


def _chunk_size(members: int) -> int:
    """Members per batch: 5,000, fewer for a small demo so its progress moves in steps of 5 %."""
    return max(100, min(5000, members // 20))


def seed_demo(engine: Engine, *, members: int = 20_000, seed: int = 1,
              password: str = "demo", progress: Callable[[float], None] | None = None) -> None:
    """Fill an empty database with demo agents and `members` members; idempotent per DB.

    `progress`, if given, is called (in this thread) with the share done so far, 0.0 … 1.0,
    as seeding goes on; a database seeded already reports nothing."""
    started = time.perf_counter()

    def report(share: float) -> None:
        if progress is not None:
            progress(min(max(share, 0.0), 1.0))
    db.create_schema(engine)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if cur.execute("SELECT count(*) FROM agents").fetchone()[0]:
            log.info("database already seeded; leaving it as it is")
            return
        is_sqlite = engine.dialect.name == "sqlite"
        postgresql = engine.dialect.name == "postgresql"
        mark = "?" if is_sqlite else "%s"
        index_names = [
            ix.name for table in (db.members, db.ledger, db.bookings, db.tickets, db.segments)
            for ix in table.indexes
        ]
        if is_sqlite:
            cur.execute("PRAGMA synchronous=OFF")
        elif postgresql:
            _fast_load(cur, raw)

        def commit() -> None:  # SQLite's connections run in autocommit: BEGIN is ours
            if is_sqlite:
                cur.execute("COMMIT")
                cur.execute("BEGIN")
            else:
                raw.commit()

        if is_sqlite:
            cur.execute("BEGIN")
        # Building indexes once at the end is several times faster than row by row.
        for name in index_names:
            cur.execute(f"DROP INDEX IF EXISTS {name}")
        cur.executemany(
            "INSERT INTO agents (username, name, role, password_hash, per_credit_limit,"
            f" daily_limit, active, failed_logins) VALUES ({', '.join([mark] * 6)}, 1, 0)",
            [(u, n, role, hash_password(password), DEMO_PER_CREDIT_LIMIT, DEMO_DAILY_LIMIT)
             for u, n, role in DEMO_AGENTS],
        )
        commit()
        report(0.0)
        size, done = _chunk_size(members), 0
        form = COPY if postgresql else FILE if is_sqlite and members > 50_000 else ROWS
        folder = tempfile.mkdtemp(prefix=".seeding-", dir=_beside(engine)) if form == FILE \
            else ""
        try:
            for chunk in _chunks(seed, members, size, form, folder):
                if form == FILE:
                    _attach_load(cur, chunk)
                else:
                    for table, rows in zip(BULK_COLUMNS, chunk):
                        _load(cur, table, rows, postgresql)
                commit()  # in chunks: nothing held back for the whole run
                done = min(done + size, members)  # in order, each `size` but the last
                report(_MEMBERS_SHARE * done / max(members, 1))
        finally:
            if folder:
                shutil.rmtree(folder, ignore_errors=True)
        cur.executemany(
            f"INSERT INTO meta (key, value) VALUES ({mark}, {mark})",
            [("demo_seed", str(seed)), ("demo_members", str(members)),
             ("demo_data_version", DEMO_DATA_VERSION)],
        )
        if is_sqlite:
            cur.execute("COMMIT")
        cur.close()
        raw.commit()
    finally:
        if engine.dialect.name == "postgresql":
            # The connection goes back to the pool: never with the row triggers (the audit
            # trail's append-only ones among them) switched off for whoever gets it next.
            raw.rollback()
            raw.invalidate()
        raw.close()
    # Re-create the dropped indexes (create_all would skip them: their tables exist), then
    # refresh the planner's statistics.
    tables = (db.members, db.ledger, db.bookings, db.tickets, db.segments)
    with engine.connect() as conn:
        # Sorting for an index in memory, not in temporary files: PostgreSQL's allowance for
        # this transaction; SQLite's page cache for this connection, set back afterwards
        # (it returns to the pool the server then serves with).
        if postgresql:
            conn.exec_driver_sql(f"SET LOCAL maintenance_work_mem = '{_INDEX_MEMORY_MB}MB'")
        else:
            conn.exec_driver_sql(f"PRAGMA cache_size=-{_INDEX_MEMORY_MB * 1024}")
        try:
            for n, table in enumerate(tables, 1):
                for index in table.indexes:
                    index.create(conn, checkfirst=True)
                report(_MEMBERS_SHARE + 0.1 * n / len(tables))
            conn.commit()
        finally:
            if not postgresql:
                conn.exec_driver_sql(f"PRAGMA cache_size=-{db.SQLITE_CACHE_KB}")
    from .seed_awards import seed_awards
    from .seed_incident import seed_incident
    from .seed_requests import seed_requests

    now = db.utcnow()
    with engine.begin() as conn:
        # When it was seeded: the requests' times are relative to it.
        conn.execute(db.meta.insert().values(key="demo_seeded_at", value=db.iso(now)))
        seed_requests(conn, seed=seed, members=members, now=now)
        seed_awards(conn, seed=seed, today=db.utcnow().date())
        seed_incident(conn, seed=seed, members=members)
        name_keys.fill(conn)  # the distinct last names for the typo search (schema 12)
        reset_sequences(conn)
        conn.exec_driver_sql("ANALYZE")
    report(1.0)
    log.info("seeded %d members in %.1f s", members, time.perf_counter() - started)
