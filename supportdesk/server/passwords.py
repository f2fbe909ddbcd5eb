"""Password hashing (scrypt, stdlib) and bearer tokens (random, stored only as a hash)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

_N, _R, _P, _DKLEN = 2**14, 8, 1, 32


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_DKLEN)
    return "scrypt${}${}${}${}${}".format(
        _N, _R, _P, base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


# Verifying against this when the user name is unknown keeps the timing the same.
DUMMY_HASH = hash_password(secrets.token_hex(8))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def pin_hash(member_number: str, pin: str) -> str:
    """A member's telephone PIN as stored: salted with the member number."""
    return hashlib.sha256(f"{member_number}:{pin}".encode()).hexdigest()


def demo_pin(index: int) -> str:
    """The demo member's PIN (fictional data): the rule the demo sign-in tells trainers,
    domain.identifiers.demo_pin_of."""
    from ..domain.identifiers import demo_member_number, demo_pin_of

    return demo_pin_of(demo_member_number(index))
