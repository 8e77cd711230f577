"""The bundle's documents by section: tick to include, drag or Alt+Up/Down to reorder.

Drag and drop is convenient with a mouse; the same moves are on the keyboard so nobody
depends on it. After any move the whole arrangement is read back and handed to the page.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from ehcp_appeal.export.bundle.selection import Selection

ID_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class BundleTree(QTreeWidget):
    arrangement_changed = Signal(list)  # [(section id, [document ids])]
    inclusion_changed = Signal(str, bool)  # document id, included

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels(["Document", "Date", "Pages"])
        self.setAccessibleName("Documents in the bundle, by section")
        self.setAccessibleDescription(
            "Space puts a document in or leaves it out. Alt+Up and Alt+Down move it; "
            "dragging does the same."
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.itemChanged.connect(self._item_changed)
        self._filling = False

    def fill(self, selection: Selection, pages: dict[str, int]) -> None:
        current = self.current_document_id()
        self._filling = True
        self.clear()
        for section in selection.sections:
            head = QTreeWidgetItem([f"{section.rule.letter}. {section.rule.title}", "", ""])
            head.setData(0, SECTION_ROLE, section.rule.id)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.addTopLevelItem(head)
            for item in section.items:
                doc = item.document
                date = doc.date.strftime("%d/%m/%Y") if doc.date else "Undated"
                count = pages.get(doc.id, doc.pages)
                row = QTreeWidgetItem([doc.title or doc.original_name, date, str(count)])
                row.setData(0, ID_ROLE, doc.id)
                row.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                row.setCheckState(
                    0, Qt.CheckState.Checked if item.included else Qt.CheckState.Unchecked
                )
                row.setToolTip(0, "In the bundle" if item.included else "Left out")
                head.addChild(row)
            head.setExpanded(True)
        self._filling = False
        self.resizeColumnToContents(1)
        self.select_document(current)

    def current_document_id(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    def select_document(self, document_id: str | None) -> None:
        for top in range(self.topLevelItemCount()):
            head = self.topLevelItem(top)
            for child in range(head.childCount()):
                if head.child(child).data(0, ID_ROLE) == document_id:
                    self.setCurrentItem(head.child(child))
                    return
        if self.topLevelItemCount() and self.topLevelItem(0).childCount():
            self.setCurrentItem(self.topLevelItem(0).child(0))

    def arrangement(self) -> list[tuple[str, list[str]]]:
        result = []
        for top in range(self.topLevelItemCount()):
            head = self.topLevelItem(top)
            ids = [str(head.child(i).data(0, ID_ROLE)) for i in range(head.childCount())]
            result.append((str(head.data(0, SECTION_ROLE)), ids))
        return result

    def move_current(self, step: int) -> None:
        """Move the chosen document up or down, across into the next section at the ends."""
        item = self.currentItem()
        if item is None or item.parent() is None:
            return
        head = item.parent()
        index = head.indexOfChild(item)
        target_head, target_index = head, index + step
        if not 0 <= target_index < head.childCount():
            top = self.indexOfTopLevelItem(head) + step
            if not 0 <= top < self.topLevelItemCount():
                return
            target_head = self.topLevelItem(top)
            target_index = target_head.childCount() if step < 0 else 0
        self._filling = True
        head.takeChild(index)
        target_head.insertChild(target_index, item)
        self._filling = False
        self.setCurrentItem(item)
        self.arrangement_changed.emit(self.arrangement())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        # A document dropped onto the top level (between sections) goes back into a section.
        for top in reversed(range(self.topLevelItemCount())):
            item = self.topLevelItem(top)
            if item.data(0, SECTION_ROLE) is None:
                self.takeTopLevelItem(top)
                self.topLevelItem(max(0, top - 1)).addChild(item)
        self.arrangement_changed.emit(self.arrangement())

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.data(0, ID_ROLE) is None:
            return
        included = item.checkState(0) == Qt.CheckState.Checked
        self.inclusion_changed.emit(str(item.data(0, ID_ROLE)), included)
