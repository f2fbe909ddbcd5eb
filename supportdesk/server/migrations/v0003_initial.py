"""Schema 3: the reference server's schema when numbered migrations began. Frozen: a later
change is a new numbered migration, never an edit here. `{serial}` is an integer primary key
that numbers itself (INTEGER on SQLite, SERIAL on PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 3
NAME = "initial"

SQL = """
CREATE TABLE agents (
    id {serial} NOT NULL,
    username VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    role VARCHAR(20) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    per_credit_limit INTEGER NOT NULL,
    daily_limit INTEGER NOT NULL,
    active INTEGER NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until VARCHAR(32),
    PRIMARY KEY (id),
    UNIQUE (username)
);

CREATE TABLE audit (
    id {serial} NOT NULL,
    at VARCHAR(32) NOT NULL,
    agent_id INTEGER,
    action VARCHAR(40) NOT NULL,
    member_number VARCHAR(15),
    detail TEXT NOT NULL,
    request_id VARCHAR(64),
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_audit_agent ON audit (agent_id);

CREATE INDEX ix_audit_member ON audit (member_number);

CREATE TABLE award_inventory (
    id {serial} NOT NULL,
    flight_number VARCHAR(8) NOT NULL,
    departure_date VARCHAR(10) NOT NULL,
    departure_time VARCHAR(5) NOT NULL,
    origin VARCHAR(3) NOT NULL,
    destination VARCHAR(3) NOT NULL,
    cabin VARCHAR(20) NOT NULL,
    seats INTEGER NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_award_seat UNIQUE (flight_number, departure_date, cabin)
);

CREATE INDEX ix_award_route ON award_inventory (origin, destination, departure_date, cabin);

CREATE TABLE flights (
    id {serial} NOT NULL,
    flight_number VARCHAR(8) NOT NULL,
    departure_date VARCHAR(10) NOT NULL,
    origin VARCHAR(3) NOT NULL,
    destination VARCHAR(3) NOT NULL,
    status VARCHAR(10) NOT NULL,
    arrival_delay_minutes INTEGER NOT NULL,
    notice_days INTEGER,
    rerouting_departure_minutes INTEGER,
    rerouting_arrival_minutes INTEGER,
    extraordinary VARCHAR(200),
    PRIMARY KEY (id),
    CONSTRAINT uq_flights_number_date UNIQUE (flight_number, departure_date)
);

CREATE TABLE idempotency (
    "key" VARCHAR(100) NOT NULL,
    agent_id INTEGER NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    status_code INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    PRIMARY KEY ("key")
);

CREATE TABLE maintenance (
    capability VARCHAR(32) NOT NULL,
    until VARCHAR(32),
    message TEXT,
    started_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (capability)
);

CREATE TABLE members (
    id {serial} NOT NULL,
    member_number VARCHAR(15) NOT NULL,
    title VARCHAR(20),
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    first_key VARCHAR(100) NOT NULL,
    last_key VARCHAR(100) NOT NULL,
    birth_date VARCHAR(10) NOT NULL,
    email VARCHAR(200) NOT NULL,
    email_lower VARCHAR(200) NOT NULL,
    phone VARCHAR(20) NOT NULL,
    phone_national VARCHAR(16) NOT NULL,
    street VARCHAR(200) NOT NULL,
    postcode VARCHAR(12) NOT NULL,
    city VARCHAR(100) NOT NULL,
    country VARCHAR(2) NOT NULL,
    language VARCHAR(5) NOT NULL,
    tier VARCHAR(30) NOT NULL,
    status VARCHAR(10) NOT NULL,
    member_since VARCHAR(10) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (member_number)
);

CREATE INDEX ix_members_email ON members (email_lower);

CREATE INDEX ix_members_first_last ON members (first_key, last_key);

CREATE INDEX ix_members_last_first ON members (last_key, first_key);

CREATE INDEX ix_members_phone ON members (phone_national);

CREATE TABLE meta (
    "key" VARCHAR(64) NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY ("key")
);

CREATE TABLE bookings (
    id {serial} NOT NULL,
    code VARCHAR(6) NOT NULL,
    member_id INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code),
    FOREIGN KEY(member_id) REFERENCES members (id)
);

CREATE INDEX ix_bookings_member ON bookings (member_id);

CREATE TABLE ledger (
    id {serial} NOT NULL,
    member_id INTEGER NOT NULL,
    posted_at VARCHAR(32) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    miles INTEGER NOT NULL,
    description VARCHAR(300) NOT NULL,
    reference VARCHAR(100),
    reverses_id INTEGER,
    operation_id VARCHAR(64),
    agent_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(member_id) REFERENCES members (id),
    UNIQUE (reverses_id),
    FOREIGN KEY(reverses_id) REFERENCES ledger (id),
    UNIQUE (operation_id),
    FOREIGN KEY(agent_id) REFERENCES agents (id)
);

CREATE INDEX ix_ledger_member ON ledger (member_id);

CREATE TABLE member_pins (
    member_id INTEGER NOT NULL,
    pin_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (member_id),
    FOREIGN KEY(member_id) REFERENCES members (id)
);

CREATE TABLE operation_closures (
    operation_id VARCHAR(100) NOT NULL,
    agent_id INTEGER NOT NULL,
    member_number VARCHAR(15) NOT NULL,
    outcome VARCHAR(12) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    closed_at VARCHAR(32) NOT NULL,
    refused_with INTEGER,
    PRIMARY KEY (operation_id),
    FOREIGN KEY(agent_id) REFERENCES agents (id)
);

CREATE TABLE requests (
    id {serial} NOT NULL,
    type VARCHAR(10) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    status VARCHAR(12) NOT NULL,
    member_id INTEGER NOT NULL,
    booking_code VARCHAR(6) NOT NULL,
    ticket_number VARCHAR(13) NOT NULL,
    flight_id INTEGER NOT NULL,
    booking_class VARCHAR(1) NOT NULL,
    customer_message VARCHAR(2000) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    sla_due VARCHAR(32) NOT NULL,
    assignee_id INTEGER,
    decided_by INTEGER,
    decided_at VARCHAR(32),
    customer_reply VARCHAR(4000),
    PRIMARY KEY (id),
    FOREIGN KEY(member_id) REFERENCES members (id),
    FOREIGN KEY(flight_id) REFERENCES flights (id),
    FOREIGN KEY(assignee_id) REFERENCES agents (id),
    FOREIGN KEY(decided_by) REFERENCES agents (id)
);

CREATE INDEX ix_requests_assignee ON requests (assignee_id, status);

CREATE INDEX ix_requests_status_sla ON requests (status, sla_due);

CREATE INDEX ix_requests_ticket ON requests (ticket_number);

CREATE TABLE tokens (
    token_hash VARCHAR(64) NOT NULL,
    agent_id INTEGER NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    expires_at VARCHAR(32) NOT NULL,
    revoked_at VARCHAR(32),
    PRIMARY KEY (token_hash),
    FOREIGN KEY(agent_id) REFERENCES agents (id)
);

CREATE TABLE verifications (
    id VARCHAR(40) NOT NULL,
    member_id INTEGER NOT NULL,
    agent_id INTEGER NOT NULL,
    method VARCHAR(20) NOT NULL,
    succeeded INTEGER NOT NULL,
    at VARCHAR(32) NOT NULL,
    expires_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(member_id) REFERENCES members (id),
    FOREIGN KEY(agent_id) REFERENCES agents (id)
);

CREATE INDEX ix_verifications_member ON verifications (member_id, at);

CREATE TABLE award_bookings (
    id {serial} NOT NULL,
    code VARCHAR(6) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    member_id INTEGER NOT NULL,
    inventory_id INTEGER,
    ticket_number VARCHAR(13),
    cabin VARCHAR(20) NOT NULL,
    passengers INTEGER NOT NULL,
    miles INTEGER NOT NULL,
    fees_eur VARCHAR(16) NOT NULL,
    status VARCHAR(10) NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    created_by INTEGER NOT NULL,
    ledger_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (code),
    FOREIGN KEY(member_id) REFERENCES members (id),
    FOREIGN KEY(inventory_id) REFERENCES award_inventory (id),
    FOREIGN KEY(created_by) REFERENCES agents (id),
    UNIQUE (ledger_id),
    FOREIGN KEY(ledger_id) REFERENCES ledger (id)
);

CREATE INDEX ix_award_bookings_member ON award_bookings (member_id);

CREATE TABLE credits (
    id {serial} NOT NULL,
    member_id INTEGER NOT NULL,
    miles INTEGER NOT NULL,
    kind VARCHAR(20) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    reference VARCHAR(100),
    status VARCHAR(10) NOT NULL,
    requested_by INTEGER NOT NULL,
    requested_at VARCHAR(32) NOT NULL,
    decided_by INTEGER,
    decided_at VARCHAR(32),
    decision_note VARCHAR(500),
    ledger_id INTEGER,
    operation_id VARCHAR(100) NOT NULL,
    claim_key VARCHAR(60),
    PRIMARY KEY (id),
    FOREIGN KEY(member_id) REFERENCES members (id),
    FOREIGN KEY(requested_by) REFERENCES agents (id),
    FOREIGN KEY(decided_by) REFERENCES agents (id),
    UNIQUE (ledger_id),
    FOREIGN KEY(ledger_id) REFERENCES ledger (id),
    UNIQUE (operation_id),
    UNIQUE (claim_key)
);

CREATE INDEX ix_credits_requester ON credits (requested_by, requested_at);

CREATE INDEX ix_credits_status ON credits (status, requested_at);

CREATE TABLE request_notes (
    id {serial} NOT NULL,
    request_id INTEGER NOT NULL,
    agent_id INTEGER NOT NULL,
    at VARCHAR(32) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    text VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(request_id) REFERENCES requests (id),
    FOREIGN KEY(agent_id) REFERENCES agents (id)
);

CREATE INDEX ix_request_notes_request ON request_notes (request_id);

CREATE TABLE tickets (
    number VARCHAR(13) NOT NULL,
    booking_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    passenger_name VARCHAR(200) NOT NULL,
    fare_basis VARCHAR(12) NOT NULL,
    PRIMARY KEY (number),
    FOREIGN KEY(booking_id) REFERENCES bookings (id),
    FOREIGN KEY(member_id) REFERENCES members (id)
);

CREATE INDEX ix_tickets_member ON tickets (member_id);

CREATE TABLE segments (
    id {serial} NOT NULL,
    ticket_number VARCHAR(13) NOT NULL,
    seq INTEGER NOT NULL,
    flight_number VARCHAR(8) NOT NULL,
    origin VARCHAR(3) NOT NULL,
    destination VARCHAR(3) NOT NULL,
    departure_date VARCHAR(10) NOT NULL,
    booking_class VARCHAR(1) NOT NULL,
    cabin VARCHAR(20) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(ticket_number) REFERENCES tickets (number)
);

CREATE INDEX ix_segments_ticket ON segments (ticket_number);
"""


def apply(conn: Connection) -> None:
    serial = "INTEGER" if conn.dialect.name == "sqlite" else "SERIAL"
    for statement in SQL.format(serial=serial).split(";\n"):
        if statement.strip():
            conn.exec_driver_sql(statement)
