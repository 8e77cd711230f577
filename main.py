"""Starts the EHCP Appeal desktop app."""

import multiprocessing
import sys

if __name__ == "__main__":
    # Document readers run in spawned children, which re-import this file: keep Qt out of
    # them by importing the window only here.
    multiprocessing.freeze_support()
    if "--self-test" in sys.argv[1:]:
        from ui.self_test import run_self_test

        sys.exit(run_self_test())
    from ui.app import run

    sys.exit(run())
