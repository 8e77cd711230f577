"""The vault header: one small file that holds the folder's data key, wrapped twice.

A random data key encrypts everything in an encrypted data folder. It is stored only
wrapped: once under a key derived from the passphrase (Argon2id) and once under the
recovery key shown at creation. Changing the passphrase rewrites this header and nothing
else; a wrong passphrase fails here, before any other file of the folder is opened.
"""

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ehcp_appeal.errors import AppError
from ehcp_appeal.security import kdf

VAULT_FILE = "vault.json"
FORMAT = "ehcp-appeal-vault"
VERSION = 1
RECOVERY_BYTES = 20  # 160 bits, shown as 8 groups of 4 letters and digits


class WrongPassphraseError(AppError):
    """The passphrase (or recovery key) does not open this folder or archive."""

    def __init__(self, what: str = "the data folder") -> None:
        super().__init__(f"wrong passphrase: {what} was not opened and nothing was changed.")


@dataclass(frozen=True, eq=True)
class FolderKeys:
    """The keys of an unlocked folder, each derived from the data key for one purpose.

    Held as bytearrays so that locking can overwrite them in place (``wipe``) rather than
    wait for the garbage collector; Python and the libraries may still have made copies
    along the way, so this narrows what a memory dump finds, it does not rule it out.
    """

    database: bytearray
    file_content: bytearray
    file_names: bytearray

    __hash__ = None  # type: ignore[assignment]  # mutable contents: never a dict key

    def wipe(self) -> None:
        """Overwrite every key with zeros; the object is useless afterwards."""
        for key in (self.database, self.file_content, self.file_names):
            key[:] = bytes(len(key))


def vault_path(root: Path) -> Path:
    return root / VAULT_FILE


def is_encrypted(root: Path) -> bool:
    return vault_path(root).exists()


def keys_from_data_key(data_key: bytes) -> FolderKeys:
    return FolderKeys(
        database=bytearray(kdf.subkey(data_key, "ehcp-appeal database v1")),
        file_content=bytearray(kdf.subkey(data_key, "ehcp-appeal file content v1")),
        file_names=bytearray(kdf.subkey(data_key, "ehcp-appeal file names v1")),
    )


def create_vault(root: Path, passphrase: str, cost: kdf.KdfCost | None = None) -> str:
    """Write a new header with a fresh data key; returns the recovery key (show it once)."""
    if not passphrase:
        raise AppError("The passphrase is empty; choose one you can remember.")
    data_key = secrets.token_bytes(kdf.KEY_BYTES)
    recovery = secrets.token_bytes(RECOVERY_BYTES)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "passphrase_slot": _passphrase_slot(data_key, passphrase, cost or kdf.DEFAULT_COST),
        "recovery_slot": _recovery_slot(data_key, recovery),
    }
    _write_header(root, header)
    return format_recovery_key(recovery)


def unlock(root: Path, secret: str) -> FolderKeys:
    """The folder's keys from its passphrase or its recovery key; reads, never writes."""
    return keys_from_data_key(_data_key(_read_header(root), secret))


def change_passphrase(
    root: Path, current: str, new_passphrase: str, cost: kdf.KdfCost | None = None
) -> None:
    """Re-wrap the data key under a new passphrase; the recovery key keeps working."""
    if not new_passphrase:
        raise AppError("The new passphrase is empty; choose one you can remember.")
    header = _read_header(root)
    data_key = _data_key(header, current)
    header["passphrase_slot"] = _passphrase_slot(data_key, new_passphrase, cost or kdf.DEFAULT_COST)
    _write_header(root, header)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(cleaned)
    except (binascii.Error, ValueError):
        return None


def _passphrase_slot(data_key: bytes, passphrase: str, cost: kdf.KdfCost) -> dict[str, object]:
    salt = os.urandom(kdf.SALT_BYTES)
    settings = {"kdf": "argon2id", "salt": kdf.b64(salt), **cost.to_json()}
    key = kdf.passphrase_key(passphrase, salt, cost)
    nonce, wrapped = kdf.seal(key, data_key, _aad("passphrase", settings))
    return {**settings, "nonce": kdf.b64(nonce), "wrapped": kdf.b64(wrapped)}


def _recovery_slot(data_key: bytes, recovery: bytes) -> dict[str, object]:
    # The recovery key is random and long, so a fast derivation is as strong as Argon2id.
    key = kdf.subkey(recovery, "ehcp-appeal recovery v1")
    nonce, wrapped = kdf.seal(key, data_key, _aad("recovery", {}))
    return {"nonce": kdf.b64(nonce), "wrapped": kdf.b64(wrapped)}


def _aad(slot: str, settings: dict[str, object]) -> bytes:
    """Binds the wrapped key to its slot and its settings, so neither can be swapped."""
    return json.dumps([FORMAT, VERSION, slot, settings], sort_keys=True).encode()


def _data_key(header: dict[str, object], secret: str) -> bytes:
    try:
        slot = header["passphrase_slot"]
        assert isinstance(slot, dict)
        settings = {k: slot[k] for k in ("kdf", "salt", "time_cost", "memory_kib", "parallelism")}
        cost = kdf.KdfCost.from_json(settings)
        key = kdf.passphrase_key(secret, kdf.unb64(slot["salt"]), cost)
        found = kdf.unseal(
            key, kdf.unb64(slot["nonce"]), kdf.unb64(slot["wrapped"]), _aad("passphrase", settings)
        )
        if found is None:
            found = _try_recovery(header, secret)
    except (KeyError, AssertionError, ValueError, TypeError):
        raise _damaged_header() from None
    if found is None:
        raise WrongPassphraseError()
    return found


def _try_recovery(header: dict[str, object], secret: str) -> bytes | None:
    raw = parse_recovery_key(secret)
    if raw is None:
        return None
    slot = header["recovery_slot"]
    assert isinstance(slot, dict)
    key = kdf.subkey(raw, "ehcp-appeal recovery v1")
    return kdf.unseal(
        key, kdf.unb64(slot["nonce"]), kdf.unb64(slot["wrapped"]), _aad("recovery", {})
    )


def _read_header(root: Path) -> dict[str, object]:
    try:
        header = json.loads(vault_path(root).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AppError("This data folder is not encrypted (it has no vault file).") from None
    except (OSError, ValueError):
        raise _damaged_header() from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _damaged_header()
    if header.get("version") != VERSION:
        raise AppError("This data folder was encrypted by a newer version of the app; update it.")
    return header


def _write_header(root: Path, header: dict[str, object]) -> None:
    """Write beside, fsync, then rename: a crash leaves the old header or the new, never half."""
    root.mkdir(parents=True, exist_ok=True)
    target = vault_path(root)
    temp = target.with_name(f".tmp-{VAULT_FILE}")
    with temp.open("w", encoding="utf-8") as out:
        json.dump(header, out, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, target)


def _damaged_header() -> AppError:
    return AppError(
        f"The data folder's key file ({VAULT_FILE}) is damaged; restore it from a backup "
        "of the folder. Nothing was changed."
    )
