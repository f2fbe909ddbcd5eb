"""A traveller of a flight award, as the ticket names them. Its own light module: the client
reads award answers at start-up without loading the award chart and the airports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PassengerName:
    """One traveller of a flight award, as the ticket will name them (each part checked by
    limits.TICKET_NAME)."""

    given_name: str
    surname: str

    @property
    def full(self) -> str:
        return f"{self.given_name} {self.surname}"
