"""Turning a passphrase into a key, slowly on purpose, and sealing small secrets with it.

Argon2id makes every guess at a passphrase cost memory and time, so a stolen laptop's
folder cannot be tried against millions of passphrases a second. The cost is stored with
what it protects, so tests can use a cheap cost while real folders get the strong default.
The cryptography libraries are imported when first used, so opening a clear folder (and
starting the app on one) does not pay for them.
"""

import base64
import os
from dataclasses import asdict, dataclass

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfCost:
    """Argon2id parameters; the default is RFC 9106's low-memory profile (about 0.3-1 s)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    def to_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> "KdfCost":
        if not isinstance(data, dict):
            raise ValueError("no key-derivation settings")
        values = [data.get(name) for name in ("time_cost", "memory_kib", "parallelism")]
        if not all(isinstance(v, int) and 0 < v <= 1 << 22 for v in values):
            raise ValueError("bad key-derivation settings")
        return cls(*values)  # type: ignore[arg-type]


STRONG = KdfCost()
# Tests swap this for a cheap cost; every folder and archive records the cost it used.
DEFAULT_COST = STRONG


def passphrase_key(passphrase: str, salt: bytes, cost: KdfCost) -> bytes:
    """The key-encryption key for a passphrase (Argon2id)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def subkey(master: bytes, purpose: str) -> bytes:
    """An independent key for one purpose, so the database, file and name keys never mix."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=purpose.encode()
    ).derive(master)


def seal(key: bytes | bytearray, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce; returns (nonce, ciphertext with its tag)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes | bytearray, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or anything was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        return None


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
