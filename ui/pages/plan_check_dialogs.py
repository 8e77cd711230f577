"""The small questions the plan check asks: new wording, a passage to link, a need to add."""

from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from ehcp_appeal.domain import AREAS_OF_NEED


def ask_edit(parent: QWidget, entry: dict[str, Any]) -> str | None:
    text, ok = QInputDialog.getMultiLineText(
        parent, "Edit wording", "Your wording:", entry.get("edited_text") or entry["text"]
    )
    return text if ok and text.strip() else None


def ask_relink(parent: QWidget, sections: list[str]) -> tuple[str, str] | None:
    section, ok = QInputDialog.getItem(parent, "Re-link", "Plan section:", sections, 0, False)
    if not ok:
        return None
    text, ok = QInputDialog.getMultiLineText(
        parent, "Re-link", f"The passage in Section {section} that covers it:"
    )
    return (section, text) if ok else None


def ask_add_need(parent: QWidget) -> tuple[str, str] | None:
    text, ok = QInputDialog.getMultiLineText(parent, "Add a need", "Describe the need:")
    if not ok or not text.strip():
        return None
    labels = list(AREAS_OF_NEED.values())
    label, ok = QInputDialog.getItem(parent, "Add a need", "Area of need:", labels, 0, False)
    return (text, list(AREAS_OF_NEED)[labels.index(label)]) if ok else None


def ask_which_plan(parent: QWidget, refused: str, documents: list[tuple[str, str]]) -> str | None:
    """The document the person says is the plan, from (id, title) pairs; None to cancel."""
    if not documents:
        return None
    titles = [title for _doc_id, title in documents]
    title, ok = QInputDialog.getItem(
        parent,
        "Which document is the plan?",
        f"{refused} does not look like an EHC plan: it has neither a Section B nor a "
        "Section F.\nChoose the document that is the EHC plan (final or draft):",
        titles,
        0,
        False,
    )
    return documents[titles.index(title)][0] if ok else None
