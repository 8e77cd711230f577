"""Small generated documents for bundle tests: each page says which document and page it is."""
