"""Search texts drawn from the seeded database, one list per key type, as an agent types them.

Drawn with a fixed random seed from real rows, so every run asks the same questions.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from .database import readonly_connection

# Key type -> the kind the server must report for it (GET /members answers with "kind").
KEY_TYPES: dict[str, str] = {
    "member_number": "member_number",
    "member_number_prefix": "member_number_prefix",
    "ticket_number": "ticket_number",
    "booking_code": "booking_code",
    "email": "email",
    "phone": "phone",
    "name_prefix": "name",            # one word: "schm", "mull", "anna"
    "name_two_words": "name",         # "anna mul"
    "code_or_name:code": "booking_code_or_name",   # six letters that are a booking code
    "code_or_name:name": "booking_code_or_name",   # six letters that are a name ("muller")
    "name_sounds": "name",            # heard, not spelt: "majer", "schmit" (Kölner Phonetik)
    "name_typo": "name",              # two letters swapped: "schmdit" (the typo search)
}
EXACT_TYPES = ("member_number", "member_number_prefix", "ticket_number", "booking_code", "email",
               "phone")
# The fallbacks when a name's letters find nobody: no target, their p99 is reported as it is.
FUZZY_TYPES = ("name_sounds", "name_typo")

# Spellings that sound alike, as an agent might write down what they hear.
_HEARD = (("ei", "ai"), ("ai", "ei"), ("ey", "ei"), ("ay", "ei"), ("y", "i"), ("ck", "k"),
          ("tz", "z"), ("dt", "t"), ("th", "t"), ("ph", "f"), ("mm", "m"), ("nn", "n"),
          ("ll", "l"), ("ss", "s"), ("tt", "t"), ("ue", "u"), ("oe", "o"), ("v", "w"))


def heard(name: str) -> str | None:
    """`name` as it might be written from hearing it, or None if no rule applies."""
    for spelt, sounds in _HEARD:
        if spelt in name[1:]:
            return name[0] + name[1:].replace(spelt, sounds, 1)
    return None


def swapped(name: str, rnd: random.Random) -> str | None:
    """Two neighbouring letters past the third swapped: one edit, and no prefix of a name."""
    spots = [i for i in range(3, len(name) - 1) if name[i] != name[i + 1]]
    if not spots:
        return None
    i = rnd.choice(spots)
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


def _random_members(conn: sqlite3.Connection, rnd: random.Random, count: int) -> list[tuple]:
    top = conn.execute("SELECT max(id) FROM members").fetchone()[0]
    ids = [rnd.randint(1, top) for _ in range(count)]
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT id, member_number, first_key, last_key, email, phone FROM members"
        f" WHERE id IN ({marks})", ids,
    ).fetchall()
    rnd.shuffle(rows)
    return rows


def _prefix(word: str, rnd: random.Random, low: int = 3) -> str:
    """A prefix of at least `low` letters; never exactly six letters (that is a code-or-name)."""
    cut = rnd.randint(min(low, len(word)), len(word))
    if cut == 6:
        cut = 5
    return word[:cut]


def draw(db_path: Path, per_type: int, seed: int = 7) -> dict[str, list[str]]:
    """`per_type` search texts for every key type of KEY_TYPES."""
    rnd = random.Random(seed)
    with readonly_connection(db_path) as conn:
        members = _random_members(conn, rnd, per_type * 8)
        ids = [m[0] for m in members[: per_type * 2]]
        marks = ",".join("?" * len(ids))
        tickets = [r[0] for r in conn.execute(
            f"SELECT number FROM tickets WHERE member_id IN ({marks})", ids)]
        codes = [r[0] for r in conn.execute(
            f"SELECT code FROM bookings WHERE member_id IN ({marks})", ids)]
        # Letter-only codes are one in six: look at more members for them.
        wide = [m[0] for m in members]
        letter_codes = [r[0] for r in conn.execute(
            f"SELECT code FROM bookings WHERE member_id IN ({','.join('?' * len(wide))})"
            " AND code NOT GLOB '*[0-9]*'", wide)]
    rnd.shuffle(tickets)
    rnd.shuffle(codes)
    rnd.shuffle(letter_codes)
    plain_last = [m for m in members if " " not in m[3]]
    out: dict[str, list[str]] = {
        "member_number": [m[1] for m in members],
        "member_number_prefix": [m[1][: rnd.randint(6, 14)] for m in members],
        "ticket_number": tickets,
        "booking_code": [c for c in codes if any(ch.isdigit() for ch in c)],
        "email": [m[4] for m in members],
        "phone": [m[5] for m in members],
        "name_prefix": [
            _prefix(m[3] if rnd.random() < 0.7 else m[2], rnd) for m in plain_last
        ],
        "name_two_words": [f"{m[2]} {_prefix(m[3], rnd, low=2)}" for m in members],
        "code_or_name:code": [c.lower() if rnd.random() < 0.5 else c for c in letter_codes],
        # What an agent types: ASCII ("yılmaz" is not six ASCII letters, so it is a name).
        "code_or_name:name": [m[3][:6] for m in plain_last
                              if len(m[3]) >= 6 and m[3][:6].isascii()],
        "name_sounds": [h for m in plain_last if (h := heard(m[3])) and len(h) != 6],
        "name_typo": [t for m in plain_last
                      if len(m[3]) != 6 and (t := swapped(m[3], rnd))],
    }
    short = {k: len(v) for k, v in out.items() if len(v) < per_type}
    if short:
        raise RuntimeError(f"not enough seeded values for {short}")
    return {k: v[:per_type] for k, v in out.items()}
