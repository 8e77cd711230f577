"""The window's pages, each built the first time it is wanted.

Building every page up front cost the window about a third of a second before it could
paint, for pages a parent may never open in that sitting. A page built later reads the
current data when it is built, so it misses nothing by not having listened before.
"""

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from ui.context import AppContext
from ui.pages.registry import PAGES, PageSpec


class PageShelf(Mapping[str, QWidget]):
    """Page key -> page; looking a page up builds it (and its scroll holder) if need be."""

    def __init__(
        self,
        stack: QStackedWidget,
        context: AppContext,
        on_built: Callable[[str, QWidget], None],
    ) -> None:
        self._stack = stack
        self._context = context
        self._on_built = on_built
        self._specs: dict[str, PageSpec] = {spec.key: spec for spec in PAGES}
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            page = self._build(self._specs[key])
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> dict[str, QWidget]:
        """The pages built so far: telling an unbuilt page about a change is wasted work."""
        return dict(self._pages)

    def holder(self, key: str) -> QScrollArea:
        self[key]
        return self._holders[key]

    def key_of(self, holder: QWidget | None) -> str:
        return next(key for key, held in self._holders.items() if held is holder)

    def _build(self, spec: PageSpec) -> QWidget:
        page = spec.build(self._context)
        page.setAccessibleName(spec.label)
        self._pages[spec.key] = page
        self._holders[spec.key] = holder = _scrolling(page)
        self._stack.addWidget(holder)
        self._on_built(spec.key, page)
        return page


def _scrolling(page: QWidget) -> QScrollArea:
    """A page in a scroll area, so no page can make the window bigger than the screen.

    Pages fold their own layouts to fit; a window smaller than a page can manage (a
    netbook, a large font) then scrolls instead of squeezing controls over each other.
    """
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setFrameShape(QScrollArea.Shape.NoFrame)
    holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's own controls
    holder.setWidget(page)
    return holder
