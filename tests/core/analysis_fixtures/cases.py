"""A small synthetic case in a template unlike the development corpus: one table per section."""

import datetime as dt
from pathlib import Path

from ehcp_appeal.db.database import Database
from ehcp_appeal.db.models import Document
from tests.core.analysis_fixtures.builders import write_docx, write_pdf, write_txt

B_TEXT = [
    (
        "Leo finds it very hard to follow long spoken explanations and often "
        "misunderstands what adults ask."
    ),
    "Leo becomes very anxious when his routine changes without warning.",
    "Leo's handwriting is slow and his hand aches after writing a few lines.",
]
F_ROWS = [
    ["Outcome", "Provision", "Who", "How often"],
    [
        "1",
        "Individual speech and language therapy to develop Leo's understanding of spoken language",
        "Speech and Language Therapist",
        "45 minutes once a fortnight",
    ],
    [
        "2",
        "Leo will be told about changes to his timetable at least a day in advance",
        "Form tutor",
        "Whenever a change is planned",
    ],
    ["3", "Access to a laptop for extended writing as appropriate", "Class teacher", "As needed"],
]
G_TEXT = (
    "The occupational therapist will run a weekly handwriting group in "
    "school for Leo and two other pupils."
)

REPORT = """Speech and Language Therapy Report

Background

Leo's early stammer has resolved and there are no current concerns about his fluency.

Summary of needs

- Leo has significant difficulty understanding long and complex spoken explanations in class.
- Leo finds it difficult to work out what numbers mean in word problems and his maths is
  well below the expected level.

Recommendations

- Leo should receive direct speech and language therapy from a Speech and Language Therapist
  for 45 minutes every week.
- All staff who teach Leo should receive training in developmental language disorder from the
  Speech and Language Therapist.
- At home, Leo's parents are encouraged to play turn-taking board games with him.
"""


def build_case(folder: Path) -> tuple[Path, list[Path]]:
    letters = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J"]  # no K
    items: list[tuple] = [
        ("para", "Fernleigh City Council - Education, Health and Care Plan (final)")
    ]
    for sid in letters:
        if sid == "B":
            items.append(
                ("table", [["B", "Special educational needs"], *[["", text] for text in B_TEXT]])
            )
        elif sid == "F":
            items.append(("merged_table", "F  Special educational provision", F_ROWS))
        elif sid == "G":
            items.append(("table", [["G", "Health provision"], ["", G_TEXT]]))
        else:
            items.append(
                ("table", [[sid, f"Content of section {sid} written by the council for Leo."]])
            )
    plan = write_docx(folder / "leo_plan.docx", items)
    report = write_txt(folder / "salt.txt", REPORT)
    ep = write_pdf(
        folder / "ep.pdf",
        [
            [
                ("heading", "Summary of needs"),
                (
                    "bullet",
                    (
                        "Leo becomes highly anxious when his routine changes unexpectedly, and "
                        "he may refuse to go into class."
                    ),
                ),
            ]
        ],
    )
    return plan, [report, ep]


def add_document(
    db: Database,
    case_id: str,
    path: Path,
    kind: str,
    date: dt.date | None = None,
    deleted: bool = False,
) -> str:
    """Store a file and its Document row directly, as the evidence import would."""
    blob = db.store.put_file(path)
    with db.session() as session:
        document = Document(
            case_id=case_id,
            title=path.stem.replace("_", " "),
            kind=kind,
            date=date,
            sha256=blob.sha256,
            original_name=path.name,
            file_type=path.suffix.lstrip("."),
            size_bytes=blob.size,
            deleted_at=dt.datetime.now(dt.UTC) if deleted else None,
        )
        session.add(document)
        session.flush()
        return document.id


SECTION_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the CSDPA 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def build_hearing_case(folder: Path) -> tuple[Path, list[Path]]:
    """A PDF plan with a dotted contents page and bullets; a Word report with a provision table."""
    pages: list[list[tuple]] = [
        [("heading", "Contents")]
        + [
            ("para", f"Section {key} – {title} ........ {number + 2}")
            for number, (key, title) in enumerate(SECTION_TITLES.items())
        ]
    ]
    body = {
        "B": [
            (
                "bullet",
                "Amir has a severe hearing impairment and relies on hearing aids and "
                "lip-reading to follow what is said.",
            ),
            ("bullet", "Amir's reading comprehension is well below age-related expectations."),
        ],
        "F": [
            ("para", "The following provision will be made by Greenway Academy."),
            ("bullet", "Amir will receive weekly input from the Qualified Teacher of the Deaf."),
            (
                "bullet",
                "A radio aid will be used in all lessons, checked daily by a teaching "
                "assistant trained by the Sensory Support Service.",
            ),
        ],
        "G": [("para", "The audiology service will review Amir's hearing aids every six months.")],
    }
    for key, title in SECTION_TITLES.items():
        content = body.get(key, [("para", f"Text for section {key} about Amir.")])
        pages.append([("heading", f"Section {key} – {title}"), *content])
    plan = write_pdf(folder / "plan.pdf", pages, header="Greenway Council EHC Plan", footer="Amir")
    report = write_docx(
        folder / "tod.docx",
        [
            ("heading", "Report of the Qualified Teacher of the Deaf"),
            ("heading", "Background"),
            ("para", "Amir was diagnosed with a bilateral hearing loss at the age of two."),
            ("heading", "Strengths and needs"),
            (
                "bullet",
                "Amir has a moderate to severe bilateral sensorineural hearing loss and "
                "struggles to follow discussion in noisy classrooms.",
            ),
            ("heading", "Provision recommended"),
            (
                "table",
                [
                    ["Provision", "Who", "How often"],
                    [
                        "Direct teaching from a Qualified Teacher of the Deaf",
                        "QToD",
                        "45 minutes weekly",
                    ],
                    ["Deaf awareness training for all staff", "QToD", "Once a year"],
                ],
            ),
            ("heading", "Advice for parents"),
            (
                "para",
                "At home, Amir's parents may find it helpful to use subtitles when watching "
                "television.",
            ),
        ],
    )
    return plan, [report]
