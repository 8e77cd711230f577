"""Stage 2, the plan: which blocks are sections A to K however a council lays them out,
and the statements in them that are compared (needs in B, provision in F).
"""
