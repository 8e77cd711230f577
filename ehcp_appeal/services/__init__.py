"""Use cases. Each function takes a Database, does one transaction and returns plain data."""
