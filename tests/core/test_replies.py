"""Customer reply templates: what each decision says, from the booking, fare and EU 261 facts."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from supportdesk.domain.replies import (
    MISSING,
    NEW_FLIGHT,
    REASON,
    ReplyFacts,
    draft_reply,
    duration,
    euros,
    long_date,
    unfilled,
)

BASE = ReplyFacts(
    customer_name="Lena Engel", request_type="refund", booking_code="XX2KRU",
    flight_number="LH1116", flight_date="2026-10-30", origin="MUC", destination="ATH",
    flight_status="delayed", arrival_delay_minutes=215, notice_days=None, extraordinary=None,
    fare_family="Economy Classic", refundable=False, refund_fee_eur=None, changeable=True,
    change_fee_eur=Decimal("70"), compensation_eur=400,
)


def facts(**changes) -> ReplyFacts:  # noqa: ANN003
    return dataclasses.replace(BASE, **changes)


def test_every_letter_greets_by_name_and_names_booking_and_flight():
    for decision in ("approve", "reject", "needs_info"):
        text = draft_reply(decision, BASE, signed_by="Agent 15")
        assert text.startswith("Dear Lena Engel,\n\n")
        assert "booking XX2KRU, flight LH1116 from MUC to ATH on 30 October 2026" in text
        assert text.endswith("Kind regards,\nAgent 15\nCustomer Service")
    assert draft_reply("approve", BASE).endswith("Kind regards,\nCustomer Service")


def test_approving_a_compensation_claim_states_the_eu261_amount():
    text = draft_reply("approve", BASE)
    assert "compensation of €400 per passenger under EU Regulation 261/2004" in text
    assert "half" not in text
    halved = draft_reply("approve", facts(compensation_eur=300, compensation_reduced=True))
    assert "€300" in halved and "half the standard amount" in halved
    assert "compensation" not in draft_reply("approve", facts(compensation_eur=0))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"flight_status": "cancelled"}, "As your flight was cancelled, we refund the full"),
        ({"refundable": True, "refund_fee_eur": Decimal("0")}, "refundable free of charge"),
        ({"refundable": True, "refund_fee_eur": Decimal("120")}, "for a fee of €120: we refund"),
        ({}, "Although your fare (Economy Classic) is not refundable"),
    ],
)
def test_approving_a_refund_follows_the_fare(changes, expected):
    text = draft_reply("approve", facts(**changes))
    assert expected in text and "within 7 days" in text
    assert unfilled(text) == []


def test_approving_a_rebooking_leaves_the_new_flight_to_the_agent():
    text = draft_reply("approve", facts(request_type="rebooking"))
    assert "changes for a fee of €70 plus any difference in fare" in text
    assert unfilled(text) == [NEW_FLIGHT]
    cancelled = draft_reply("approve", facts(request_type="rebooking", flight_status="cancelled"))
    assert "we rebook you free of charge" in cancelled


def test_rejecting_a_refund_quotes_the_fares_refund_rule():
    text = draft_reply("reject", facts(compensation_eur=0, arrival_delay_minutes=95))
    assert "your fare (Economy Classic) is not refundable" in text
    assert "taxes and airport charges" in text
    assert "arrived 1 hour 35 minutes late" in text and "three hours" in text
    assert unfilled(text) == []
    refundable = draft_reply("reject", facts(refundable=True, refund_fee_eur=Decimal("0")))
    assert unfilled(refundable) == [REASON]
    no_change = draft_reply("reject", facts(request_type="rebooking", changeable=False,
                                            flight_status="operated", compensation_eur=0))
    assert "does not allow changes" in no_change and "EU Regulation" not in no_change


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"extraordinary": "Air traffic control strike"},
         "extraordinary circumstance beyond our control (air traffic control strike)"),
        ({"flight_status": "cancelled", "notice_days": 16}, "16 days before departure"),
        ({"flight_status": "cancelled", "notice_days": 3}, "no compensation is due"),
    ],
)
def test_rejections_explain_why_eu261_owes_nothing(changes, expected):
    text = draft_reply("reject", facts(compensation_eur=0, **changes))
    assert expected in text


def test_needs_info_asks_and_escalation_drafts_nothing():
    text = draft_reply("needs_info", BASE)
    assert "we need more information" in text and unfilled(text) == [MISSING]
    assert draft_reply("escalate", BASE) == ""
    with pytest.raises(ValueError):
        draft_reply("maybe", BASE)


def test_formatting_helpers():
    assert long_date("2026-01-05") == "5 January 2026" and long_date("soon") == "soon"
    assert euros(Decimal("70")) == "€70" and euros(Decimal("12.5")) == "€12.50"
    assert euros(1250) == "€1,250"
    assert duration(60) == "1 hour" and duration(61) == "1 hour 1 minute"
    assert duration(45) == "45 minutes" and duration(0) == "0 minutes"


# --- EU 261 Art. 8: the refund or re-routing the check states -------------------------------

CANCELLED = dict(flight_status="cancelled", notice_days=3, refund_right="refund_or_rerouting")


def test_a_refund_for_a_cancelled_flight_names_the_art_8_right():
    text = draft_reply("approve", facts(**CANCELLED))
    assert "As your flight was cancelled, we refund the full price" in text
    assert "EU Regulation 261/2004 (Article 8) gives you this right" in text
    assert "re-routing" in text and "within 7 days" in text
    # No compensation owed (14 days' notice): the refund right is still stated.
    quiet = draft_reply("approve", facts(**CANCELLED, compensation_eur=0))
    assert "Article 8" in quiet and "compensation" not in quiet


def test_a_rebooking_for_a_cancelled_flight_offers_the_refund_instead():
    text = draft_reply("approve", facts(request_type="rebooking", **CANCELLED))
    assert "we rebook you free of charge" in text
    assert "you may instead have the full price of your ticket refunded within 7 days" in text
    assert "Article 8" in text and unfilled(text) == [NEW_FLIGHT]


@pytest.mark.parametrize(("request_type", "offered"), [
    ("refund", "re-route you to your destination"),
    ("rebooking", "refund the full price of your ticket within 7 days"),
])
def test_a_rejection_for_a_cancelled_flight_still_names_the_other_choice(request_type, offered):
    text = draft_reply("reject", facts(request_type=request_type, compensation_eur=0,
                                       **CANCELLED))
    assert f"You may still ask us to {offered}" in text
    assert "(Article 8) gives you the choice between a refund and re-routing" in text


def test_a_delay_of_five_hours_refunds_whatever_the_fare():
    text = draft_reply("approve", facts(arrival_delay_minutes=320, refund_right="refund"))
    assert "delayed by five hours or more, we refund the full price" in text
    assert "not refundable" not in text and "Article 8" in text
    rebooking = draft_reply("reject", facts(request_type="rebooking", changeable=False,
                                            arrival_delay_minutes=320, refund_right="refund"))
    assert "you may instead have the full price of your ticket refunded" in rebooking


def test_no_art_8_words_without_the_right():
    for decision in ("approve", "reject"):
        for kind in ("refund", "rebooking"):
            assert "Article 8" not in draft_reply(decision, facts(request_type=kind))


# --- German letters -----------------------------------------------------------------------

def test_every_sentence_has_both_languages():
    from supportdesk.domain.replies import _TEXTS

    assert set(_TEXTS["de"]) == set(_TEXTS["en"])
    for key, english in _TEXTS["en"].items():  # the same blanks to fill
        fields = sorted(part.split("}")[0] for part in english.split("{")[1:])
        assert fields == sorted(part.split("}")[0] for part in _TEXTS["de"][key].split("{")[1:])


def test_a_german_member_gets_a_german_letter_with_german_figures():
    from supportdesk.domain.replies import reply_language

    assert reply_language("de") == "de" and reply_language("fr") == "en"
    assert reply_language(None) == "en"
    text = draft_reply("approve", facts(compensation_eur=1250), signed_by="Agent 15",
                       language="de")
    assert text.startswith("Guten Tag Lena Engel,\n\nvielen Dank für Ihren Erstattungsantrag")
    assert "Flug LH1116 von MUC nach ATH am 30. Oktober 2026" in text
    assert "Ausgleichszahlung von 1.250 € pro Fluggast" in text
    assert text.endswith("Mit freundlichen Grüßen\nAgent 15\nKundenservice")
    late = draft_reply("reject", facts(compensation_eur=0, arrival_delay_minutes=95),
                       language="de")
    assert "1 Stunde 35 Minuten verspätet" in late and "Dear" not in late


@pytest.mark.parametrize("decision", ["approve", "reject", "needs_info"])
@pytest.mark.parametrize("changes", [{}, {"request_type": "rebooking"},
                                     {"refundable": True, "refund_fee_eur": Decimal("0")},
                                     dict(CANCELLED), {"extraordinary": "Storm"}])
def test_german_placeholders_are_found_before_sending(decision, changes):
    english = unfilled(draft_reply(decision, facts(**changes)))
    german = unfilled(draft_reply(decision, facts(**changes), language="de"))
    assert len(german) == len(english)  # each blank the agent fills, in either language
    assert all(p.startswith("[") and p not in english for p in german)
