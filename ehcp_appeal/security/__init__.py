"""Encryption at rest: the vault header that guards the keys, and the ciphers they drive."""
