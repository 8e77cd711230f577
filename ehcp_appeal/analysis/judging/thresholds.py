"""Where the plan check stops asserting and starts suggesting."""

ASSERT_AT = 0.5
"""Findings at or above this confidence are asserted; those below are "worth a look"."""
