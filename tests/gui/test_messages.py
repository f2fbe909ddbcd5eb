"""The app words the core's and the server's codes itself; unknown codes keep the English."""

from __future__ import annotations

import pytest

from supportdesk.api.client import new_operation_id
from supportdesk.domain import audit, limits
from supportdesk.domain.identifiers import parse_member_number, parse_ticket_number
from supportdesk.domain.query import classify_query
from supportdesk.errors import Conflict, FieldError, InvalidInput, NotFound, SupportDeskError
from supportdesk.gui.messages import (
    ERRORS,
    FIELDS,
    error_text,
    field_text,
    input_text,
    said_text,
)

from ..helpers.queue import add_request

BAD_INPUT = [
    (parse_member_number, ""), (parse_member_number, "99200000000001x"),
    (parse_member_number, "9920000000000"), (parse_member_number, "123000000000018"),
    (parse_member_number, "992000000000019"), (parse_ticket_number, "12345"),
    (classify_query, ""), (classify_query, "x" * 300), (classify_query, "a@b c"),
    (classify_query, "99200000000000000"), (classify_query, "99200"), (classify_query, "12345678"),
    (classify_query, "O'Brien;"), (classify_query, "KX4T2"), (classify_query, "m"),
    (classify_query, "+49 12"), (limits.CREDIT_REASON.clean, "ab"),
    (limits.CREDIT_REASON.clean, "x" * 501), (limits.CREDIT_REASON.clean, "a\x07b"),
    (limits.CREDIT_REASON.clean, "   "),
    (audit.check_member, "992 123"), (audit.check_agent, "No Such Name!"),
    (audit.check_action, "drop table"), (lambda t: audit.check_day("from", t), "2026-13-01"),
    (lambda t: audit.typed_filter(since="2026-12-24", until=t), "2026-12-01"),
]


@pytest.mark.parametrize("parse, text", BAD_INPUT)
def test_every_rule_the_agent_can_break_has_the_apps_own_words(parse, text):
    with pytest.raises(ValueError) as caught:
        parse(text)
    error = caught.value
    assert error.code in FIELDS, f"no words for {error.code!r}"
    # Its parameters are the ones the words need (else the English would be shown).
    assert input_text(error) == FIELDS[error.code].format(
        **{k: f"{v:,}" if isinstance(v, int) else v
           for k, v in error.params.items()})


def test_the_servers_code_and_parameters_reach_the_app(signed_in, live_server):
    first, second = signed_in("agent15"), signed_in("agent16")
    item = first.get_request(add_request(live_server, type="refund"))
    first.claim_request(item.id, new_operation_id(), member_number=item.member_number)
    with pytest.raises(Conflict) as caught:
        second.claim_request(item.id, new_operation_id(), member_number=item.member_number)
    error = caught.value
    assert (error.code, error.params) == ("claimed-by-other", {"assignee": "Agent 15"})
    assert error_text(error) == "Agent 15 is already working on this request."


def test_a_code_the_app_does_not_know_keeps_the_servers_english():
    error = NotFound("There is no member 992000000000018.", code="member-from-the-future")
    assert error_text(error) == error.message
    missing = SupportDeskError("Agent 3 has it.", code="claimed-by-other", params={})
    assert error_text(missing) == missing.message  # a parameter missing: never a KeyError
    assert field_text(FieldError("reason", "Too long: at most 500 characters.", "too-long",
                                 {"longest": 500})) == "Too long: at most 500 characters."
    assert field_text(FieldError("reason", "Mystery.", "mystery", {})) == "Mystery."


def test_an_input_error_without_a_known_code_is_shown_as_it_came():
    assert "invalid-input" not in FIELDS and "invalid-input" not in ERRORS
    assert input_text(InvalidInput("x", "Plain words.")) == "Plain words."


def test_needs_attention_words_what_the_backend_said_from_the_rows_code():
    assert said_text({"code": "failed-repeatedly", "params": {"attempts": 8}},
                     "The backend failed on this operation 8 times: …") \
        == "The backend failed on this operation 8 times; it was not applied."
    assert said_text({"code": "claimed-by-other", "params": {"assignee": "Agent 3"}}, "x") \
        == "Agent 3 is already working on this request."
    # A row saved by an earlier version (no code), or a code this one does not know: as said.
    assert said_text(None, "As the backend said it.") == "As the backend said it."
    assert said_text({"errors": []}, "As said.") == "As said."
    assert said_text({"code": "sold-out", "params": {"seats_left": 0}}, "No seats.") \
        == "No seats."


def test_a_departed_flight_is_said_with_its_local_departure():
    problem = {"code": "flight-departed",
               "params": {"flight_number": "LH9707", "origin": "FRA",
                          "departure_date": "2031-01-15", "departure_time": "07:07",
                          "now": "2031-01-15T22:28:00.000000Z"}}
    text = said_text(problem, "As the backend said it.")
    assert "LH9707" in text and "FRA" in text and "07:07 local time" in text
    assert said_text({"code": "flight-departed", "params": {}}, "As said.") == "As said."


def test_a_refused_pin_is_worded_by_the_app():
    error = SupportDeskError("English.", code="pin-mismatch", params={"host": "sd.example.com"})
    assert error_text(error) == (
        "The TLS certificate of sd.example.com does not carry the key IT pinned for the "
        "backend; nothing was sent. Tell IT (supportdesk --check-config).")
