"""The agent's preferences: stricter than IT's policy, never looser; a broken file is
ignored, never fatal; saved atomically."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportdesk import preferences as prefs
from supportdesk.config import Config

POLICY = Config(idle_lock_minutes=10, offline_cache_hours=12, language="de")


def test_a_preference_may_make_the_app_stricter_not_looser():
    sooner = prefs.Preferences(idle_lock_minutes=5, offline_cache_hours=2, language="en")
    assert prefs.check(sooner, POLICY) == {}
    running = prefs.effective(POLICY, sooner)
    assert (running.idle_lock_minutes, running.offline_cache_hours, running.language) == (
        5, 2, "en")
    looser = prefs.Preferences(idle_lock_minutes=30, offline_cache_hours=48)
    problems = prefs.check(looser, POLICY)
    assert set(problems) == {"idle_lock_minutes", "offline_cache_hours"}
    assert "10 minutes" in problems["idle_lock_minutes"]
    # IT tightened the policy after the agent chose: the policy wins.
    assert prefs.effective(POLICY, looser).idle_lock_minutes == 10
    assert prefs.effective(POLICY, looser).offline_cache_hours == 12
    # Off only where IT has it off.
    assert "idle_lock_minutes" in prefs.check(prefs.Preferences(idle_lock_minutes=0), POLICY)
    off = Config(idle_lock_minutes=0)
    assert prefs.check(prefs.Preferences(idle_lock_minutes=0), off) == {}


@given(minutes=st.floats(0, 1000, allow_nan=False), hours=st.floats(0, 500, allow_nan=False),
       policy_minutes=st.sampled_from([0, 1, 10, 480]), policy_hours=st.sampled_from([0, 12]))
def test_the_running_config_is_never_looser_than_the_policy(minutes, hours, policy_minutes,
                                                            policy_hours):
    policy = Config(idle_lock_minutes=policy_minutes, offline_cache_hours=policy_hours)
    running = prefs.effective(policy, prefs.Preferences(idle_lock_minutes=minutes,
                                                        offline_cache_hours=hours))
    assert running.offline_cache_hours <= policy.offline_cache_hours
    if policy.idle_lock_minutes:
        assert 0 < running.idle_lock_minutes <= policy.idle_lock_minutes


@pytest.mark.expect_log("supportdesk.preferences", "preferences")
def test_saved_and_loaded_and_a_broken_file_gives_the_defaults(tmp_path, caplog):
    path = tmp_path / "prefs" / "preferences.json"
    assert prefs.load(path) == prefs.Preferences()  # none yet
    chosen = prefs.Preferences(language="de", font_points=13, density="compact",
                               idle_lock_minutes=4)
    prefs.save(chosen, path)
    assert prefs.load(path) == chosen
    assert not list(path.parent.glob("*.partial"))
    for broken in ("{", "[]", json.dumps({"font_points": 99}),
                   json.dumps({"density": "tiny"}), json.dumps({"font_points": "big"})):
        path.write_text(broken, encoding="utf-8")
        assert prefs.load(path) == prefs.Preferences(), broken
    assert "preferences" in caplog.text
    # Unknown keys (a newer version's) are ignored, the rest kept.
    path.write_text(json.dumps({"font_points": 12, "theme": "dark"}), encoding="utf-8")
    assert prefs.load(path).font_points == 12


@pytest.mark.parametrize("points", [7, 17])
def test_a_font_outside_the_range_is_refused(points):
    assert "font_points" in prefs.check(prefs.Preferences(font_points=points), POLICY)
