"""Stage 5, judging: what an appeal would raise from each match (missing, vague, less than
recommended, in the wrong section), with how sure the check is.
"""
