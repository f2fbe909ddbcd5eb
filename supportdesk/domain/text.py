"""Name folding: what makes "muller" find both "Müller" and "Mueller"."""

from __future__ import annotations

import unicodedata

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


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") for c in text)
