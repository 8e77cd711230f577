"""Builders for synthetic plans and reports in several councils' styles, made at test time."""
