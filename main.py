"""Starts the EHCP Appeal desktop app."""

import multiprocessing
import sys

from ui.app import run

if __name__ == "__main__":
    multiprocessing.freeze_support()  # document readers run in spawned children
    sys.exit(run())
