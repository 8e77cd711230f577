"""Names the whole app shares: appeal types, people's roles, document kinds and areas of need.

Values are stable identifiers (they go into the database and the JSON contracts); labels
are what a parent reads.
"""

APPEAL_TYPES: dict[str, str] = {
    "refusal_to_assess": "Refusal to assess",
    "refusal_to_issue": "Refusal to issue a plan",
    "contents": "Contents of the plan (sections B, F and I)",
    "refusal_to_amend": "Refusal to amend the plan",
    "cease_to_maintain": "Decision to stop the plan (cease to maintain)",
}

APPEAL_TYPES_SHORT: dict[str, str] = {
    "refusal_to_assess": "Refusal to assess",
    "refusal_to_issue": "Refusal to issue",
    "contents": "Contents (B, F, I)",
    "refusal_to_amend": "Refusal to amend",
    "cease_to_maintain": "Cease to maintain",
}

PERSON_ROLES: dict[str, str] = {
    "la_caseworker": "Council caseworker",
    "senco": "SENCo",
    "advocate": "Advocate",
    "solicitor": "Solicitor",
    "other": "Other",
}

DOCUMENT_KINDS: dict[str, str] = {
    "ehcp_final": "EHC plan (final)",
    "ehcp_draft": "EHC plan (draft)",
    "decision_letter": "Decision letter",
    "mediation_certificate": "Mediation certificate",
    "appeal_form": "Appeal form",
    "tribunal_direction": "Tribunal direction or order",
    "ep_report": "Educational psychology report",
    "salt_report": "Speech and language therapy report",
    "ot_report": "Occupational therapy report",
    "physio_report": "Physiotherapy report",
    "medical_report": "Medical report",
    "camhs_report": "CAMHS report",
    "school_report": "School report",
    "independent_report": "Independent report",
    "annual_review": "Annual review",
    "parent_views": "Parent's views",
    "child_views": "Child's views",
    "correspondence": "Letter or email",
    "other": "Other",
}

PLAN_KINDS = ("ehcp_final", "ehcp_draft")
"""The kinds of document that are an EHC plan."""
PROFESSIONAL_REPORT_KINDS = (
    "ep_report",
    "salt_report",
    "ot_report",
    "physio_report",
    "medical_report",
    "camhs_report",
    "school_report",
    "independent_report",
)
"""Reports and advice written by professionals about the child."""

AREAS_OF_NEED: dict[str, str] = {
    "communication_interaction": "Communication and interaction",
    "cognition_learning": "Cognition and learning",
    "semh": "Social, emotional and mental health",
    "sensory_physical": "Sensory and/or physical",
    "health": "Health",
    "social_care": "Social care",
    "other": "Other",
}

DIRECTIONS: dict[str, str] = {
    "from_la": "From the council",
    "to_la": "To the council",
    "other": "Other",
}


# The words users read for each kind of plan check finding. The kinds themselves
# (``need_missing_from_b``...) are contract values for scripts; people never see them, so
# every place that shows a finding names it through ``finding_label``.
FINDING_LABELS: dict[str, str] = {
    "need_missing_from_b": "Need missing from Section B",
    "provision_missing_from_f": "Provision missing from Section F",
    "provision_not_specific": "Provision not specific",
    "provision_less_than_recommended": "Less than recommended",
    "provision_in_wrong_section": "Provision in the wrong section",
    "section_missing": "Section missing",
}


def finding_label(kind: str) -> str:
    """The label for a finding kind; an unknown kind still reads as words, never as an id."""
    return FINDING_LABELS.get(kind, kind.replace("_", " ").capitalize())


APPEAL_OUTCOMES: dict[str, str] = {
    "conceded": "Conceded by the council",
    "consent_order": "Agreed by consent order",
    "won": "Won",
    "partly_won": "Partly won",
    "lost": "Lost",
    "withdrawn": "Withdrawn",
}
"""How an appeal ended. "" (not stored here) means not decided yet."""

APPEAL_OUTCOMES_SHORT: dict[str, str] = {
    "conceded": "Conceded",
    "consent_order": "Consent order",
    "won": "Won",
    "partly_won": "Partly won",
    "lost": "Lost",
    "withdrawn": "Withdrawn",
}
