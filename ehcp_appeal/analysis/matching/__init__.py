"""Stage 4, matching: each report need or recommendation paired with the plan statement
that says the same thing in other words, or with none.
"""
