"""Writing files for people outside the app: bundles, documents, calendars and letters."""
