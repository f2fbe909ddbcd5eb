"""Every answer bound to its question: behind a cache that keys on the URL path and ignores
`Cache-Control` and `Authorization`, no answer for another query or member reaches the caller.
"""

from __future__ import annotations

import pytest

from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import SecurityError, WrongMemberError

from ..helpers.intermediaries import caching_proxy, rewriting_proxy, swapping_proxy

NAMES = ["schmidt", "meier", "müller", "weber", "wagner", "becker", "hoffmann", "koch",
         "richter", "klein"]


@pytest.mark.expect_log("supportdesk.security", "")
@pytest.mark.parametrize("echo", [False, True], ids=["stale id", "id copied by the cache"])
def test_a_cached_answer_for_another_search_is_refused(live_server, echo):
    with caching_proxy(live_server.url, echo=echo) as (url, served):
        api = ApiClient(url, retries=0)
        api.login("agent18", "demo")
        first = api.search_members(NAMES[0])  # fills the cache for /api/v1/members
        assert first.results
        accepted = 0
        for text in NAMES[1:] + [demo_member_number(i) for i in range(20, 60)]:
            try:
                api.search_members(text)
                accepted += 1
            except SecurityError:
                pass
        api.close()
    assert len(served) == len(NAMES) - 1 + 40  # the cache did answer every one of them
    assert accepted == 0


@pytest.mark.expect_log("supportdesk.security", "")
def test_a_member_number_look_up_answered_for_another_member_says_so(live_server):
    with caching_proxy(live_server.url, echo=True) as (url, _served):
        api = ApiClient(url, retries=0)
        api.login("agent18", "demo")
        api.search_members(demo_member_number(70))
        with pytest.raises(WrongMemberError) as caught:
            api.search_members(demo_member_number(71))
        api.close()
    assert (caught.value.asked, caught.value.answered) == (
        demo_member_number(71), demo_member_number(70))


@pytest.mark.expect_log("supportdesk.security", "")
def test_a_signed_out_session_gets_no_cached_account(live_server):
    with caching_proxy(live_server.url) as (url, served):
        api = ApiClient(url, retries=0)
        api.login("agent18", "demo")
        number = demo_member_number(80)
        assert api.get_member(number).member_number == number
        api.logout()
        api.login("agent19", "demo")  # the next session at this desk
        with pytest.raises(SecurityError):
            api.get_member(number)  # the cache answers the earlier session's body
        api.close()
    assert served


@pytest.mark.expect_log("supportdesk.security", "SIGN-IN ANSWER")
def test_a_sign_in_answered_for_another_agent_is_refused(live_server):
    with swapping_proxy(live_server.url) as url:
        first = ApiClient(url, retries=0)
        assert first.login("super1", "demo").agent.username == "super1"
        second = ApiClient(url, retries=0)
        with pytest.raises(SecurityError, match="names another agent"):
            second.login("agent7", "demo")  # answered with super1's sign-in
        assert second.token is None  # never continues as the supervisor
        first.close()
        second.close()


def _without_member(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "member_number"}


def _about_another_member(answer: dict) -> dict:
    return {**answer, "member_number": demo_member_number(91)}


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
@pytest.mark.parametrize("rewrite", [_without_member, _about_another_member])
def test_a_write_answer_that_does_not_name_its_member_is_refused(live_server, rewrite):
    with rewriting_proxy(live_server.url, rewrite) as url:
        api = ApiClient(url, retries=0)
        api.login("agent18", "demo")
        with pytest.raises(WrongMemberError):
            api.propose_credit(demo_member_number(90), kind="goodwill", miles=10,
                               reason="Bound answers test", operation_id=new_operation_id())
        api.close()


@pytest.mark.expect_log("supportdesk.security", "SIGN-IN ANSWER")
def test_a_sign_in_answered_with_another_requests_body_is_refused_not_a_crash(live_server):
    def a_search_answer(_answer: dict) -> dict:  # swapped with a neighbour's in-flight answer
        return {"query": "schmidt", "kind": "name", "results": [], "truncated": False}

    with rewriting_proxy(live_server.url, a_search_answer) as url:
        api = ApiClient(url, retries=0)
        with pytest.raises(SecurityError) as caught:
            api.login("agent7", "demo")
        assert api.token is None
        api.close()
    assert caught.value.code == "signin-mismatch"
    assert caught.value.answered_agent is None


@pytest.mark.expect_log("supportdesk.security", "LEDGER PAGE")
def test_a_ledger_page_answered_for_another_cursor_is_refused(live_server):
    number = demo_member_number(75)
    with caching_proxy(live_server.url, echo=True) as (url, served):
        api = ApiClient(url, retries=0)
        api.login("agent18", "demo")
        first = api.get_transactions(number, limit=1)
        assert first.next_before is not None  # the member has more than one entry
        with pytest.raises(SecurityError) as caught:
            api.get_transactions(number, before=first.next_before, limit=1)  # page 1 again
        api.close()
    assert served and caught.value.code == "request-id-mismatch"
    assert caught.value.asked == number
