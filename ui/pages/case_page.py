"""The case page: edit and save the child's, the appeal's and the people's details."""

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ehcp_appeal.errors import AppError
from ehcp_appeal.services import cases
from ehcp_appeal.services.edit_versions import StaleEditError
from ui.context import AppContext
from ui.widgets.case_form import CaseForm
from ui.widgets.page_header import PageHeader


class CasePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.case_id: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.addWidget(
            PageHeader(
                "Case details",
                "The child, the appeal and the people involved. Changes are kept when you "
                "choose Save (Ctrl+S).",
            )
        )
        self.form = CaseForm()
        self.form_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName("Case details form")
        scroll.setWidget(self.form)
        outer.addWidget(scroll, 1)

        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName("Save status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName("Save the case details")
        self.revert_button = QPushButton("&Undo changes")
        self.revert_button.setAccessibleName("Undo unsaved changes")
        # Shown only after a save was refused because someone saved the case meanwhile.
        self.reload_button = QPushButton("Reload their version")
        self.reload_button.setAccessibleName("Reload the case as it was saved by someone else")
        self.reload_button.hide()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.reload_button)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.reload_button.clicked.connect(self.reload)
        self.form.edited.connect(self._mark_dirty)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._set_dirty(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fold the form's groups under each other rather than scroll sideways."""
        super().resizeEvent(event)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        self.form.fit_to(event.size().width() - margins.left() - margins.right() - 4)

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        self.form.set_details(cases.get_case(self.context.db, self.case_id))
        self._set_dirty(False)
        self.status.setText("")
        self.reload_button.hide()

    def save(self) -> bool:
        if self.case_id is None:
            return False
        try:
            saved = cases.update_case(self.context.db, self.form.details())
        except StaleEditError as error:
            # What was typed stays on screen; the person chooses to reload or copy it out.
            self.status.setText(f"⚠ {error.message}")
            self.status.setStyleSheet("color: #9b1c1c; font-weight: 600;")
            self.reload_button.show()
            self.reload_button.setFocus()
            return False
        except AppError as error:
            self.status.setText(f"⚠ Not saved: {error.message}")
            self.status.setStyleSheet("color: #9b1c1c; font-weight: 600;")
            return False
        self.form.set_details(saved)
        self._set_dirty(False)
        self.status.setText("✓ Saved.")
        self.status.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.context.events.case_saved.emit(saved.id)
        return True

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        self._set_dirty(True)
        self.status.setText("You have unsaved changes.")
        self.status.setStyleSheet("color: #7a4b00;")

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
