"""The local store's key where no secure keyring exists: wrapped by the agent's password.

With a secure keyring the store key lives there (`crypto.load_or_create_key`). Without one
(keyring's fail, null or plaintext backends, or a chainer of only those), each agent gets a
store of their own beside a small key file: a random 256-bit store key, sealed with AES-GCM
under a key derived from their password by scrypt (a random salt and the cost parameters kept
beside it). The associated data binds the format, backend id, user name and the scrypt
parameters, so a key file cannot be moved to another agent or backend, nor weakened to cheaper
parameters. The agent's name and limits (for an offline sign-in) are sealed with the store
key itself. Nothing in the file is readable without the password.

A changed password: the server accepted a new one, so the file no longer opens with it. The
agent is asked once for the previous password, which opens the key, and it is wrapped again
under the new one (`rewrap_with_previous`); or they start afresh and the old store and key
file are set aside (kept for IT: the old password still opens them). Nothing leaves this
computer: no server-held secret, so no server change, and a stolen laptop plus the backend's
database still does not open the store.

Deriving a key takes a noticeable fraction of a second on purpose: call these from a worker.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..api.models import AgentInfo
from .crypto import Cipher

log = logging.getLogger(__name__)

FORMAT = "supportdesk-wrapped-store-key"
VERSION = 1
# scrypt cost: 2**17 x 8 x 128 B = 128 MiB and a few hundred ms per guess (OWASP's floor for
# scrypt). Stored with each file, so a later release may raise it; never accepted lower.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_MIN_N = 2**15
_NONCE = 12
_AGENT = "keyfile/agent"
# How long after the last online sign-in an offline sign-in is still allowed: queued work
# waits for the backend in any case; this bounds how long a disabled account goes unnoticed.
OFFLINE_SIGN_IN_DAYS = 7


class WrappedKeyError(Exception):
    """The key file cannot be used; `code` says why (the GUI words it)."""

    code = "store-key-unusable"
    params: dict[str, Any] = {}  # noqa: RUF012 - read only


class WrongPassword(WrappedKeyError):
    """This password does not open the key file (nothing in it was changed)."""

    code = "offline-wrong-password"


class PasswordChanged(WrappedKeyError):
    """The backend took the password but the key file was wrapped with an earlier one."""

    code = "store-password-changed"


class NoOfflineCopy(WrappedKeyError):
    """No key file for this agent here: an offline sign-in has nothing to open."""

    code = "no-offline-copy"


class OfflineTooLong(WrappedKeyError):
    """The last online sign-in is too long ago for an offline one."""

    code = "offline-too-long"


@dataclass(frozen=True)
class Unlocked:
    """An opened key file: the store key and who last signed in online with it, and when."""

    key: bytes
    agent: AgentInfo | None
    online_at: float | None


class WrappedKey:
    """One agent's store and its key file, in `folder` (the store folder)."""

    def __init__(self, folder: Path, backend_id: str, username: str) -> None:
        self.folder, self.backend_id = folder, backend_id
        self.username = username.strip().lower()
        # The file name says nothing about whose it is (a digest of backend and agent).
        stem = hashlib.sha256(f"{backend_id}|{self.username}".encode()).hexdigest()[:24]
        self.path = folder / f"agent-{stem}.key"
        self.store_path = folder / f"agent-{stem}.sqlite"

    def exists(self) -> bool:
        return self.path.exists()

    # -- wrapping ----------------------------------------------------------------------------

    def _aad(self, n: int, r: int, p: int) -> bytes:
        return f"{FORMAT}|{VERSION}|{self.backend_id}|{self.username}|{n}|{r}|{p}".encode()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT or data.get("version") != VERSION:
                raise ValueError("not a key file of this version")
            kdf = data["kdf"]
            if kdf["name"] != "scrypt" or int(kdf["n"]) < _MIN_N:
                raise ValueError("unknown or too weak key derivation")
            return data
        except FileNotFoundError:
            raise NoOfflineCopy("no wrapped store key for this agent here") from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise WrappedKeyError(f"the store's key file {self.path} is unusable: {exc}") \
                from exc

    def open(self, password: str) -> Unlocked:
        """The store key, with the sealed agent details; `WrongPassword` if it does not open."""
        data = self._read()
        kdf, wrap = data["kdf"], data["wrap"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        kek = _derive(password, _b64(kdf["salt"]), n, r, p)
        try:
            key = AESGCM(kek).decrypt(_b64(wrap["nonce"]), _b64(wrap["key"]), self._aad(n, r, p))
        except (InvalidTag, ValueError, KeyError):
            raise WrongPassword("this password does not open the store's key") from None
        agent, online_at = None, None
        if data.get("agent"):
            try:
                about = json.loads(Cipher(key).open(_b64(data["agent"]), _AGENT + self._who))
                agent, online_at = AgentInfo(**about["agent"]), float(about["online_at"])
            except (ValueError, KeyError, TypeError):
                log.warning("the agent details in the store's key file cannot be read")
        return Unlocked(key, agent, online_at)

    @property
    def _who(self) -> str:
        return f"|{self.backend_id}|{self.username}"

    def write(self, key: bytes, password: str, agent: AgentInfo) -> None:
        """Wrap `key` under `password` (a fresh salt), with `agent` as of now; atomically."""
        salt, nonce = os.urandom(16), os.urandom(_NONCE)
        n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
        kek = _derive(password, salt, n, r, p)
        self._save({
            "format": FORMAT, "version": VERSION,
            "kdf": {"name": "scrypt", "n": n, "r": r, "p": p, "salt": _s64(salt)},
            "wrap": {"name": "AES-256-GCM", "nonce": _s64(nonce),
                     "key": _s64(AESGCM(kek).encrypt(nonce, key, self._aad(n, r, p)))},
        }, key, agent)

    def refresh(self, key: bytes, agent: AgentInfo) -> None:
        """The wrapped key as it is, `agent` as of now (an online sign-in with the password
        that wrapped it: no second key derivation)."""
        data = self._read()
        self._save({k: data[k] for k in ("format", "version", "kdf", "wrap")}, key, agent)

    def _save(self, data: dict[str, Any], key: bytes, agent: AgentInfo) -> None:
        about = json.dumps({"agent": asdict(agent), "online_at": time.time()})
        data["agent"] = _s64(Cipher(key).seal(about.encode(), _AGENT + self._who))
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".new")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)

    def set_aside(self) -> Path:
        """Move the store and its key file out of the way (never deleted: the old password
        still opens them); returns the key file's new path."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        moved = self.path.with_name(f"{self.path.stem}-set-aside-{stamp}.key")
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{self.store_path}{suffix}")
            if old.exists():
                old.rename(moved.with_suffix(f".sqlite{suffix}"))
        self.path.rename(moved)
        log.warning("the local store wrapped with an earlier password was set aside as %s",
                    moved.name)
        return moved


# -- sign-in -------------------------------------------------------------------------------

def unlock_online(wrapped: WrappedKey, password: str, agent: AgentInfo) -> bytes:
    """After an online sign-in: the store key (made on first use), its file brought up to
    date (who, when). `PasswordChanged` if it was wrapped with another password."""
    if not wrapped.exists():
        key = AESGCM.generate_key(bit_length=256)
        wrapped.write(key, password, agent)
        return key
    try:
        key = wrapped.open(password).key
    except WrongPassword:
        raise PasswordChanged("the store's key was wrapped with an earlier password") from None
    wrapped.refresh(key, agent)  # the agent's details and the time of this sign-in
    return key


def rewrap_with_previous(wrapped: WrappedKey, previous: str, password: str,
                         agent: AgentInfo) -> bytes:
    """A changed password: `previous` opens the key, which is wrapped again under `password`
    (the one the backend just accepted). `WrongPassword` if `previous` does not open it."""
    key = wrapped.open(previous).key
    wrapped.write(key, password, agent)
    log.info("the local store's key was wrapped again under the new password")
    return key


def start_afresh(wrapped: WrappedKey, password: str, agent: AgentInfo) -> bytes:
    """The previous password is not known: set the old store aside, make a new key."""
    wrapped.set_aside()
    return unlock_online(wrapped, password, agent)


def unlock_offline(wrapped: WrappedKey, password: str,
                   now: float | None = None) -> tuple[bytes, AgentInfo]:
    """An offline sign-in: the store key and the agent as of their last online sign-in.
    `NoOfflineCopy`, `WrongPassword` or `OfflineTooLong` when it is not allowed."""
    opened = wrapped.open(password)
    if opened.agent is None or opened.online_at is None:
        raise NoOfflineCopy("the key file does not say who signed in")
    if (now or time.time()) - opened.online_at > OFFLINE_SIGN_IN_DAYS * 86400:
        too_long = OfflineTooLong("the last online sign-in is too long ago")
        too_long.params = {"days": OFFLINE_SIGN_IN_DAYS}
        raise too_long
    return opened.key, opened.agent


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode())


def _s64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _b64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
