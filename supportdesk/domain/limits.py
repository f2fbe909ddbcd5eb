"""Every limit the desktop app checks as the agent types and the server enforces, written once.

The server's request models and the client's forms both read these; a limit changed here
changes both. The server still decides: the forms only save a round trip.
"""

from __future__ import annotations

import datetime as dt
import re

from .text import TextRule

# Credits (routes and forms of credits, approvals and reversals).
MAX_CREDIT_MILES = 1_000_000
RETRO_CLAIM_MAX_AGE = dt.timedelta(days=183)  # "older than 6 months" is refused
CREDIT_REASON = TextRule(3, 500)
CREDIT_REFERENCE = TextRule(1, 100)
APPROVAL_NOTE = TextRule(1, 500)
REJECTION_NOTE = TextRule(3, 500)
REVERSAL_REASON = TextRule(3, 500)
MAX_CREDITS_PAGE = 500

# Awards (the chart itself is domain/awards.py; this module stays light, it is read at start).
MAX_PASSENGERS = 9
AWARD_CANCEL_REASON = TextRule(3, 500)
# Each passenger's given name and surname as on the ticket (the airline prints at most about
# 50 characters for both; each part is kept to 40).
TICKET_NAME = TextRule(1, 40, name=True)

# The request queue: the internal note and the reply the customer reads.
REQUEST_NOTE = TextRule(3, 2000, lines=True)
CUSTOMER_REPLY = TextRule(1, 4000, lines=True)
MAX_REQUESTS_PAGE = 500

# Revealing masked personal data: the words of the reason (domain/reveal.py has the list).
REVEAL_REASON = TextRule(3, 500)

# Closing a refused write: the agent's reason, or what the member was told.
CLOSURE_REASON = TextRule(3, 1000, lines=True)

# Profile changes and caller verification.
STREET = TextRule(2, 200)
POSTCODE = TextRule(2, 12)
CITY = TextRule(1, 100)
PROFILE_LANGUAGES = ("de", "en", "fr", "it", "es", "nl", "pl")
MAX_EMAIL = 200
PIN = re.compile(r"^\d{4,6}$")
