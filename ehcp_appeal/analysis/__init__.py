"""Checking an EHC plan against the professional reports: reading, matching and findings."""
