"""Storage: SQLModel tables, the one engine factory, migrations and the full-text index."""
