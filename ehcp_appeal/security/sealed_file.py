"""One file sealed with a passphrase: the container of the case archive.

Layout: a magic line, the length of a small JSON header, the header (Argon2id settings,
salt, nonce and a key check), then the AES-256-GCM ciphertext of the payload with the
magic and header as associated data. Any changed or missing byte fails authentication,
so a tampered or truncated file is refused as a whole before anything is written.
"""

import hashlib
import hmac
import json
import os
import struct
from pathlib import Path

from ehcp_appeal.errors import AppError
from ehcp_appeal.security import kdf
from ehcp_appeal.security.vault import WrongPassphraseError

MAGIC = b"EHCPSEALED1\n"
MAX_HEADER = 4096
MAX_MEMORY_KIB = 1 << 21  # refuse headers that would make the key derivation exhaust memory


def write_sealed(
    out: Path, payload: bytes, passphrase: str, cost: kdf.KdfCost | None = None
) -> None:
    """Seal ``payload`` into ``out`` (written beside, fsynced, then renamed into place)."""
    if not passphrase:
        raise AppError("The passphrase is empty; choose one to protect the file.")
    cost = cost or kdf.DEFAULT_COST
    salt = os.urandom(kdf.SALT_BYTES)
    key = kdf.passphrase_key(passphrase, salt, cost)
    settings = {"kdf": "argon2id", "salt": kdf.b64(salt), **cost.to_json()}
    header = {**settings, "check": _check(key, settings)}
    header_bytes = json.dumps(header, sort_keys=True).encode()
    aad = MAGIC + header_bytes
    nonce, sealed = kdf.seal(kdf.subkey(key, "payload"), payload, aad)
    temp = out.with_name(f".{out.name}.tmp")
    try:
        with temp.open("wb") as handle:
            handle.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            handle.write(nonce + sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise AppError(f"Could not write {out} ({error.strerror}).") from error


def read_sealed(path: Path, passphrase: str, what: str) -> bytes:
    """The payload, or a plain refusal: wrong passphrase, or damaged/changed/incomplete."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise AppError(f"Could not read {path} ({error.strerror}).") from None
    if not data.startswith(MAGIC):
        raise AppError(f"{path.name} is not {what} made by this app; nothing was imported.")
    at = len(MAGIC)
    try:
        (length,) = struct.unpack(">I", data[at : at + 4])
        if length > MAX_HEADER:
            raise ValueError("header too long")
        header_bytes = data[at + 4 : at + 4 + length]
        header = json.loads(header_bytes)
        settings = {k: header[k] for k in ("kdf", "salt", "time_cost", "memory_kib", "parallelism")}
        cost = kdf.KdfCost.from_json(settings)
        if cost.memory_kib > MAX_MEMORY_KIB or settings["kdf"] != "argon2id":
            raise ValueError("unsupported settings")
        salt = kdf.unb64(settings["salt"])
        check = header["check"]
    except (struct.error, ValueError, KeyError, TypeError):
        raise _damaged(path) from None
    key = kdf.passphrase_key(passphrase, salt, cost)
    if not isinstance(check, str) or not hmac.compare_digest(check, _check(key, settings)):
        raise WrongPassphraseError(path.name)
    body = data[at + 4 + length :]
    payload = kdf.unseal(
        kdf.subkey(key, "payload"),
        body[: kdf.NONCE_BYTES],
        body[kdf.NONCE_BYTES :],
        MAGIC + header_bytes,
    )
    if payload is None:
        raise _damaged(path)
    return payload


def _check(key: bytes, settings: dict[str, object]) -> str:
    """Tells a wrong passphrase apart from a damaged file, revealing nothing of the key."""
    message = json.dumps(settings, sort_keys=True).encode()
    return hmac.new(kdf.subkey(key, "check"), message, hashlib.sha256).hexdigest()


def _damaged(path: Path) -> AppError:
    return AppError(
        f"{path.name} is damaged, incomplete or was changed after it was made, so it was "
        "refused; nothing was imported or changed."
    )
