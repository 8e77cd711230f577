"""The words users read for each kind of plan check finding, shared by the CLI and the window.

The kinds themselves (``need_missing_from_b``...) are contract values for scripts; people
never see them, so every place that shows a finding names it through ``finding_label``.
"""

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
