"""Checking an EHC plan against the professional reports, in stages, one folder each.

    reading/    files into blocks
    plan/       the plan's sections A to K and its statements
    roles/      what each report sentence is; needs and recommendations taken out
    matching/   report statements paired with plan statements
    judging/    findings, with their confidence

``result.py`` runs the stages end to end and writes the contract JSON; ``lexicon.py`` loads
the word lists every stage shares; ``scoring.py`` measures the check against cases whose
truth is known.
"""
