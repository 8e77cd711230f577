"""EHCP Appeal core: everything the app can do, with no Qt, usable from the CLI and the window."""

__version__ = "0.1.0"
