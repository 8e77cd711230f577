"""Stage 3, the reports: each report sentence, bullet and table cell given a role (a need,
a recommendation, a reason, a test result, history...) before anything is matched; only
needs and recommendations go on.
"""
