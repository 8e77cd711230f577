"""Starts the EHCP Appeal desktop app."""

import sys

from ui.app import run

if __name__ == "__main__":
    sys.exit(run())
