"""The council report as a CSV for spreadsheets and a one-page A4 PDF with a chart.

Both are made to be handed to a parents' group or a council, so they carry council names
and figures only: never a child, a case name or a tribunal reference (the report they are
drawn from holds none).

CSV columns, one row per council and statutory duty (a council with no measurable duty
gets one row with the duty columns empty); the council's summary columns repeat on each
of its rows so any row can be filtered or pivoted on its own:

    report_date                 the day overdue duties were counted up to (YYYY-MM-DD)
    council                     the local authority, as typed on the cases
    cases                       the advocate's cases with that council
    duty_id, duty, legal_limit  the statutory duty, its title and its time limit
    measured                    duties that could be measured (met, done late or overdue)
    met_on_time, done_late, overdue, not_yet_due    how many of each
    exceptions_claimed          how many times the council claimed an exception to the limit
    median_weeks_late           median weeks past the limit (on time counts as 0), 1 decimal
    worst_weeks_late            the longest, in weeks, 1 decimal
    plans_checked               plans with a stored plan check
    plans_needs_missing_from_b  plans with at least one need missing from Section B
    plans_vague_f_provision     plans with at least one vague provision in Section F
    appeals_<outcome>           appeals by outcome: conceded, consent_order, won,
                                partly_won, lost, withdrawn, not_decided
"""

import csv
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ehcp_appeal.export.ics import write_atomically
from ehcp_appeal.services.councils import (
    FINAL_PLAN,
    OUTCOME_KEYS,
    CouncilReport,
    CouncilSummary,
    DutyLateness,
)

SUMMARY_COLUMNS = (
    "plans_checked",
    "plans_needs_missing_from_b",
    "plans_vague_f_provision",
    *(f"appeals_{key or 'not_decided'}" for key in OUTCOME_KEYS),
)
CSV_COLUMNS = (
    "report_date",
    "council",
    "cases",
    "duty_id",
    "duty",
    "legal_limit",
    "measured",
    "met_on_time",
    "done_late",
    "overdue",
    "not_yet_due",
    "exceptions_claimed",
    "median_weeks_late",
    "worst_weeks_late",
    *SUMMARY_COLUMNS,
)
PDF_COUNCIL_LIMITS = (14, 12, 10, 8, 6, 4)
"""Councils drawn on the one page (most cases first), fewer if long names would make the
page overflow; the CSV always has all of them."""
PDF_OUTCOME_HEADINGS = {  # line breaks chosen by hand: the columns are narrow
    "conceded": "Con-<br/>ceded",
    "consent_order": "Consent<br/>order",
    "won": "Won",
    "partly_won": "Partly<br/>won",
    "lost": "Lost",
    "withdrawn": "With-<br/>drawn",
    "": "Not<br/>decided",
}
DARK = colors.Color(0.25, 0.25, 0.25)


def _safe_cell(value: object) -> object:
    """A typed name starting with = + - @ would run as a formula in a spreadsheet; quote it."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _summary_cells(council: CouncilSummary) -> list[object]:
    return [
        council.plans_checked,
        council.plans_needs_missing_from_b,
        council.plans_vague_provision,
        *(council.outcome_count(key) for key in OUTCOME_KEYS),
    ]


def _duty_cells(duty: DutyLateness | None) -> list[object]:
    if duty is None:
        return [""] * 11
    return [
        duty.duty_id,
        duty.title,
        duty.legal_limit,
        duty.measured,
        duty.met_on_time,
        duty.done_late,
        duty.overdue,
        duty.not_yet_due,
        duty.exceptions_claimed,
        "" if duty.median_weeks is None else f"{duty.median_weeks:.1f}",
        "" if duty.worst_weeks is None else f"{duty.worst_weeks:.1f}",
    ]


def build_csv(report: CouncilReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for council in report.councils:
        head = [report.today.isoformat(), council.council, council.cases]
        for duty in council.duties or (None,):
            writer.writerow(
                [_safe_cell(v) for v in (*head, *_duty_cells(duty), *_summary_cells(council))]
            )
    return buffer.getvalue()


def write_csv(report: CouncilReport, path: Path) -> Path:
    """UTF-8 with a byte-order mark, so Excel shows council names with accents correctly."""
    write_atomically(path, build_csv(report).encode("utf-8-sig"))
    return path


def chart_duty(report: CouncilReport) -> str | None:
    """The duty the chart shows: the 20-week final plan when any council has one measured,
    else the duty measured most often; None when nothing could be measured."""
    counts: dict[str, int] = {}
    for council in report.councils:
        for duty in council.duties:
            counts[duty.duty_id] = counts.get(duty.duty_id, 0) + duty.measured
    if counts.get(FINAL_PLAN):
        return FINAL_PLAN
    best = max(counts.items(), key=lambda item: item[1], default=None)
    return best[0] if best and best[1] else None


def _short(name: str, limit: int = 30) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _chart(report: CouncilReport, duty_id: str, width: float, limit: int) -> Drawing:
    """Median and worst weeks late per council, as bars told apart by fill *and* by a
    printed value, so the page reads the same in black and white."""
    measured = [
        (council.council, duty)
        for council in report.councils[:limit]
        if (duty := council.duty(duty_id)) is not None and duty.measured
    ]
    height = 44 + len(measured) * 20
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 26
    chart.width, chart.height = width - 190, height - 44
    medians = [duty.median_weeks or 0.0 for _, duty in measured]
    worsts = [duty.worst_weeks or 0.0 for _, duty in measured]
    # reportlab draws the first category at the bottom; reverse so the list reads downwards.
    chart.data = [list(reversed(medians)), list(reversed(worsts))]
    chart.categoryAxis.categoryNames = [_short(name) for name, _ in reversed(measured)]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*worsts, 1.0]) * 1.15
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.8, 0.8, 0.8)
    chart.valueAxis.gridStrokeDashArray = (1, 2)
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.6
    chart.bars[0].fillColor = DARK
    chart.bars[1].fillColor = colors.white
    chart.barLabelFormat = "%.1f"
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(
        String(chart.x + chart.width / 2, 4, "weeks past the legal limit", fontSize=7,
               fontName="Helvetica", textAnchor="middle")
    )  # fmt: skip
    legend = Legend()
    legend.x, legend.y = chart.x, height - 4
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = "Helvetica", 7
    legend.dx = legend.dy = 7
    legend.strokeWidth, legend.strokeColor = 0.6, colors.black
    legend.colorNamePairs = [
        (DARK, "median case (dark bar)"),
        (colors.white, "worst case (white bar)"),
    ]
    legend.deltax = 100
    drawing.add(legend)
    return drawing


def _council_table(report: CouncilReport, duty_id: str | None, limit: int) -> Table:
    """Councils down the side; the chosen duty, the plan check and the outcomes across, each
    group under its own heading so the narrow columns need only short names."""
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.5, leading=9)
    head = ParagraphStyle("head", fontName="Helvetica", fontSize=6.5, leading=7.5)
    head_right = ParagraphStyle("head_right", parent=head, alignment=2)
    group = ParagraphStyle("group", parent=head, fontName="Helvetica-Bold", alignment=1)
    duty = next((d for c in report.councils for d in c.duties if d.duty_id == duty_id), None)
    duty_heading = f"{duty.title} ({duty.legal_limit})" if duty else "Time limits"
    groups = ["", "", duty_heading, "", "Plan check", "", "", "Appeal outcomes"]
    headings = [
        "Council",
        "Cases",
        "Weeks late: median / worst (of how many)",
        "All duties: late or overdue",
        "Plans checked",
        "Needs missing from B",
        "Vague provision in F",
        *(PDF_OUTCOME_HEADINGS[key] for key in OUTCOME_KEYS),
    ]
    rows: list[list[object]] = [
        [Paragraph(escape(g), group) for g in groups] + [""] * (len(headings) - len(groups)),
        [Paragraph(h, head if n == 0 else head_right) for n, h in enumerate(headings)],
    ]
    for council in report.councils[:limit]:
        chosen = council.duty(duty_id) if duty_id else None
        lateness = "–"
        if chosen is not None and chosen.measured:
            lateness = f"{chosen.median_weeks:.1f} / {chosen.worst_weeks:.1f} ({chosen.measured})"
        late = sum(d.done_late + d.overdue for d in council.duties)
        measured = sum(d.measured for d in council.duties)
        rows.append(
            [
                Paragraph(escape(_short(council.council, 60)), cell),
                council.cases,
                lateness,
                f"{late} of {measured}" if measured else "–",
                council.plans_checked,
                council.plans_needs_missing_from_b,
                council.plans_vague_provision,
                *(council.outcome_count(key) for key in OUTCOME_KEYS),
            ]
        )
    first_outcome = len(headings) - len(OUTCOME_KEYS)
    widths = [84, 24, 64, 40, 30, 33, 32, *([29] * len(OUTCOME_KEYS))]
    table = Table(rows, colWidths=widths, repeatRows=2)
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (2, 0), (3, 0)),
                ("SPAN", (4, 0), (6, 0)),
                ("SPAN", (first_outcome, 0), (-1, 0)),
                ("FONT", (0, 2), (-1, -1), "Helvetica", 7.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
                ("LINEBELOW", (2, 0), (-1, 0), 0.4, colors.black),
                ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
                ("LINEBELOW", (0, 2), (-1, -1), 0.25, colors.Color(0.6, 0.6, 0.6)),
                ("LINEBEFORE", (2, 0), (2, -1), 0.25, DARK),
                ("LINEBEFORE", (4, 0), (4, -1), 0.25, DARK),
                ("LINEBEFORE", (first_outcome, 0), (first_outcome, -1), 0.25, DARK),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def build_pdf(report: CouncilReport) -> bytes:
    """One A4 page: heading, chart, table of councils, and how the figures were counted.

    A page that would overflow is drawn again with fewer councils, so it is always one
    page whatever the names' lengths.
    """
    for limit in PDF_COUNCIL_LIMITS:
        data, pages = _build_pdf(report, limit)
        if pages == 1:
            break
    return data


def _build_pdf(report: CouncilReport, limit: int) -> tuple[bytes, int]:
    styles = getSampleStyleSheet()
    small = ParagraphStyle("small", parent=styles["BodyText"], fontSize=7.5, leading=9.5)
    width = A4[0] - 30 * mm
    duty_id = chart_duty(report)
    councils = len(report.councils)
    story: list[Flowable] = [
        Paragraph("Councils: time limits, plans and appeal outcomes", styles["Heading2"]),
        Paragraph(
            f"From {report.cases} case{'s' * (report.cases != 1)} across "
            f"{councils} council{'s' * (councils != 1)}, counted on "
            f"{report.today.day} {report.today:%B %Y}. No child or family is named.",
            styles["BodyText"],
        ),
        Spacer(1, 3 * mm),
    ]
    if duty_id is None:
        story.append(
            Paragraph(
                "No council time limit can be measured yet: record the key dates of the "
                "cases (for example the date the request was received).",
                styles["BodyText"],
            )
        )
    else:
        duty = next(d for c in report.councils for d in c.duties if d.duty_id == duty_id)
        story += [
            Paragraph(
                f"<b>{escape(duty.title)}</b> (legal limit {escape(duty.legal_limit)}): weeks "
                "past the limit for each council, the median case and the worst",
                styles["BodyText"],
            ),
            _chart(report, duty_id, width, limit),
            Spacer(1, 3 * mm),
        ]
    story.append(_council_table(report, duty_id, limit))
    notes = [
        "A duty met on time counts as 0 weeks late; one still overdue counts up to the date "
        "above. Duties not yet due are left out. Limits are those of the SEND Regulations "
        "2014; a council's claimed exceptions are counted as late all the same and listed in "
        "the CSV.",
        "A plan counts once under 'Needs missing from B' or 'Vague provision in F' however "
        "many problems the plan check found in it; problems the user dismissed do not count.",
    ]
    hidden = councils - limit
    if hidden > 0:
        more = f"{hidden} more council{'s' * (hidden != 1)}"
        notes.insert(0, f"{more} with fewer cases are in the CSV, with every duty.")
    story += [Spacer(1, 3 * mm), *(Paragraph(escape(note), small) for note in notes)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title="Council report",
        author="EHCP Appeal",
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    document.build(story)
    return buffer.getvalue(), document.page


def write_pdf(report: CouncilReport, path: Path) -> Path:
    write_atomically(path, build_pdf(report))
    return path
