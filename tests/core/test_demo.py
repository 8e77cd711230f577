"""The sample case loads whole: its details, every listed document and its key dates."""

from ehcp_appeal import demo
from ehcp_appeal.db.database import Database
from ehcp_appeal.services import cases, deadlines, evidence


def test_sample_case_has_its_documents_and_dates(db: Database) -> None:
    manifest = demo.load_manifest()
    case_id = demo.seed_demo_case(db)
    details = cases.get_case(db, case_id)
    assert details.name == manifest["case"]["name"]
    assert details.people, "the sample case names the people involved"
    documents = evidence.list_documents(db, case_id)
    listed = {entry["file"]: entry for entry in manifest["documents"]}
    by_name = {doc.original_name: doc for doc in documents}
    assert set(listed) <= set(by_name)
    for name, entry in listed.items():
        assert by_name[name].kind == entry["kind"]
        assert by_name[name].pages >= 1
    recorded = {info.event for info in deadlines.list_key_dates(db, case_id)}
    assert recorded == {entry["event"] for entry in manifest["key_dates"]}


def test_sample_case_opens_with_its_plan_already_checked(db: Database) -> None:
    from ehcp_appeal.services import analysis

    case_id = demo.seed_demo_case(db)
    result = analysis.get_case_analysis(db, case_id)
    assert result is not None
    assert {section["id"] for section in result["plan"]["sections"]} >= {"B", "F", "I"}
    assert result["findings"], "the sample plan has problems for the check to show"
