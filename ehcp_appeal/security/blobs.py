"""Encrypted originals: a keyed name for each file, and AES-GCM for its bytes.

A plain SHA-256 file name would let anyone holding a known report confirm that this
family has it; an HMAC of that hash under the folder's key still lets equal files share
one stored copy but says nothing to someone without the key.
"""

import hashlib
import hmac

from ehcp_appeal.errors import AppError
from ehcp_appeal.security import kdf

MAGIC = b"EHCPBLOB1\n"


class BlobCipher:
    """Names and seals stored files with one unlocked folder's keys."""

    def __init__(self, content_key: bytes | bytearray, name_key: bytes | bytearray) -> None:
        self._content_key = content_key
        self._name_key = name_key

    def name(self, sha256: str) -> str:
        return hmac.new(self._name_key, bytes.fromhex(sha256), hashlib.sha256).hexdigest()

    def encrypt(self, name: str, data: bytes) -> bytes:
        nonce, sealed = kdf.seal(self._content_key, data, MAGIC + name.encode())
        return MAGIC + nonce + sealed

    def decrypt(self, name: str, blob: bytes) -> bytes:
        """The original bytes; a changed, truncated or swapped file is refused, not returned."""
        head = len(MAGIC)
        nonce = blob[head : head + kdf.NONCE_BYTES]
        found = None
        if blob.startswith(MAGIC) and len(nonce) == kdf.NONCE_BYTES:
            found = kdf.unseal(
                self._content_key, nonce, blob[head + kdf.NONCE_BYTES :], MAGIC + name.encode()
            )
        if found is None:
            raise AppError(
                "The stored copy of this document has been changed or damaged; "
                "restore the data folder from a backup."
            )
        return found
