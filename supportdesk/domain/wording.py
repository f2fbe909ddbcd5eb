"""Sentences the core and the server state as codes with parameters, so that each client
words them in its agent's language with its locale's figures (issue 17). Qt-free.

A `Line` is a template id (its English text, marked for lupdate with QT_TRANSLATE_NOOP in the
module that owns it) and named parameters: numbers, text that is data (a fare family, an
airport), or another Line (a phrase inside the sentence). `render` puts a line together: the
English default for the server's plain-text fields and other clients, or — with a translator
and the app's figures — in German.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    """Marks `text` for lupdate under `context` (a literal: lupdate skips anything else) and
    returns it; the core's message ids are translated by the app (gui/fmt.worded)."""
    return text


@dataclass(frozen=True)
class Line:
    template: str  # the English text with {name} fields; also the translation's id
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"template": self.template,
                "params": {k: v.as_json() if isinstance(v, Line) else v
                           for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: Any) -> Line:
        """A line from an answer; ValueError for anything that is not one."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str):
            raise ValueError("a line needs a template")
        params = data.get("params") or {}
        if not isinstance(params, dict):
            raise ValueError("a line's params are an object")
        parsed: dict[str, Any] = {}
        for key, value in params.items():
            if isinstance(value, dict):
                parsed[str(key)] = cls.from_json(value)
            elif isinstance(value, bool) or not isinstance(value, int | float | str):
                raise ValueError(f"a line's param {key!r} is not a number, text or line")
            else:
                parsed[str(key)] = value
        return cls(data["template"], parsed)


class Figures(Protocol):
    """How numbers read: the English default here; the app passes its locale's."""

    def number(self, value: float) -> str: ...
    def euros(self, value: float) -> str: ...
    def duration(self, minutes: int) -> str: ...
    def date(self, iso_day: str) -> str: ...


class EnglishFigures:
    def number(self, value: float) -> str:
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"

    def euros(self, value: float) -> str:
        return f"€{value:,.0f}" if float(value).is_integer() else f"€{value:,.2f}"

    def duration(self, minutes: int) -> str:
        hours, rest = divmod(abs(int(minutes)), 60)
        return " ".join(([f"{hours} h"] if hours else [])
                        + ([f"{rest} min"] if rest or not hours else []))

    def date(self, iso_day: str) -> str:
        return str(iso_day)


ENGLISH = EnglishFigures()


def render(line: Line, translate: Callable[[str], str] = lambda text: text,
           figures: Figures = ENGLISH) -> str:
    """The line as text. Params named `*_km`, `*_eur` and `*_minutes` are figures, read by
    `figures`; a Line param is rendered first; anything else is data, as it is."""
    values: dict[str, str] = {}
    for name, value in line.params.items():
        if isinstance(value, Line):
            values[name] = render(value, translate, figures)
        elif name.endswith("_eur"):
            values[name] = figures.euros(value)
        elif name.endswith("_date"):
            values[name] = figures.date(value)
        elif name.endswith("_minutes"):
            values[name] = figures.duration(value)
        elif name.endswith("_km") or name.endswith("_count"):
            values[name] = figures.number(value)
        else:
            values[name] = str(value)
    try:
        return translate(line.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return line.template.format(**values)
