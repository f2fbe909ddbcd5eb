"""The agent's own preferences on this workstation: language, font size, density, and a
shorter idle lock or offline copy than IT's policy allows. Qt-free.

IT's config file (config.py) is the policy; a preference may make the app stricter, never
looser: the idle lock may come sooner (not later, and not off unless IT turned it off), the
offline copy may be kept for fewer hours (not more). The file is JSON in the user's data
folder (`preferences.json`, config.data_dir); anything unreadable in it is ignored and
reported once, so a broken file never stops anybody from working.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .config import LANGUAGE_SETTINGS, Config

log = logging.getLogger(__name__)

DENSITIES = ("comfortable", "compact")
FONT_POINTS = (8, 16)  # the base font size's range; the style sheet's 10 pt scale with it
DEFAULT_FONT_POINTS = 10


@dataclass(frozen=True)
class Preferences:
    language: str | None = None  # None: the policy's (config.language)
    font_points: int = DEFAULT_FONT_POINTS
    density: str = "comfortable"
    idle_lock_minutes: float | None = None  # None: the policy's
    offline_cache_hours: float | None = None  # None: the policy's


def preferences_file() -> Path:
    override = os.environ.get("SUPPORTDESK_PREFERENCES")
    if override:
        return Path(override)
    from .config import data_dir

    return data_dir() / "preferences.json"


def idle_lock_range(policy: Config) -> tuple[float, float]:
    """The idle-lock minutes an agent may choose: 1 up to IT's (0, off, only if IT's is)."""
    if policy.idle_lock_minutes == 0:
        return 0.0, 480.0
    return 1.0, policy.idle_lock_minutes


def offline_hours_range(policy: Config) -> tuple[float, float]:
    return 0.0, policy.offline_cache_hours


def check(prefs: Preferences, policy: Config) -> dict[str, str]:
    """What is wrong with `prefs` under `policy`, per field, in plain words ({}: nothing)."""
    problems: dict[str, str] = {}
    if prefs.language is not None and prefs.language not in LANGUAGE_SETTINGS:
        problems["language"] = f"Choose one of: {', '.join(LANGUAGE_SETTINGS)}."
    low, high = FONT_POINTS
    if not low <= prefs.font_points <= high:
        problems["font_points"] = f"The font size is {low} to {high} points."
    if prefs.density not in DENSITIES:
        problems["density"] = f"Choose one of: {', '.join(DENSITIES)}."
    if prefs.idle_lock_minutes is not None:
        low_m, high_m = idle_lock_range(policy)
        if not low_m <= prefs.idle_lock_minutes <= high_m:
            problems["idle_lock_minutes"] = (
                f"IT's policy locks after {policy.idle_lock_minutes:g} minutes; choose "
                f"{low_m:g} to {high_m:g}.")
    if prefs.offline_cache_hours is not None:
        low_h, high_h = offline_hours_range(policy)
        if not low_h <= prefs.offline_cache_hours <= high_h:
            problems["offline_cache_hours"] = (
                f"IT's policy keeps offline copies {policy.offline_cache_hours:g} hours; "
                f"choose {low_h:g} to {high_h:g}.")
    return problems


def effective(policy: Config, prefs: Preferences) -> Config:
    """The config the app runs with: the policy, made stricter (never looser) by the
    preferences; a preference the policy does not allow (IT changed it since) is ignored."""
    problems = check(prefs, policy)
    changes: dict[str, object] = {}
    if prefs.language is not None and "language" not in problems:
        changes["language"] = prefs.language
    if prefs.idle_lock_minutes is not None and "idle_lock_minutes" not in problems:
        changes["idle_lock_minutes"] = prefs.idle_lock_minutes
    if prefs.offline_cache_hours is not None and "offline_cache_hours" not in problems:
        changes["offline_cache_hours"] = prefs.offline_cache_hours
    return replace(policy, **changes)


def load(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults (a missing or broken file: logged, ignored)."""
    path = path or preferences_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Preferences()  # the usual case, before the window: json not even imported
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("preferences %s unreadable (%s); using the defaults", path,
                    type(exc).__name__)
        return Preferences()
    import json

    try:
        data = json.loads(text)
    except ValueError as exc:
        log.warning("preferences %s unreadable (%s); using the defaults", path,
                    type(exc).__name__)
        return Preferences()
    if not isinstance(data, dict):
        return Preferences()
    known = {k: v for k, v in data.items() if k in _TYPES}
    wrong = sorted(k for k, v in known.items() if not _TYPES[k](v))
    prefs = Preferences(**known) if not wrong else Preferences()
    # Any value any policy could allow; the running policy is applied by `effective`.
    bad = wrong or sorted(check(prefs, Config(idle_lock_minutes=0, offline_cache_hours=168)))
    if bad:
        log.warning("preferences %s: %s not understood; using the defaults", path,
                    ", ".join(bad))
        return Preferences()
    return prefs


def _number(value: object) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


_TYPES = {
    "language": lambda v: v is None or isinstance(v, str),
    "font_points": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "density": lambda v: isinstance(v, str),
    "idle_lock_minutes": _number,
    "offline_cache_hours": _number,
}


def save(prefs: Preferences, path: Path | None = None) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    import json

    path = path or preferences_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".json.partial")
    partial.write_text(json.dumps(asdict(prefs), indent=2, sort_keys=True), encoding="utf-8")
    os.replace(partial, path)
