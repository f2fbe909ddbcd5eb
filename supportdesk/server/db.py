"""Schema and engine. SQLAlchemy Core tables; SQLite (WAL) by default."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import (
    Column,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
)

# The tables as the code reads and writes them. The database gets them from the numbered
# migrations (migrations/); a test checks that both describe the same schema.
metadata = MetaData()

agents = Table(
    "agents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),  # agent | supervisor
    Column("password_hash", String(300), nullable=False),
    Column("per_credit_limit", Integer, nullable=False),
    Column("daily_limit", Integer, nullable=False),
    Column("active", Integer, nullable=False, default=1),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", String(32)),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("agent_id", Integer, ForeignKey("agents.id"), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
)

# Sign-outs and disabled agents, in commit order, for every server process's token cache
# (schema 4; revocations.py says why).
revocations = Table(
    "revocations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(32), nullable=False),
    Column("token_hash", String(64)),  # this token was signed out
    Column("agent_id", Integer, ForeignKey("agents.id")),  # every token of this agent
)

members = Table(
    "members",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member_number", String(15), nullable=False, unique=True),
    Column("title", String(20)),
    Column("first_name", String(100), nullable=False),
    Column("last_name", String(100), nullable=False),
    Column("first_key", String(100), nullable=False),
    Column("last_key", String(100), nullable=False),
    Column("birth_date", String(10), nullable=False),
    Column("email", String(200), nullable=False),
    Column("email_lower", String(200), nullable=False),
    Column("phone", String(20), nullable=False),  # E.164
    Column("phone_national", String(16), nullable=False),
    Column("street", String(200), nullable=False),
    Column("postcode", String(12), nullable=False),
    Column("city", String(100), nullable=False),
    Column("country", String(2), nullable=False),
    Column("language", String(5), nullable=False),
    Column("tier", String(30), nullable=False),
    Column("status", String(10), nullable=False),  # active | closed
    Column("member_since", String(10), nullable=False),
    # How the names sound (Kölner Phonetik of the keys; schema 11): the search's fallback.
    Column("last_sound", String(40), nullable=False, default=""),
    Column("first_sound", String(40), nullable=False, default=""),
    # Each ends with the id its search orders by (schema 14): PostgreSQL reads the first rows
    # in order and stops, as SQLite does with the rowid it appends to every index.
    Index("ix_members_last_first", "last_key", "first_key", "id"),
    Index("ix_members_sound", "last_sound", "last_key", "first_key", "id", "first_sound"),
    Index("ix_members_first_last", "first_key", "last_key", "id"),
    Index("ix_members_email", "email_lower"),
    Index("ix_members_phone", "phone_national"),
)

# The distinct last-name keys and how many members have each (schema 12), indexed by trigrams
# (pg_trgm on PostgreSQL, an FTS5 table on SQLite: migrations/v0012_name_keys.py) for the
# search that forgives typos.
name_keys = Table(
    "name_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(100), nullable=False),
    Column("members", Integer, nullable=False),
    UniqueConstraint("key", name="uq_name_keys_key"),
)

ledger = Table(
    "ledger",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("posted_at", String(32), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("miles", Integer, nullable=False),
    Column("description", String(300), nullable=False),
    Column("reference", String(100)),
    Column("reverses_id", Integer, ForeignKey("ledger.id"), unique=True),
    # The client's operation id (Idempotency-Key): unique, so a replay can never apply twice.
    Column("operation_id", String(64), unique=True),
    Column("agent_id", Integer, ForeignKey("agents.id")),
    # Where the entry was made (schema 8): web | app | agent | partner | batch
    # (domain.remediation.CHANNELS); every entry this server writes is an agent's.
    Column("channel", String(10), nullable=False, default="agent"),
    # Paging newest first by id walks this index without a sort, on both engines (schema 14).
    Index("ix_ledger_member", "member_id", "id"),
    # A remediation window: one range scan per channel (schema 8).
    Index("ix_ledger_channel_posted", "channel", "posted_at"),
)

bookings = Table(
    "bookings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(6), nullable=False, unique=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("created_at", String(32), nullable=False),
    Index("ix_bookings_member", "member_id"),
)

tickets = Table(
    "tickets",
    metadata,
    Column("number", String(13), primary_key=True),
    Column("booking_id", Integer, ForeignKey("bookings.id"), nullable=False),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("passenger_name", String(200), nullable=False),
    Column("fare_basis", String(12), nullable=False),
    Index("ix_tickets_member", "member_id"),
)

segments = Table(
    "segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ticket_number", String(13), ForeignKey("tickets.number"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("flight_number", String(8), nullable=False),
    Column("origin", String(3), nullable=False),
    Column("destination", String(3), nullable=False),
    Column("departure_date", String(10), nullable=False),
    Column("booking_class", String(1), nullable=False),
    Column("cabin", String(20), nullable=False),
    # HH:MM local time at the origin (schema 5); None on older rows: the day's first minute
    # counts (domain.awards.departure_instant), so a flight that may have left has.
    Column("departure_time", String(5)),
    Index("ix_segments_ticket", "ticket_number"),
)

# The member's telephone PIN, hashed; kept apart from the profile so reads never load it.
member_pins = Table(
    "member_pins",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id"), primary_key=True),
    Column("pin_hash", String(64), nullable=False),
)

# A caller verified by an agent: profile changes need a fresh one.
verifications = Table(
    "verifications",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("agent_id", Integer, ForeignKey("agents.id"), nullable=False),
    Column("method", String(20), nullable=False),
    Column("succeeded", Integer, nullable=False),
    Column("at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Index("ix_verifications_member", "member_id", "at"),
)

# Operational status of flights the request queue asks about.
flights = Table(
    "flights",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("flight_number", String(8), nullable=False),
    Column("departure_date", String(10), nullable=False),
    Column("origin", String(3), nullable=False),
    Column("destination", String(3), nullable=False),
    Column("status", String(10), nullable=False),  # operated | delayed | cancelled
    Column("arrival_delay_minutes", Integer, nullable=False, default=0),
    Column("notice_days", Integer),  # cancellations: days of notice given
    Column("rerouting_departure_minutes", Integer),  # offered re-routing vs the original
    Column("rerouting_arrival_minutes", Integer),
    Column("extraordinary", String(200)),  # the circumstance, when there was one
    UniqueConstraint("flight_number", "departure_date", name="uq_flights_number_date"),
)

requests = Table(
    "requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(10), nullable=False),  # refund | rebooking
    Column("channel", String(10), nullable=False),  # web | email | phone
    Column("status", String(12), nullable=False),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("booking_code", String(6), nullable=False),
    Column("ticket_number", String(13), nullable=False),
    Column("flight_id", Integer, ForeignKey("flights.id"), nullable=False),
    Column("booking_class", String(1), nullable=False),
    Column("customer_message", String(2000), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("sla_due", String(32), nullable=False),
    Column("assignee_id", Integer, ForeignKey("agents.id")),
    Column("decided_by", Integer, ForeignKey("agents.id")),
    Column("decided_at", String(32)),
    Column("customer_reply", String(4000)),
    Index("ix_requests_status_sla", "status", "sla_due"),
    Index("ix_requests_ticket", "ticket_number"),
    Index("ix_requests_assignee", "assignee_id", "status"),
)

request_notes = Table(
    "request_notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("request_id", Integer, ForeignKey("requests.id"), nullable=False),
    Column("agent_id", Integer, ForeignKey("agents.id"), nullable=False),
    Column("at", String(32), nullable=False),
    Column("kind", String(12), nullable=False),  # note | decision | claim
    Column("text", String(4000), nullable=False),
    Index("ix_request_notes_request", "request_id"),
)

# Award seats per flight, date and cabin; booking decrements under the write lock.
award_inventory = Table(
    "award_inventory",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("flight_number", String(8), nullable=False),
    Column("departure_date", String(10), nullable=False),
    Column("departure_time", String(5), nullable=False),
    Column("origin", String(3), nullable=False),
    Column("destination", String(3), nullable=False),
    Column("cabin", String(20), nullable=False),
    Column("seats", Integer, nullable=False),
    UniqueConstraint("flight_number", "departure_date", "cabin", name="uq_award_seat"),
    Index("ix_award_route", "origin", "destination", "departure_date", "cabin"),
)

award_bookings = Table(
    "award_bookings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(6), nullable=False, unique=True),
    Column("kind", String(10), nullable=False),  # flight | upgrade
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("inventory_id", Integer, ForeignKey("award_inventory.id")),
    Column("ticket_number", String(13)),  # upgrades: the paid ticket upgraded
    Column("cabin", String(20), nullable=False),
    Column("passengers", Integer, nullable=False),
    Column("miles", Integer, nullable=False),
    Column("fees_eur", String(16), nullable=False),
    Column("status", String(10), nullable=False),  # confirmed | cancelled
    Column("created_at", String(32), nullable=False),
    Column("created_by", Integer, ForeignKey("agents.id"), nullable=False),
    Column("ledger_id", Integer, ForeignKey("ledger.id"), nullable=False, unique=True),
    Index("ix_award_bookings_member", "member_id"),
)

# The travellers of a flight award, as on the ticket (schema 5), in the order given.
award_passengers = Table(
    "award_passengers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("booking_id", Integer, ForeignKey("award_bookings.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("given_name", String(40), nullable=False),
    Column("surname", String(40), nullable=False),
    UniqueConstraint("booking_id", "seq", name="uq_award_passenger"),
)

# Every write's Idempotency-Key with the answer it got: a replay returns that answer.
idempotency = Table(
    "idempotency",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("agent_id", Integer, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("status_code", Integer, nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

# The agent's word on a write the backend refused: discarded, or the member called back.
operation_closures = Table(
    "operation_closures",
    metadata,
    Column("operation_id", String(100), primary_key=True),
    Column("agent_id", Integer, ForeignKey("agents.id"), nullable=False),
    Column("member_number", String(15), nullable=False),
    Column("outcome", String(12), nullable=False),  # discarded | called_back
    Column("reason", String(1000), nullable=False),
    Column("closed_at", String(32), nullable=False),
    Column("refused_with", Integer),  # the status the backend answered, if it kept one
)

credits = Table(
    "credits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("miles", Integer, nullable=False),
    Column("kind", String(20), nullable=False),  # retro_claim | goodwill | correction
    Column("reason", String(500), nullable=False),
    Column("reference", String(100)),
    Column("status", String(10), nullable=False),  # pending | applied | rejected
    Column("requested_by", Integer, ForeignKey("agents.id"), nullable=False),
    Column("requested_at", String(32), nullable=False),
    Column("decided_by", Integer, ForeignKey("agents.id")),
    Column("decided_at", String(32)),
    Column("decision_note", String(500)),
    Column("ledger_id", Integer, ForeignKey("ledger.id"), unique=True),
    Column("operation_id", String(100), nullable=False, unique=True),
    # A retro claim credits one flight once: (ticket, flight, date) is unique among claims.
    Column("claim_key", String(60), unique=True),
    Index("ix_credits_status", "status", "requested_at"),
    Index("ix_credits_requester", "requested_by", "requested_at"),
)

# What each agent applied on their own authority per UTC day (schema 15): the daily limit's
# running total, read and added to under the agent's row lock (actions/credits.py). Summing
# the day's credits instead cost more with every credit the agent made that day.
agent_days = Table(
    "agent_days",
    metadata,
    Column("agent_id", Integer, ForeignKey("agents.id"), primary_key=True),
    Column("day", String(10), primary_key=True),  # YYYY-MM-DD, UTC
    Column("applied_miles", Integer, nullable=False),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(32), nullable=False),
    Column("agent_id", Integer),
    Column("action", String(40), nullable=False),
    Column("member_number", String(15)),
    Column("detail", Text, nullable=False),
    Column("request_id", String(64)),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # Its chain (one per agent, "system", or "legacy" for entries from before schema 6) and
    # its place in it (schema 6, server/audit.py).
    Column("chain", String(40), nullable=False),
    Column("seq", Integer, nullable=False),
    # Where the read or write came from: the client's X-Workstation and the peer address.
    Column("workstation", String(200)),
    # The audit page filters by one of these and pages newest first by id (schema 7).
    Index("ix_audit_member", "member_number", "id"),
    Index("ix_audit_agent", "agent_id", "id"),
    Index("ix_audit_action", "action", "id"),
    Index("ix_audit_at", "at"),
    Index("uq_audit_chain_seq", "chain", "seq", unique=True),
)

# An incident remediation batch (schema 8): what a supervisor proposed (the filter, for the
# record; the entries below are the content), who approved it, and its execution.
remediation_batches = Table(
    "remediation_batches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("status", String(10), nullable=False),  # proposed | approved | executed
    Column("note", String(500), nullable=False),
    Column("window_from", String(32), nullable=False),
    Column("window_to", String(32), nullable=False),
    Column("kinds", String(300), nullable=False),  # comma-separated
    Column("channels", String(100), nullable=False),
    Column("members", Text),  # comma-separated member numbers, or None: every member
    Column("proposed_by", Integer, ForeignKey("agents.id"), nullable=False),
    Column("proposed_at", String(32), nullable=False),
    Column("approved_by", Integer, ForeignKey("agents.id")),
    Column("approved_at", String(32)),
    Column("executed_by", Integer, ForeignKey("agents.id")),
    Column("finished_at", String(32)),
    Index("ix_remediation_batches_status", "status", "id"),
)

# One ledger entry of a batch and what became of it: the batch's per-entry state, so an
# execution stopped anywhere resumes where it stopped.
remediation_entries = Table(
    "remediation_entries",
    metadata,
    Column("batch_id", Integer, ForeignKey("remediation_batches.id"), primary_key=True),
    Column("ledger_id", Integer, ForeignKey("ledger.id"), primary_key=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("miles", Integer, nullable=False),
    # pending | excluded | reversed | skipped (already reversed) | failed
    Column("state", String(10), nullable=False),
    Column("reason", String(500)),  # why excluded
    Column("reversal_id", Integer, ForeignKey("ledger.id")),
    Column("result_code", String(40)),
    Column("result_detail", String(500)),
    Column("done_at", String(32)),
    Index("ix_remediation_entries_state", "batch_id", "state"),
)

# Every change to a member's profile (schema 9): by the member on the web site or in the app,
# or by an agent here after verifying the caller; `before`/`after` are JSON objects of the
# fields changed. A restoring change names the change it undoes (once: unique).
profile_changes = Table(
    "profile_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    Column("changed_at", String(32), nullable=False),
    Column("channel", String(10), nullable=False),  # web | app | agent
    Column("fields", String(200), nullable=False),  # comma-separated, as in `after`
    Column("before", Text, nullable=False),
    Column("after", Text, nullable=False),
    Column("agent_id", Integer, ForeignKey("agents.id")),
    Column("operation_id", String(64)),
    Column("restores_id", Integer, ForeignKey("profile_changes.id")),
    UniqueConstraint("operation_id", name="uq_profile_changes_operation"),
    UniqueConstraint("restores_id", name="uq_profile_changes_restores"),
    Index("ix_profile_changes_channel_at", "channel", "changed_at"),
    Index("ix_profile_changes_member", "member_id"),
)

# One profile change of a remediation batch and what became of it (as remediation_entries).
remediation_profile_entries = Table(
    "remediation_profile_entries",
    metadata,
    Column("batch_id", Integer, ForeignKey("remediation_batches.id"), primary_key=True),
    Column("change_id", Integer, ForeignKey("profile_changes.id"), primary_key=True),
    Column("member_id", Integer, ForeignKey("members.id"), nullable=False),
    # pending | excluded | reversed (restored) | skipped (already restored) | failed
    Column("state", String(10), nullable=False),
    Column("reason", String(500)),
    Column("restore_id", Integer, ForeignKey("profile_changes.id")),
    Column("result_code", String(40)),
    Column("result_detail", String(500)),
    Column("done_at", String(32)),
    Index("ix_remediation_profile_entries_state", "batch_id", "state"),
)

# Each audit chain's last entry, updated with every append (schema 6, server/audit.py).
audit_heads = Table(
    "audit_heads",
    metadata,
    Column("chain", String(40), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

# Capabilities an operator took down for maintenance (`supportdesk-server maintenance`).
maintenance = Table(
    "maintenance",
    metadata,
    Column("capability", String(32), primary_key=True),
    Column("until", String(32)),  # expected end, ISO with offset; None = unknown
    Column("message", Text),
    Column("started_at", String(32), nullable=False),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def iso(moment: dt.datetime) -> str:
    """UTC timestamps as sortable ISO text with a Z."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


SQLITE_CACHE_KB = 8000  # each SQLite connection's page cache


def make_engine(url_or_path: str | Path) -> Engine:
    """An engine for a database URL or a SQLite file path, with WAL and a busy timeout."""
    url = str(url_or_path)
    if "://" not in url:
        url = f"sqlite:///{Path(url).resolve()}"
    is_sqlite = url.startswith("sqlite")
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 10} if is_sqlite else {},
        # Each SQLite connection keeps its own page cache: the pool size bounds the memory.
        pool_size=10,
        max_overflow=10,
    )
    if is_sqlite:
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        # The driver's own transaction handling defers BEGIN; take control so that writes can
        # ask for BEGIN IMMEDIATE (the audit chain reads its last hash inside the write lock).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        if conn.get_execution_options().get("immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def create_schema(engine: Engine) -> None:
    """Bring the database to the latest schema (migrations.migrate): at every start-up."""
    from .migrations import migrate

    migrate(engine)
