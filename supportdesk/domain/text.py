"""Typed text: name folding (what makes "muller" find both "Müller" and "Mueller") and the
one rule for text an agent types (no control or invisible characters, trimmed, bounded)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# German transliterations fold to the base letter, so Müller, Mueller and Muller meet.
# Folding the query the same way keeps prefixes consistent: fold("Mue") == "mu".
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "œ": "oe",
                          "þ": "th", "ı": "i"})  # Turkish dotless ı: "yilmaz" finds Yılmaz


def fold_name(text: str) -> str:
    """Lower-case, accent-free, transliteration-free form of a name, for prefix search."""
    lowered = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if c.isalnum() or c == " ")
    for digraph, letter in _DIGRAPHS:
        plain = plain.replace(digraph, letter)
    return " ".join(plain.split())


# Categories no agent types on purpose: controls (Cc), invisible formatting such as bidi
# overrides and zero-width spaces (Cf), surrogates (Cs), private use (Co), and the Unicode line
# and paragraph separators (Zl, Zp), which break a line where no reader expects one.
_REFUSED = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(c) in _REFUSED for c in text)


class TextProblem(ValueError):
    """Why a typed text is refused: `code` and `params` for a translated message; `str()` is
    the same in English (the server's answer)."""

    def __init__(self, code: str, message: str, **params: int) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


def clean_text(value: str, *, lines: bool = False, shortest: int = 1,
               longest: int | None = None) -> str:
    """`value` stripped, or TextProblem. Control and invisible formatting characters are
    refused; with `lines` (a note, a reply to the customer) line breaks and tabs are text too.
    A text of spaces only is refused even where the field is optional: leave it out instead."""
    value = value.strip()
    checked = value.replace("\n", "").replace("\t", "") if lines else value
    if has_control_characters(checked):
        raise TextProblem("control-characters",
                          "The text contains control characters or invisible formatting; "
                          "retype it.")
    if not value:
        raise TextProblem("blank", "The text is empty or only spaces.")
    if len(value) < shortest:
        raise TextProblem("too-short", f"Too short: at least {shortest} characters.",
                          shortest=shortest)
    if longest is not None and len(value) > longest:
        raise TextProblem("too-long", f"Too long: at most {longest} characters.",
                          longest=longest)
    return value


# What a name on a ticket may hold besides letters (and the accents combined with them):
# spaces, hyphens and apostrophes (typed ' or the typographic ’ that pasted text brings).
_NAME_MARKS = frozenset(" -'\u2019")


def clean_name(value: str) -> str:
    """A person's name as printed on a ticket: letters (any script, accents included), spaces,
    hyphens and apostrophes, at least one letter; runs of spaces become one. TextProblem
    "name-digits" or "name-characters" otherwise. Call on a `clean_text` result."""
    value = " ".join(unicodedata.normalize("NFC", value).split())
    if any(c.isdigit() for c in value):
        raise TextProblem("name-digits", "A name on a ticket has no digits.")
    if any(not (unicodedata.category(c)[0] in "LM" or c in _NAME_MARKS) for c in value) \
            or not any(c.isalpha() for c in value):
        raise TextProblem("name-characters",
                          "A name has letters, spaces, hyphens and apostrophes only.")
    return value


@dataclass(frozen=True)
class TextRule:
    """The rule of one kind of typed text (a credit's reason, a customer reply, a name on a
    ticket), kept once for the desktop app's forms and the server's request models."""

    shortest: int
    longest: int
    lines: bool = False  # several lines allowed (notes, replies)
    name: bool = False  # a person's name: letters, spaces, hyphens, apostrophes (clean_name)

    def clean(self, value: str) -> str:
        value = clean_text(value, lines=self.lines, shortest=self.shortest,
                           longest=self.longest)
        return clean_name(value) if self.name else value
