"""The page budget as bars with words: '78 of 75 pages: 3 over', never colour alone."""

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ehcp_appeal.export.bundle.budget import BudgetLine

STATUS_WORDS = {"ok": "Within the limit", "near": "Close to the limit", "over": "Over the limit"}


class BudgetPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Page budget")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel("<b>Page budget</b> (Practice Direction limits)")
        self._layout.addWidget(self.heading)
        self._rows: list[QWidget] = []

    def show_lines(self, lines: list[BudgetLine]) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows = []
        for line in lines:
            label = QLabel(f"{line.label}: {STATUS_WORDS[line.status]}")
            label.setWordWrap(True)
            bar = QProgressBar()
            bar.setRange(0, max(line.limit, line.used))
            bar.setValue(line.used)
            bar.setFormat(line.summary)
            bar.setTextVisible(True)
            bar.setProperty("status", line.status)
            bar.setAccessibleName(f"{line.label}: {line.summary}")
            self._add(label)
            self._add(bar)
            if line.advice:
                advice = QLabel(line.advice)
                advice.setWordWrap(True)
                advice.setObjectName("pageIntro")
                self._add(advice)
        if not lines:
            self._add(QLabel("No page limits apply to this bundle."))

    def _add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        self._rows.append(widget)
