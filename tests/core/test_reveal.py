"""The reveal's rules in the core (domain/reveal.py) and its managed setting (reveal_seconds)."""

from __future__ import annotations

import pytest

from supportdesk.api.reveal import reveal_request
from supportdesk.config import Config, load_config
from supportdesk.domain import reveal
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.domain.text import TextProblem
from supportdesk.errors import ConfigError


def test_reveal_seconds_is_a_managed_setting_with_a_default(tmp_path):
    assert Config().reveal_seconds == 60
    path = tmp_path / "config.toml"
    path.write_text("reveal_seconds = 15\n")
    assert load_config(path).reveal_seconds == 15
    for bad in ("0", "601", "'soon'"):
        path.write_text(f"reveal_seconds = {bad}\n")
        with pytest.raises(ConfigError):
            load_config(path)


def test_only_a_verified_caller_needs_no_words():
    assert reveal.check_reason("caller_verified", None) is None
    assert reveal.check_reason("caller_verified", "  ") is None
    for code in set(reveal.REASONS) - {"caller_verified"}:
        with pytest.raises(TextProblem) as caught:
            reveal.check_reason(code, "")
        assert caught.value.code == "reveal-reason-text"
        assert reveal.check_reason(code, "  Case 17 ") == "Case 17"
    with pytest.raises(TextProblem):
        reveal.check_reason("curiosity", "Just looking")
    with pytest.raises(TextProblem):
        reveal.check_reason("other", "x" * 501)


def test_the_request_names_the_member_and_each_field_once():
    number = demo_member_number(5)
    path, body = reveal_request(number, ["email", "email", "phone"], "other", "Case 9")
    assert path == f"/members/{number}/reveal"
    assert body == {"member_number": number, "fields": ["email", "phone"],
                    "reason": {"code": "other", "text": "Case 9"}}
    with pytest.raises(ValueError):
        reveal_request(number, ["pin"], "caller_verified", None)
    with pytest.raises(ValueError):
        reveal_request(number, [], "caller_verified", None)
