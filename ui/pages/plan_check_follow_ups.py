"""What the plan check leads to: an accepted finding's amendment, and the right plan.

Accepting a finding drafts the amendment it proposes (the parent then edits it on the
Amendments page, one click away). A document taken for the plan that has neither a
Section B nor a Section F is not checked: the person is asked which document is the plan.
"""

from typing import TYPE_CHECKING, Any

from ehcp_appeal.errors import NotAPlanError
from ehcp_appeal.services import amendments, evidence
from ehcp_appeal.services import analysis as service
from ehcp_appeal.services.amendments import AmendmentInfo
from ehcp_appeal.services.plan_sections import choose_plan_document
from ui.pages import plan_check_dialogs

if TYPE_CHECKING:
    from ui.pages.plan_check_page import PlanCheckPage

Outcome = tuple[dict[str, Any] | None, AmendmentInfo | None]


def accept_and_draft(page: "PlanCheckPage", key: str, edited_text: str | None) -> None:
    case_id, db = page.case_id, page.context.db
    if case_id is None:
        return

    def job(_progress: object) -> Outcome:
        service.set_decision(db, case_id, key, "accepted", edited_text)
        made = amendments.accept_finding(db, case_id, key)  # its proposed wording
        return service.get_case_analysis(db, case_id), made

    def accepted(outcome: Outcome) -> None:
        result, made = outcome
        page._show(result)
        page.amendment_id = made.id if made else None
        page.amendment_button.setVisible(made is not None)
        if made is None:
            page.message.setText("Accepted.")
            return
        page.message.setText(
            f"Accepted. Its proposed wording for Section {made.section} is on the Amendments "
            "page, ready for you to check."
        )
        page.context.events.analysis_changed.emit(case_id)

    page._run(job, accepted)


def ask_which_plan_and_check_again(page: "PlanCheckPage", error: NotAPlanError) -> None:
    case_id, db = page.case_id, page.context.db
    page.run_button.setEnabled(case_id is not None)
    if case_id is None:
        return
    documents = [
        (doc.id, doc.title or doc.original_name)
        for doc in evidence.list_documents(db, case_id)
        if doc.id != error.document_id
    ]
    chosen = plan_check_dialogs.ask_which_plan(page, error.document, documents)
    if chosen is None:
        page._show(page.result)
        page.message.setText(error.message)
        return
    choose_plan_document(db, case_id, chosen, not_plan_id=error.document_id)
    page.context.events.documents_changed.emit(case_id)
    page.run_check()
