"""Kölner Phonetik (Hans Joachim Postel, 1969): a code for how a German name sounds, so that
the spellings an agent hears on the phone find each other — Meier, Meyer, Maier and Mayer
(all "67"), Müller, Mueller and Muller ("657"). Qt-free; the server keeps a code per name
(issue 18's fuzzy search).

The rules, letter by letter, with the letter before and after:

    A E I J O U Y        0
    H                    –  (no code)
    B; P not before H    1
    D T not before C S Z 2
    F V W; P before H    3
    G K Q; C as below    4
    X not after C K Q    48
    L                    5
    M N                  6
    R                    7
    S Z; C as below;
    D T before C S Z;
    X after C K Q        8

C is 4 at the start before A H K L O Q R U X, and elsewhere before A H K O Q U X unless after
S or Z; it is 8 otherwise. Then repeated codes collapse to one, and every 0 but a leading one
is dropped.
"""

from __future__ import annotations

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s", "é": "e", "è": "e", "ê": "e",
                       "á": "a", "à": "a", "â": "a", "ó": "o", "ò": "o", "ô": "o", "í": "i",
                       "ì": "i", "î": "i", "ú": "u", "ù": "u", "û": "u", "ç": "c", "ñ": "n",
                       "ł": "l", "ø": "o", "å": "a", "æ": "a", "œ": "o", "ý": "y", "š": "s",
                       "ž": "z", "č": "c", "ć": "c", "ń": "n", "ś": "s", "ź": "z", "ż": "z",
                       "ř": "r", "ě": "e", "ą": "a", "ę": "e", "ğ": "g", "ş": "s", "ı": "i"})

_VOWELS = set("aeijouy")
_SIMPLE = {"b": "1", "f": "3", "v": "3", "w": "3", "g": "4", "k": "4", "q": "4", "l": "5",
           "m": "6", "n": "6", "r": "7", "s": "8", "z": "8"}


def _code(previous: str, letter: str, following: str, first: bool) -> str:
    if letter in _VOWELS:
        return "0"
    if letter == "h":
        return ""
    if letter in _SIMPLE:
        return _SIMPLE[letter]
    if letter == "p":
        return "3" if following == "h" else "1"
    if letter in "dt":
        return "8" if following in ("c", "s", "z") else "2"
    if letter == "x":
        return "8" if previous in ("c", "k", "q") else "48"
    if letter == "c":
        if first:
            return "4" if following in set("ahkloqrux") else "8"
        if previous in ("s", "z"):
            return "8"
        return "4" if following in set("ahkoqux") else "8"
    return ""  # not a letter of the rules (digits, other scripts): no sound


def cologne(text: str) -> str:
    """The Kölner Phonetik code of `text` (a name or one word of it); "" if it has no letter
    the rules know."""
    letters = [c for c in text.casefold().translate(_FOLD) if c.isalpha()]
    raw: list[str] = []
    for i, letter in enumerate(letters):
        previous = letters[i - 1] if i else ""
        following = letters[i + 1] if i + 1 < len(letters) else ""
        raw.append(_code(previous, letter, following, i == 0))
    digits = "".join(raw)
    collapsed = "".join(d for i, d in enumerate(digits) if i == 0 or d != digits[i - 1])
    return collapsed[:1] + collapsed[1:].replace("0", "")


def edits(a: str, b: str, most: int = 2) -> int:
    """How many single-letter edits (insert, delete, replace, swap two neighbours) turn `a`
    into `b` — the optimal string alignment distance — or `most + 1` as soon as it is sure
    to be more than `most`. For names: "Schmidz" is 1 from "Schmidt", "Shcmidt" 1 (a swap)."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > most:
            return most + 1
        previous2, previous = previous, current
    return min(previous[-1], most + 1)
