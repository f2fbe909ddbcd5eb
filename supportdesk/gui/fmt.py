"""Numbers, miles, dates and times as the agent's language writes them: 71.909 Meilen and
07.12.2026 in German, 71,909 miles and 7 Dec 2026 in English. One home for every figure the
app shows, the server's included (the core and the server carry numbers and ISO times; the
app formats them here).

The locale is the default QLocale, which gui/i18n.py sets with the language. Dates spell the
month in English (7 Dec 2026): a call centre in Europe reads 12/7/26 both ways.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:  # decimal is loaded when money is shown, not with the first member
    from decimal import Decimal


def _locale() -> QLocale:
    """The default locale; the C locale (no language set at all) writes as English does."""
    locale = QLocale()
    return QLocale("en") if locale.language() == QLocale.Language.C else locale


def _german() -> bool:
    return QLocale().language() == QLocale.Language.German


def number(value: int | float, decimals: int = 0) -> str:
    """Grouped for the locale: 71.909 / 71,909 (1.234,5 / 1,234.5 with decimals)."""
    if decimals:
        return _locale().toString(float(value), "f", decimals)
    return _locale().toString(int(value))


def figure(value: float) -> str:
    """A setting's number without trailing zeros: 3,05 / 3.05, 15, 0,5 / 0.5."""
    return _locale().toString(float(value), "g", 6)


def miles(value: int, signed: bool = False) -> str:
    """Miles with a real minus sign; `signed` adds + to a credit (ledger, batches)."""
    text = number(abs(value))
    if value < 0:
        return "−" + text
    return ("+" if signed and value > 0 else "") + text


def euros(amount: Decimal | int) -> str:
    """320 € / €320; cents only where there are any (1.234,50 € / €1,234.50)."""
    from decimal import Decimal

    cents = Decimal(amount) % 1 != 0
    text = number(float(amount), 2) if cents else number(int(amount))
    return f"{text} €" if _german() else f"€{text}"


# The profile languages (domain.limits.PROFILE_LANGUAGES), each as it calls itself.
_LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "fr": "Français", "it": "Italiano",
                   "es": "Español", "nl": "Nederlands", "pl": "Polski"}


def language_name(code: str) -> str:
    """A member's language as it calls itself: Deutsch, English, Français (else the code)."""
    return _LANGUAGE_NAMES.get(code.split("-")[0].lower(), code)


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])


def _as_local(value: dt.datetime | str | float) -> dt.datetime:
    """An ISO time from the server (UTC, "Z" or an offset) or an epoch, in local time."""
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(value)
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.astimezone() if value.tzinfo else value


def date(value: dt.date | str) -> str:
    day = _as_date(value)
    if _german():
        return day.strftime("%d.%m.%Y")
    return f"{day.day} {day.strftime('%b %Y')}"


def typed_day(day: dt.date) -> str:
    """A day as the agent types it into a field: 24.12.2026 in German, 2026-12-24 else."""
    return day.strftime("%d.%m.%Y") if _german() else day.isoformat()


def local_date(value: dt.datetime | str | float) -> str:
    """The local day of a server moment (a posting at 23:30 UTC is the next day in Berlin)."""
    return date(_as_local(value).date())


def short_date(value: dt.date | str) -> str:
    """Day and month, for this year's moments in tight columns: 07.12. / 7 Dec."""
    day = _as_date(value)
    return day.strftime("%d.%m.") if _german() else f"{day.day} {day.strftime('%b')}"


def time(value: dt.datetime | str | float, seconds: bool = False) -> str:
    return _as_local(value).strftime("%H:%M:%S" if seconds else "%H:%M")


def date_time(value: dt.datetime | str | float, seconds: bool = False) -> str:
    """Local date and time: 07.12.2026 14:05 / 7 Dec 2026 14:05."""
    moment = _as_local(value)
    return f"{date(moment.date())} {time(moment, seconds)}"


def short_date_time(value: dt.datetime | str | float) -> str:
    moment = _as_local(value)
    return f"{short_date(moment.date())} {time(moment)}"


def moment(text: str, seconds: bool = False) -> str:
    """A server's ISO time stamp in local date and time; shown as it came if unreadable."""
    try:
        return date_time(text, seconds)
    except ValueError:
        return text


def weekday_date_time(value: dt.datetime | str | float) -> str:
    """Until when, with the day of the week: Mo 07.12. 14:00 / Mon 7 Dec 14:00."""
    local = _as_local(value)
    day = _locale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {short_date_time(local)}"


def utc_date_time(value: dt.datetime | str) -> str:
    """A moment in UTC as typed in UTC fields (remediation windows): 2026-10-27 15:00:24."""
    moment = _as_local(value) if not isinstance(value, str) else dt.datetime.fromisoformat(
        value.replace("Z", "+00:00"))
    if moment.tzinfo:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class Figures:
    """The figures of a core or server sentence (domain/wording.py) as this locale writes
    them."""

    def number(self, value: float) -> str:
        return number(value, 0 if float(value).is_integer() else 1)

    def euros(self, value: float) -> str:
        from decimal import Decimal

        return euros(Decimal(str(value)))

    def duration(self, minutes: int) -> str:
        hours, rest = divmod(abs(int(minutes)), 60)
        return " ".join(([f"{hours} h"] if hours else [])
                        + ([f"{rest} min"] if rest or not hours else []))

    def date(self, iso_day: str) -> str:
        try:
            return date(str(iso_day))
        except ValueError:  # not a day after all: as it came
            return str(iso_day)


def worded(lines: tuple, plain: tuple[str, ...], context: str) -> list[str]:
    """Sentences the core or the server sent as templates (`lines`), in the agent's language
    with this locale's figures; the plain English ones where none came."""
    if not lines:
        return list(plain)
    from PySide6.QtCore import QCoreApplication

    from ..domain.wording import render

    figures = Figures()
    return [render(line, lambda text: QCoreApplication.translate(context, text), figures)
            for line in lines]


def ledger_description(description: str) -> str:
    """A ledger entry's description in the agent's language when it is one of the reference
    server's sentences (domain/ledger_text.py); any other text as it is."""
    from ..domain.ledger_text import parse

    line = parse(description)
    return worded((line,), (description,), "Ledger")[0] if line else description
