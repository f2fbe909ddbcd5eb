"""Customer reply templates for refund and rebooking decisions.

A draft is a starting point the agent edits: it greets the customer by name, names the booking
and flight, and says what the decision means under the fare's rules and EU 261/2004. Where only
the agent can know what to write (the new flight, what is missing), the draft holds a
placeholder in square brackets; `unfilled` finds the ones left, so a reply is never sent with
them. English only for now: templates per customer language would key on the member's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# Placeholders the templates leave for the agent; the dialog refuses to send while one is left.
NEW_FLIGHT = "[new flight, date and time]"
REASON = "[the reason]"
MISSING = "[what you need from the customer]"
PLACEHOLDERS = (NEW_FLIGHT, REASON, MISSING)

DELAY_THRESHOLD_MINUTES = 180  # EU 261 compensation for delays starts at 3 h at arrival
NOTICE_EXEMPT_DAYS = 14
REFUND_OR_REROUTING = "refund_or_rerouting"  # eu261.RefundRight values (Art. 8)
REFUND_ONLY = "refund"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class ReplyFacts:
    """What a reply may say about a request: the customer's booking, the fare and the check."""

    customer_name: str
    request_type: str  # refund | rebooking
    booking_code: str
    flight_number: str
    flight_date: str  # ISO date
    origin: str
    destination: str
    flight_status: str  # operated | delayed | cancelled
    arrival_delay_minutes: int
    notice_days: int | None
    extraordinary: str | None
    fare_family: str
    refundable: bool
    refund_fee_eur: Decimal | None
    changeable: bool
    change_fee_eur: Decimal | None
    compensation_eur: int  # what EU 261 owes (0 if nothing)
    compensation_reduced: bool = False
    # What EU 261 Art. 8 gives besides compensation (eu261.RefundRight's values): a cancelled
    # flight or denied boarding "refund_or_rerouting", a delay of 5 h or more "refund".
    refund_right: str = "none"


def long_date(iso: str) -> str:
    """"2026-10-30" → "30 October 2026" (unchanged if it is not an ISO date)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def euros(amount: Decimal | int) -> str:
    value = Decimal(amount)
    return f"€{value:,.0f}" if value == value.to_integral_value() else f"€{value:,.2f}"


def duration(minutes: int) -> str:
    """Minutes in words a customer reads: "3 hours 20 minutes", "45 minutes"."""
    hours, rest = divmod(max(0, minutes), 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def unfilled(text: str) -> list[str]:
    """The template placeholders still in `text`, in template order."""
    return [p for p in PLACEHOLDERS if p in text]


def draft_reply(decision: str, facts: ReplyFacts, *, signed_by: str = "") -> str:
    """The reply a customer gets for `decision` (approve, reject, needs_info, escalate).

    An escalation is internal and drafts no reply (""); the others are complete letters.
    """
    if decision == "escalate":
        return ""
    if decision == "approve":
        body = _approval(facts)
    elif decision == "reject":
        body = _rejection(facts)
    elif decision == "needs_info":
        body = [f"To decide on your request we need more information from you: {MISSING}.",
                "Please reply to this message; we will continue as soon as we hear from you."]
    else:
        raise ValueError(f"unknown decision {decision!r}")
    paragraphs = [f"Dear {facts.customer_name},", _subject(facts), *body,
                  "Kind regards,\n" + (f"{signed_by}\n" if signed_by else "") + "Customer Service"]
    return "\n\n".join(paragraphs)


def _subject(f: ReplyFacts) -> str:
    what = "refund request" if f.request_type == "refund" else "rebooking request"
    return (f"Thank you for your {what} for booking {f.booking_code}, flight {f.flight_number} "
            f"from {f.origin} to {f.destination} on {long_date(f.flight_date)}.")


def _approval(f: ReplyFacts) -> list[str]:
    cancelled = f.flight_status == "cancelled"
    if f.request_type == "refund":
        if cancelled:
            first = ("As your flight was cancelled, we refund the full price of your ticket, "
                     "whatever the fare conditions.")
            if f.refund_right == REFUND_OR_REROUTING:
                first += (" EU Regulation 261/2004 (Article 8) gives you this right: a refund "
                          "within 7 days or re-routing to your destination, as you choose.")
        elif f.refund_right == REFUND_ONLY:
            first = ("As your flight was delayed by five hours or more, we refund the full price "
                     "of your ticket, whatever the fare conditions, as EU Regulation 261/2004 "
                     "(Article 8) provides when a passenger no longer travels.")
        elif f.refundable and not f.refund_fee_eur:
            first = (f"Your fare ({f.fare_family}) is refundable free of charge: we refund the "
                     f"full price of your ticket.")
        elif f.refundable:
            first = (f"Your fare ({f.fare_family}) is refundable for a fee of "
                     f"{euros(f.refund_fee_eur)}: we refund the price of your ticket less "
                     f"this fee.")
        else:
            first = (f"Although your fare ({f.fare_family}) is not refundable, we refund the "
                     f"price of your ticket as an exception.")
        paragraphs = [first + " The money goes back to the original form of payment within "
                              "7 days."]
    else:
        if cancelled:
            first = "As your flight was cancelled, we rebook you free of charge."
        elif f.changeable and not f.change_fee_eur:
            first = (f"Your fare ({f.fare_family}) allows changes free of charge; we have "
                     f"rebooked you. Any difference in fare is payable.")
        elif f.changeable:
            first = (f"Your fare ({f.fare_family}) allows changes for a fee of "
                     f"{euros(f.change_fee_eur)} plus any difference in fare; we have "
                     f"rebooked you.")
        else:
            first = (f"Although your fare ({f.fare_family}) does not allow changes, we have "
                     f"rebooked you as an exception.")
        paragraphs = [first + f" Your new flight: {NEW_FLIGHT}."]
        if f.refund_right == REFUND_OR_REROUTING:
            paragraphs.append(
                "If you prefer, you may instead have the full price of your ticket refunded "
                "within 7 days: EU Regulation 261/2004 (Article 8) lets you choose between a "
                "refund and re-routing. Just reply to this message.")
    if f.compensation_eur > 0:
        halved = (" (half the standard amount, as the Regulation provides when the alternative "
                  "arrives close to the original schedule or the delay is short for the "
                  "distance)") if f.compensation_reduced else ""
        paragraphs.append(
            f"In addition, you are entitled to compensation of {euros(f.compensation_eur)} per "
            f"passenger under EU Regulation 261/2004{halved}. We pay it to the original form "
            f"of payment within 7 days.")
    return paragraphs


def _rejection(f: ReplyFacts) -> list[str]:
    cancelled = f.flight_status == "cancelled"
    if f.request_type == "refund":
        if not f.refundable and not cancelled:
            first = (f"Unfortunately your fare ({f.fare_family}) is not refundable, so we "
                     f"cannot refund the ticket price. The unused taxes and airport charges "
                     f"are still refunded if you did not travel; reply to this message to "
                     f"claim them.")
        else:
            first = f"Unfortunately we cannot refund your ticket: {REASON}."
    else:
        if not f.changeable and not cancelled:
            first = (f"Unfortunately your fare ({f.fare_family}) does not allow changes, so we "
                     f"cannot rebook you.")
        else:
            first = f"Unfortunately we cannot rebook you: {REASON}."
    paragraphs = [first]
    if f.refund_right == REFUND_OR_REROUTING:
        other = ("re-route you to your destination at no extra cost"
                 if f.request_type == "refund" else
                 "refund the full price of your ticket within 7 days")
        paragraphs.append(f"You may still ask us to {other}: EU Regulation 261/2004 "
                          f"(Article 8) gives you the choice between a refund and re-routing.")
    elif f.refund_right == REFUND_ONLY and f.request_type == "rebooking":
        paragraphs.append("As your flight was delayed by five hours or more, you may instead "
                          "have the full price of your ticket refunded within 7 days if you no "
                          "longer travel (EU Regulation 261/2004, Article 8).")
    why = _no_compensation(f)
    if why:
        paragraphs.append(why)
    paragraphs.append("We are sorry we cannot give you a more positive answer.")
    return paragraphs


def _no_compensation(f: ReplyFacts) -> str | None:
    """Why EU 261 owes nothing for a disrupted flight, in the customer's words; None if it owes
    something or the flight operated normally."""
    if f.compensation_eur > 0 or f.flight_status not in ("cancelled", "delayed"):
        return None
    regulation = "EU Regulation 261/2004"
    if f.flight_status == "delayed" and f.arrival_delay_minutes < DELAY_THRESHOLD_MINUTES:
        return (f"Your flight arrived {duration(f.arrival_delay_minutes)} late. {regulation} "
                f"provides compensation only from a delay of three hours at arrival.")
    if f.flight_status == "cancelled" and (f.notice_days or 0) >= NOTICE_EXEMPT_DAYS:
        return (f"We told you of the cancellation {f.notice_days} days before departure; with "
                f"at least 14 days' notice, {regulation} does not provide for compensation.")
    if f.extraordinary:
        what = "cancelled" if f.flight_status == "cancelled" else "delayed"
        return (f"Your flight was {what} because of an extraordinary circumstance beyond our "
                f"control ({f.extraordinary[0].lower() + f.extraordinary[1:]}); in that case "
                f"{regulation} does not provide for compensation.")
    return f"Under {regulation} no compensation is due for this flight."
