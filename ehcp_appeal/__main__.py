"""``python -m ehcp_appeal``: the command line."""

import sys

from ehcp_appeal.cli import main

if __name__ == "__main__":
    sys.exit(main())
