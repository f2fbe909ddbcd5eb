"""Schema 5: the passengers' names of each flight award (as on the ticket), and the local
departure time of ticket segments (an upgrade is refused once its flight has left)."""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 5
NAME = "award passengers"

SQL = """
CREATE TABLE award_passengers (
    id {serial} NOT NULL,
    booking_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    given_name VARCHAR(40) NOT NULL,
    surname VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(booking_id) REFERENCES award_bookings (id),
    CONSTRAINT uq_award_passenger UNIQUE (booking_id, seq)
);

ALTER TABLE segments ADD COLUMN departure_time VARCHAR(5)
"""


def apply(conn: Connection) -> None:
    serial = "INTEGER" if conn.dialect.name == "sqlite" else "SERIAL"
    for statement in SQL.format(serial=serial).split(";\n"):
        if statement.strip():
            conn.exec_driver_sql(statement)
