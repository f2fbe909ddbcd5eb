"""Customer reply templates for refund and rebooking decisions, in English and German.

A draft is a starting point the agent edits: it greets the customer by name, names the booking
and flight, and says what the decision means under the fare's rules and EU 261/2004. Where only
the agent can know what to write (the new flight, what is missing), the draft holds a
placeholder in square brackets; `unfilled` finds the ones left (in either language), so a
reply is never sent with them.

The letter is in the customer's language (`reply_language`: the member's profile language if
there is a template for it, else English), not the agent's; the agent may switch it. Every
sentence is in `_TEXTS`, one entry per language with the same keys (a test checks that).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

LANGUAGES = ("en", "de")

# Placeholders the templates leave for the agent; the dialog refuses to send while one is left.
NEW_FLIGHT = "[new flight, date and time]"
REASON = "[the reason]"
MISSING = "[what you need from the customer]"
_PLACEHOLDERS = {
    "en": {"new_flight": NEW_FLIGHT, "reason": REASON, "missing": MISSING},
    "de": {"new_flight": "[neuer Flug, Datum und Uhrzeit]", "reason": "[der Grund]",
           "missing": "[was Sie vom Kunden brauchen]"},
}
PLACEHOLDERS = tuple(p for language in LANGUAGES for p in _PLACEHOLDERS[language].values())

DELAY_THRESHOLD_MINUTES = 180  # EU 261 compensation for delays starts at 3 h at arrival
NOTICE_EXEMPT_DAYS = 14
REFUND_OR_REROUTING = "refund_or_rerouting"  # eu261.RefundRight values (Art. 8)
REFUND_ONLY = "refund"
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
}


def reply_language(member_language: str | None) -> str:
    """The language of a member's letters: theirs where there is a template, else English."""
    language = (member_language or "").split("-")[0].split("_")[0].lower()
    return language if language in LANGUAGES else "en"


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


def long_date(iso: str, language: str = "en") -> str:
    """"2026-10-30" → "30 October 2026" / "30. Oktober 2026" (unchanged if not a date)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _MONTHS[language][day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "de" else \
        f"{day.day} {month} {day.year}"


def euros(amount: Decimal | int, language: str = "en") -> str:
    """€1,250 / €12.50 in English, 1.250 € / 12,50 € in German."""
    value = Decimal(amount)
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    if language == "de":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".") + " €"
    return "€" + text


def duration(minutes: int, language: str = "en") -> str:
    """Minutes in words a customer reads: "3 hours 20 minutes" / "3 Stunden 20 Minuten"."""
    hours, rest = divmod(max(0, minutes), 60)
    words = {"en": (("hour", "hours"), ("minute", "minutes")),
             "de": (("Stunde", "Stunden"), ("Minute", "Minuten"))}[language]
    parts = []
    if hours:
        parts.append(f"{hours} {words[0][hours != 1]}")
    if rest or not hours:
        parts.append(f"{rest} {words[1][rest != 1]}")
    return " ".join(parts)


def unfilled(text: str) -> list[str]:
    """The template placeholders still in `text`, in template order."""
    return [p for p in PLACEHOLDERS if p in text]



_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "greeting": "Dear {name},",
        "closing": "Kind regards,\n{signature}Customer Service",
        "refund_request": "refund request",
        "rebooking_request": "rebooking request",
        "subject": "Thank you for your {what} for booking {booking}, flight {flight} from "
                   "{origin} to {destination} on {date}.",
        "needs_info": "To decide on your request we need more information from you: "
                      "{missing}.",
        "needs_info_reply": "Please reply to this message; we will continue as soon as we "
                            "hear from you.",
        "refund_cancelled": "As your flight was cancelled, we refund the full price of your "
                            "ticket, whatever the fare conditions.",
        "refund_art8": " EU Regulation 261/2004 (Article 8) gives you this right: a refund "
                       "within 7 days or re-routing to your destination, as you choose.",
        "refund_delay5": "As your flight was delayed by five hours or more, we refund the full "
                         "price of your ticket, whatever the fare conditions, as EU Regulation "
                         "261/2004 (Article 8) provides when a passenger no longer travels.",
        "refund_free": "Your fare ({fare}) is refundable free of charge: we refund the full "
                       "price of your ticket.",
        "refund_fee": "Your fare ({fare}) is refundable for a fee of {fee}: we refund the "
                      "price of your ticket less this fee.",
        "refund_exception": "Although your fare ({fare}) is not refundable, we refund the "
                            "price of your ticket as an exception.",
        "refund_paid": " The money goes back to the original form of payment within 7 days.",
        "rebook_cancelled": "As your flight was cancelled, we rebook you free of charge.",
        "rebook_free": "Your fare ({fare}) allows changes free of charge; we have rebooked "
                       "you. Any difference in fare is payable.",
        "rebook_fee": "Your fare ({fare}) allows changes for a fee of {fee} plus any "
                      "difference in fare; we have rebooked you.",
        "rebook_exception": "Although your fare ({fare}) does not allow changes, we have "
                            "rebooked you as an exception.",
        "new_flight": " Your new flight: {new_flight}.",
        "rebook_art8": "If you prefer, you may instead have the full price of your ticket "
                       "refunded within 7 days: EU Regulation 261/2004 (Article 8) lets you "
                       "choose between a refund and re-routing. Just reply to this message.",
        "halved": " (half the standard amount, as the Regulation provides when the "
                  "alternative arrives close to the original schedule or the delay is short "
                  "for the distance)",
        "compensation": "In addition, you are entitled to compensation of {amount} per "
                        "passenger under EU Regulation 261/2004{halved}. We pay it to the "
                        "original form of payment within 7 days.",
        "no_refund_fare": "Unfortunately your fare ({fare}) is not refundable, so we cannot "
                          "refund the ticket price. The unused taxes and airport charges are "
                          "still refunded if you did not travel; reply to this message to "
                          "claim them.",
        "no_refund": "Unfortunately we cannot refund your ticket: {reason}.",
        "no_change_fare": "Unfortunately your fare ({fare}) does not allow changes, so we "
                          "cannot rebook you.",
        "no_rebook": "Unfortunately we cannot rebook you: {reason}.",
        "other_rerouting": "re-route you to your destination at no extra cost",
        "other_refund": "refund the full price of your ticket within 7 days",
        "still_art8": "You may still ask us to {other}: EU Regulation 261/2004 (Article 8) "
                      "gives you the choice between a refund and re-routing.",
        "delay5_refund": "As your flight was delayed by five hours or more, you may instead "
                         "have the full price of your ticket refunded within 7 days if you no "
                         "longer travel (EU Regulation 261/2004, Article 8).",
        "sorry": "We are sorry we cannot give you a more positive answer.",
        "regulation": "EU Regulation 261/2004",
        "late": "Your flight arrived {late} late. {regulation} provides compensation only "
                "from a delay of three hours at arrival.",
        "notice": "We told you of the cancellation {days} days before departure; with at "
                  "least 14 days' notice, {regulation} does not provide for compensation.",
        "cancelled": "cancelled",
        "delayed": "delayed",
        "extraordinary": "Your flight was {what} because of an extraordinary circumstance "
                         "beyond our control ({why}); in that case {regulation} does not "
                         "provide for compensation.",
        "nothing_due": "Under {regulation} no compensation is due for this flight.",
    },
    "de": {
        "greeting": "Guten Tag {name},",
        "closing": "Mit freundlichen Grüßen\n{signature}Kundenservice",
        "refund_request": "Ihren Erstattungsantrag",
        "rebooking_request": "Ihren Umbuchungswunsch",
        "subject": "vielen Dank für {what} zur Buchung {booking}, Flug {flight} von {origin} "
                   "nach {destination} am {date}.",
        "needs_info": "Um über Ihr Anliegen zu entscheiden, benötigen wir weitere Angaben von "
                      "Ihnen: {missing}.",
        "needs_info_reply": "Bitte antworten Sie auf diese Nachricht; wir bearbeiten Ihr "
                            "Anliegen weiter, sobald wir von Ihnen hören.",
        "refund_cancelled": "Da Ihr Flug annulliert wurde, erstatten wir Ihnen den vollen "
                            "Ticketpreis, unabhängig von den Tarifbedingungen.",
        "refund_art8": " Dieses Recht gibt Ihnen die EU-Verordnung 261/2004 (Artikel 8): "
                       "Erstattung binnen 7 Tagen oder Beförderung an Ihr Ziel, nach Ihrer "
                       "Wahl.",
        "refund_delay5": "Da Ihr Flug fünf Stunden oder mehr verspätet war, erstatten wir Ihnen "
                         "den vollen Ticketpreis, unabhängig von den Tarifbedingungen, wie es "
                         "die EU-Verordnung 261/2004 (Artikel 8) vorsieht, wenn Fluggäste die "
                         "Reise nicht mehr antreten.",
        "refund_free": "Ihr Tarif ({fare}) ist kostenlos erstattbar: Wir erstatten Ihnen den "
                       "vollen Ticketpreis.",
        "refund_fee": "Ihr Tarif ({fare}) ist gegen eine Gebühr von {fee} erstattbar: Wir "
                      "erstatten Ihnen den Ticketpreis abzüglich dieser Gebühr.",
        "refund_exception": "Obwohl Ihr Tarif ({fare}) nicht erstattbar ist, erstatten wir "
                            "Ihnen den Ticketpreis ausnahmsweise.",
        "refund_paid": " Der Betrag geht binnen 7 Tagen auf das ursprüngliche Zahlungsmittel "
                       "zurück.",
        "rebook_cancelled": "Da Ihr Flug annulliert wurde, buchen wir Sie kostenlos um.",
        "rebook_free": "Ihr Tarif ({fare}) erlaubt kostenlose Umbuchungen; wir haben Sie "
                       "umgebucht. Eine etwaige Tarifdifferenz ist zu zahlen.",
        "rebook_fee": "Ihr Tarif ({fare}) erlaubt Umbuchungen gegen eine Gebühr von {fee} "
                      "zuzüglich einer etwaigen Tarifdifferenz; wir haben Sie umgebucht.",
        "rebook_exception": "Obwohl Ihr Tarif ({fare}) keine Umbuchungen erlaubt, haben wir "
                            "Sie ausnahmsweise umgebucht.",
        "new_flight": " Ihr neuer Flug: {new_flight}.",
        "rebook_art8": "Wenn Sie möchten, können Sie sich stattdessen den vollen Ticketpreis "
                       "binnen 7 Tagen erstatten lassen: Die EU-Verordnung 261/2004 (Artikel 8) "
                       "lässt Ihnen die Wahl zwischen Erstattung und anderweitiger Beförderung. "
                       "Antworten Sie einfach auf diese Nachricht.",
        "halved": " (die Hälfte des Regelbetrags, wie es die Verordnung vorsieht, wenn die "
                  "Ersatzbeförderung nahe am ursprünglichen Flugplan ankommt oder die "
                  "Verspätung für die Entfernung kurz ist)",
        "compensation": "Außerdem steht Ihnen nach der EU-Verordnung 261/2004 eine "
                        "Ausgleichszahlung von {amount} pro Fluggast zu{halved}. Wir zahlen sie "
                        "binnen 7 Tagen auf das ursprüngliche Zahlungsmittel.",
        "no_refund_fare": "Leider ist Ihr Tarif ({fare}) nicht erstattbar, daher können wir "
                          "den Ticketpreis nicht erstatten. Nicht genutzte Steuern und "
                          "Flughafengebühren erstatten wir Ihnen dennoch, wenn Sie nicht "
                          "geflogen sind; antworten Sie dazu auf diese Nachricht.",
        "no_refund": "Leider können wir Ihr Ticket nicht erstatten: {reason}.",
        "no_change_fare": "Leider erlaubt Ihr Tarif ({fare}) keine Umbuchungen, daher können "
                          "wir Sie nicht umbuchen.",
        "no_rebook": "Leider können wir Sie nicht umbuchen: {reason}.",
        "other_rerouting": "Sie ohne Mehrkosten an Ihr Ziel zu befördern",
        "other_refund": "Ihnen den vollen Ticketpreis binnen 7 Tagen zu erstatten",
        "still_art8": "Sie können uns weiterhin bitten, {other}: Die EU-Verordnung 261/2004 "
                      "(Artikel 8) lässt Ihnen die Wahl zwischen Erstattung und anderweitiger "
                      "Beförderung.",
        "delay5_refund": "Da Ihr Flug fünf Stunden oder mehr verspätet war, können Sie sich "
                         "stattdessen den vollen Ticketpreis binnen 7 Tagen erstatten lassen, "
                         "wenn Sie die Reise nicht mehr antreten (EU-Verordnung 261/2004, "
                         "Artikel 8).",
        "sorry": "Wir bedauern, Ihnen keine positivere Antwort geben zu können.",
        "regulation": "die EU-Verordnung 261/2004",
        "late": "Ihr Flug kam {late} verspätet an. Eine Ausgleichszahlung sieht "
                "{regulation} erst ab drei Stunden Verspätung bei der Ankunft vor.",
        "notice": "Wir haben Sie {days} Tage vor dem Abflug über die Annullierung "
                  "informiert; bei mindestens 14 Tagen Vorlauf sieht {regulation} keine "
                  "Ausgleichszahlung vor.",
        "cancelled": "annulliert",
        "delayed": "verspätet",
        "extraordinary": "Ihr Flug wurde wegen eines außergewöhnlichen Umstands, den wir nicht "
                         "beeinflussen konnten ({why}), {what}; in diesem Fall sieht "
                         "{regulation} keine Ausgleichszahlung vor.",
        "nothing_due": "Für diesen Flug ist nach {regulation} keine Ausgleichszahlung "
                       "vorgesehen.",
    },
}


def draft_reply(decision: str, facts: ReplyFacts, *, signed_by: str = "",
                language: str = "en") -> str:
    """The reply a customer gets for `decision` (approve, reject, needs_info, escalate), in
    `language` ("en" or "de").

    An escalation is internal and drafts no reply (""); the others are complete letters.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no reply templates in {language!r}")
    t = _TEXTS[language]
    if decision == "escalate":
        return ""
    if decision == "approve":
        body = _approval(facts, language)
    elif decision == "reject":
        body = _rejection(facts, language)
    elif decision == "needs_info":
        body = [t["needs_info"].format(missing=_PLACEHOLDERS[language]["missing"]),
                t["needs_info_reply"]]
    else:
        raise ValueError(f"unknown decision {decision!r}")
    paragraphs = [t["greeting"].format(name=facts.customer_name), _subject(facts, language),
                  *body, t["closing"].format(signature=f"{signed_by}\n" if signed_by else "")]
    return "\n\n".join(paragraphs)


def _subject(f: ReplyFacts, language: str) -> str:
    t = _TEXTS[language]
    what = t["refund_request" if f.request_type == "refund" else "rebooking_request"]
    return t["subject"].format(what=what, booking=f.booking_code, flight=f.flight_number,
                               origin=f.origin, destination=f.destination,
                               date=long_date(f.flight_date, language))


def _approval(f: ReplyFacts, language: str) -> list[str]:
    t = _TEXTS[language]
    fare = f.fare_family
    cancelled = f.flight_status == "cancelled"
    if f.request_type == "refund":
        if cancelled:
            first = t["refund_cancelled"]
            if f.refund_right == REFUND_OR_REROUTING:
                first += t["refund_art8"]
        elif f.refund_right == REFUND_ONLY:
            first = t["refund_delay5"]
        elif f.refundable and not f.refund_fee_eur:
            first = t["refund_free"].format(fare=fare)
        elif f.refundable:
            first = t["refund_fee"].format(fare=fare, fee=euros(f.refund_fee_eur, language))
        else:
            first = t["refund_exception"].format(fare=fare)
        paragraphs = [first + t["refund_paid"]]
    else:
        if cancelled:
            first = t["rebook_cancelled"]
        elif f.changeable and not f.change_fee_eur:
            first = t["rebook_free"].format(fare=fare)
        elif f.changeable:
            first = t["rebook_fee"].format(fare=fare, fee=euros(f.change_fee_eur, language))
        else:
            first = t["rebook_exception"].format(fare=fare)
        paragraphs = [first + t["new_flight"].format(
            new_flight=_PLACEHOLDERS[language]["new_flight"])]
        if f.refund_right == REFUND_OR_REROUTING:
            paragraphs.append(t["rebook_art8"])
    if f.compensation_eur > 0:
        paragraphs.append(t["compensation"].format(
            amount=euros(f.compensation_eur, language),
            halved=t["halved"] if f.compensation_reduced else ""))
    return paragraphs


def _rejection(f: ReplyFacts, language: str) -> list[str]:
    t = _TEXTS[language]
    reason = _PLACEHOLDERS[language]["reason"]
    cancelled = f.flight_status == "cancelled"
    if f.request_type == "refund":
        if not f.refundable and not cancelled:
            first = t["no_refund_fare"].format(fare=f.fare_family)
        else:
            first = t["no_refund"].format(reason=reason)
    else:
        if not f.changeable and not cancelled:
            first = t["no_change_fare"].format(fare=f.fare_family)
        else:
            first = t["no_rebook"].format(reason=reason)
    paragraphs = [first]
    if f.refund_right == REFUND_OR_REROUTING:
        other = t["other_rerouting" if f.request_type == "refund" else "other_refund"]
        paragraphs.append(t["still_art8"].format(other=other))
    elif f.refund_right == REFUND_ONLY and f.request_type == "rebooking":
        paragraphs.append(t["delay5_refund"])
    why = _no_compensation(f, language)
    if why:
        paragraphs.append(why)
    paragraphs.append(t["sorry"])
    return paragraphs


def _no_compensation(f: ReplyFacts, language: str) -> str | None:
    """Why EU 261 owes nothing for a disrupted flight, in the customer's words; None if it owes
    something or the flight operated normally."""
    if f.compensation_eur > 0 or f.flight_status not in ("cancelled", "delayed"):
        return None
    t = _TEXTS[language]
    regulation = t["regulation"]
    if f.flight_status == "delayed" and f.arrival_delay_minutes < DELAY_THRESHOLD_MINUTES:
        return t["late"].format(late=duration(f.arrival_delay_minutes, language),
                                regulation=regulation)
    if f.flight_status == "cancelled" and (f.notice_days or 0) >= NOTICE_EXEMPT_DAYS:
        return t["notice"].format(days=f.notice_days, regulation=regulation)
    if f.extraordinary:
        why = f.extraordinary[0].lower() + f.extraordinary[1:]
        return t["extraordinary"].format(what=t[f.flight_status], why=why,
                                         regulation=regulation)
    return t["nothing_due"].format(regulation=regulation)
