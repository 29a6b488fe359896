"""A body picture, front and back, with clickable regions: where is the cramp?

The drawings (``illustrations/body-front.svg`` and ``body-back.svg``, 200 × 400 viewBox) show
only the figure; the regions are defined here, in the same viewBox coordinates, and painted by
the widget when they are pointed at or have the keyboard focus.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Sequence

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from spasm_desktop.ui.common import assets

# The areas a region can stand for (the "all over" choice is a button, not a region).
AREAS = ("calf", "foot", "hamstring", "quadriceps", "hand", "arm", "neck", "back", "belly", "chest")

# The colour of a pointed-at or focused region.
ACCENT = "#e4572e"

_VIEWBOX = QtCore.QRectF(0, 0, 200, 400)
# The part of the viewBox the figure occupies sideways; the columns are this wide.
_FIGURE_LEFT, _FIGURE_WIDTH = 20.0, 160.0

_Points = Sequence[tuple[float, float]]


class View(enum.IntEnum):
    """Which drawing a region is on."""

    FRONT = 0
    BACK = 1


@dataclasses.dataclass(frozen=True, eq=False)
class Region:
    """One clickable part of the body picture.

    Attributes:
        view: the drawing it is on.
        area: the area id, one of :data:`AREAS`.
        side: "left" or "right" (the person's own side), or None for the neck, chest, back and
            belly.
        path: its shape, in the drawing's viewBox coordinates.
        pad: how far beyond the shape (viewBox units) a click still counts, so that small parts
            are easy to hit.
    """

    view: View
    area: str
    side: str | None
    path: QtGui.QPainterPath
    pad: float

    @property
    def centre(self) -> QtCore.QPointF:
        """The middle of the region, in viewBox coordinates."""
        return self.path.boundingRect().center()


# --- the regions, traced along the drawings' outline ----------------------------------------

_NECK: _Points = (
    (108, 67), (108, 74.5), (109.5, 78), (114, 80.5), (124, 84),
    (76, 84), (86, 80.5), (90.5, 78), (92, 74.5), (92, 67),
)  # fmt: skip
_BELLY: _Points = (
    (131, 136), (127.5, 158.5), (127, 170), (128, 180), (131.5, 196), (119, 201), (100, 216),
    (81, 201), (68.5, 196), (72, 180), (73, 170), (72.5, 158.5), (69, 136),
)  # fmt: skip
_CHEST: _Points = (
    (124, 84), (133, 87), (133, 112), (132, 130), (131, 136),
    (69, 136), (68, 130), (67, 112), (67, 87), (76, 84),
)  # fmt: skip
_BACK: _Points = (
    (133, 112), (132, 130), (127.5, 158.5), (127, 170), (129, 187), (133, 201), (133, 206),
    (67, 206), (67, 201), (71, 187), (73, 170), (72.5, 158.5), (68, 130), (67, 112),
    (67, 87), (76, 84), (124, 84), (133, 87),
)  # fmt: skip
# Limbs on the viewer's right (x > 100); the other side is their mirror image.
# The arm's inner edge runs down the gap between the arm and the trunk, so a click there counts.
_ARM: _Points = (
    (136, 89), (143, 92), (148, 104), (151, 126), (155, 158), (160, 190), (163.5, 214),
    (148, 214), (138, 190), (133, 158), (133, 130), (134, 112),
)  # fmt: skip
_HAND: _Points = (
    (163.5, 216), (168, 232), (169, 248), (167.5, 255.5), (165, 261), (163.5, 262.5),
    (159.5, 264.5), (156.5, 263), (153, 256), (148.5, 216),
)  # fmt: skip
_QUADRICEPS: _Points = (
    (131.5, 196), (135, 213.5), (136, 232.5), (134, 263), (130, 290), (108.5, 290),
    (100, 232), (100, 216), (119, 201),
)  # fmt: skip
_FOOT_FRONT: _Points = (
    (126.5, 358), (126, 365), (133.5, 382), (134, 387.5), (133, 389.5), (130, 392),
    (120.5, 392.5), (118, 392), (115, 389.5), (113, 384), (113, 358),
)  # fmt: skip
_HAMSTRING: _Points = (
    (136, 233.5), (134, 263), (130, 288), (108, 288), (100.5, 236), (119, 240),
)  # fmt: skip
_CALF: _Points = (
    (130.5, 298), (133.5, 313), (134, 324), (131, 342), (128.5, 352), (113.5, 352),
    (114, 342), (113, 331.5), (109.5, 298),
)  # fmt: skip
_FOOT_BACK: _Points = (
    (126.5, 358), (126, 365.5), (128, 374), (127.5, 380.5), (126, 386), (123, 389.5),
    (120, 391), (117, 390.5), (114, 388), (112.5, 382.5), (112, 376), (113.5, 358),
)  # fmt: skip

# Hit margins (viewBox units): generous for the small parts.
_PADS = {
    "neck": 14.0,
    "hand": 14.0,
    "arm": 12.0,
    "chest": 4.0,
    "foot": 12.0,
    "calf": 10.0,
    "hamstring": 7.0,
    "quadriceps": 7.0,
    "belly": 5.0,
    "back": 5.0,
}


def _polygon(points: _Points, mirrored: bool = False) -> QtGui.QPainterPath:
    polygon = QtGui.QPolygonF([QtCore.QPointF(200 - x if mirrored else x, y) for x, y in points])
    path = QtGui.QPainterPath()
    path.addPolygon(polygon)
    path.closeSubpath()
    return path


def _region(view: View, area: str, side: str | None, points: _Points) -> Region:
    """A region; a sided one is given on the viewer's right and mirrored for the viewer's left."""
    # Seen from the front, the person's left is on the viewer's right; from behind, the reverse.
    viewers_right = "left" if view is View.FRONT else "right"
    mirrored = side is not None and side != viewers_right
    return Region(view, area, side, _polygon(points, mirrored), _PADS[area])


def _regions() -> tuple[Region, ...]:
    """Every region, in reading order (the order Tab goes through them)."""
    front, back = View.FRONT, View.BACK
    return (
        _region(front, "neck", None, _NECK),
        _region(front, "arm", "right", _ARM),
        _region(front, "chest", None, _CHEST),
        _region(front, "arm", "left", _ARM),
        _region(front, "hand", "right", _HAND),
        _region(front, "hand", "left", _HAND),
        _region(front, "belly", None, _BELLY),
        _region(front, "quadriceps", "right", _QUADRICEPS),
        _region(front, "quadriceps", "left", _QUADRICEPS),
        _region(front, "foot", "right", _FOOT_FRONT),
        _region(front, "foot", "left", _FOOT_FRONT),
        _region(back, "neck", None, _NECK),
        _region(back, "arm", "left", _ARM),
        _region(back, "back", None, _BACK),
        _region(back, "arm", "right", _ARM),
        _region(back, "hand", "left", _HAND),
        _region(back, "hand", "right", _HAND),
        _region(back, "hamstring", "left", _HAMSTRING),
        _region(back, "hamstring", "right", _HAMSTRING),
        _region(back, "calf", "left", _CALF),
        _region(back, "calf", "right", _CALF),
        _region(back, "foot", "left", _FOOT_BACK),
        _region(back, "foot", "right", _FOOT_BACK),
    )


def _distance(path: QtGui.QPainterPath, point: QtCore.QPointF) -> float:
    """How far ``point`` is from the shape (0 inside it)."""
    if path.contains(point):
        return 0.0
    best = math.inf
    for polygon in path.toSubpathPolygons():
        corners = [polygon.at(i) for i in range(polygon.size())]
        for a, b in zip(corners, corners[1:] + corners[:1], strict=True):
            dx, dy = b.x() - a.x(), b.y() - a.y()
            length2 = dx * dx + dy * dy
            t = 0.0
            if length2 > 0:
                t = ((point.x() - a.x()) * dx + (point.y() - a.y()) * dy) / length2
                t = min(1.0, max(0.0, t))
            best = min(best, math.hypot(point.x() - a.x() - t * dx, point.y() - a.y() - t * dy))
    return best


class BodyMap(QtWidgets.QWidget):
    """The body from the front and from behind; pointing at a part and clicking chooses it.

    Keyboard: Tab and the arrow keys move between the parts, Enter or Space chooses.

    Signals:
        area_chosen(str, str): the area id (one of :data:`AREAS`) and the person's side,
            "left", "right" or "" for the neck, chest, back and belly.
    """

    area_chosen = QtCore.Signal(str, str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.regions: tuple[Region, ...] = _regions()
        self._hovered: int | None = None
        self._focused: int | None = None
        self._pressed: int | None = None
        self._renderers: dict[View, QtSvg.QSvgRenderer] | None = None
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )
        self.setAccessibleName(self.tr("Body picture"))
        self._describe()

    # --- public -------------------------------------------------------------------------------

    def region_name(self, region: Region) -> str:
        """What a region is called, as in "Left calf"."""
        names = {
            ("calf", "left"): self.tr("Left calf"),
            ("calf", "right"): self.tr("Right calf"),
            ("foot", "left"): self.tr("Left foot"),
            ("foot", "right"): self.tr("Right foot"),
            ("hamstring", "left"): self.tr("Back of the left thigh"),
            ("hamstring", "right"): self.tr("Back of the right thigh"),
            ("quadriceps", "left"): self.tr("Front of the left thigh"),
            ("quadriceps", "right"): self.tr("Front of the right thigh"),
            ("hand", "left"): self.tr("Left hand"),
            ("hand", "right"): self.tr("Right hand"),
            ("arm", "left"): self.tr("Left arm"),
            ("arm", "right"): self.tr("Right arm"),
            ("chest", None): self.tr("Chest"),
            ("neck", None): self.tr("Neck"),
            ("back", None): self.tr("Back", "the body part"),
            ("belly", None): self.tr("Belly"),
        }
        return names[region.area, region.side]

    def view_transform(self, view: View) -> QtGui.QTransform:
        """Maps a drawing's viewBox coordinates to the widget's."""
        scale, origin = self._geometry()[:2]
        transform = QtGui.QTransform()
        transform.translate(origin.x() + int(view) * _FIGURE_WIDTH * scale, origin.y())
        transform.scale(scale, scale)
        transform.translate(-_FIGURE_LEFT, 0)
        return transform

    def region_at(self, pos: QtCore.QPointF) -> Region | None:
        """The region a click at ``pos`` (widget coordinates) chooses, if any."""
        index = self._index_at(pos)
        return None if index is None else self.regions[index]

    def focused_region(self) -> Region | None:
        """The region the keyboard is on, if any."""
        return None if self._focused is None else self.regions[self._focused]

    def hovered_region(self) -> Region | None:
        """The region under the mouse pointer, if any."""
        return None if self._hovered is None else self.regions[self._hovered]

    def sizeHint(self) -> QtCore.QSize:
        """Qt: the preferred size, in lines of text."""
        line = self.fontMetrics().height()
        return QtCore.QSize(line * 20, line * 26)

    def minimumSizeHint(self) -> QtCore.QSize:
        """Qt: the smallest size, in lines of text."""
        line = self.fontMetrics().height()
        return QtCore.QSize(line * 10, line * 12)

    # --- geometry -----------------------------------------------------------------------------

    def _geometry(self) -> tuple[float, QtCore.QPointF, float]:
        """The scale, the top-left corner of the front figure's column, and the label height."""
        band = self.fontMetrics().height() * 1.4
        width = max(1.0, float(self.width()))
        height = max(1.0, self.height() - 2 * band)
        scale = min(width / (2 * _FIGURE_WIDTH), height / _VIEWBOX.height())
        left = (width - 2 * _FIGURE_WIDTH * scale) / 2
        top = band + (height - _VIEWBOX.height() * scale) / 2
        return scale, QtCore.QPointF(left, top), band

    def _index_at(self, pos: QtCore.QPointF) -> int | None:
        best: tuple[float, int] | None = None
        for view in View:
            inverted, invertible = self.view_transform(view).inverted()
            if not invertible:
                continue
            point = inverted.map(pos)
            for index, region in enumerate(self.regions):
                if region.view is not view:
                    continue
                distance = _distance(region.path, point)
                if distance <= region.pad and (best is None or distance < best[0]):
                    best = (distance, index)
        return None if best is None else best[1]

    def _centre(self, index: int) -> QtCore.QPointF:
        region = self.regions[index]
        return self.view_transform(region.view).map(region.centre)

    # --- state --------------------------------------------------------------------------------

    def _set_focused(self, index: int | None) -> None:
        if index != self._focused:
            self._focused = index
            self._describe()
            self.update()

    def _set_hovered(self, index: int | None) -> None:
        if index != self._hovered:
            self._hovered = index
            self.setCursor(
                QtCore.Qt.CursorShape.ArrowCursor
                if index is None
                else QtCore.Qt.CursorShape.PointingHandCursor
            )
            self.update()

    def _describe(self) -> None:
        region = self.focused_region()
        if region is None:
            self.setAccessibleDescription(
                self.tr("Use the arrow keys to pick where the cramp is, then press Enter.")
            )
        else:
            self.setAccessibleDescription(self.region_name(region))

    def _choose(self, index: int) -> None:
        region = self.regions[index]
        self.area_chosen.emit(region.area, region.side or "")

    def _step(self, dx: int, dy: int) -> None:
        """Move the focus to the nearest region in a direction."""
        if self._focused is None:
            self._set_focused(0)
            return
        here = self._centre(self._focused)
        best: tuple[float, int] | None = None
        for index in range(len(self.regions)):
            offset = self._centre(index) - here
            along = offset.x() * dx + offset.y() * dy
            if index == self._focused or along <= 1:
                continue
            across = abs(offset.x() * dy - offset.y() * dx)
            score = along + 2 * across
            if best is None or score < best[0]:
                best = (score, index)
        if best is not None:
            self._set_focused(best[1])

    # --- events -------------------------------------------------------------------------------

    def event(self, event: QtCore.QEvent) -> bool:
        """Qt: the tooltip names the area under the pointer (none between areas)."""
        if event.type() == QtCore.QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            region = self.region_at(QtCore.QPointF(event.pos()))
            if region is None:
                QtWidgets.QToolTip.hideText()
                event.ignore()
            else:
                QtWidgets.QToolTip.showText(event.globalPos(), self.region_name(region), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Qt: follow a change of colours or font."""
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._renderers = None  # the drawing follows the theme's colours
            self.update()
        elif event.type() == QtCore.QEvent.Type.FontChange:
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        """Qt: highlight the area under the pointer."""
        self._set_hovered(self._index_at(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        """Qt: no area is highlighted once the pointer leaves."""
        self._set_hovered(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        """Qt: a left press on an area starts picking it."""
        if event.button() != QtCore.Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._pressed = self._index_at(event.position())
        if self._pressed is not None:
            self._set_focused(self._pressed)
        event.accept()

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        """Qt: releasing the left button on the area pressed picks it."""
        if event.button() != QtCore.Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pressed, self._pressed = self._pressed, None
        if pressed is not None and self._index_at(event.position()) == pressed:
            self._choose(pressed)
        event.accept()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Qt: the arrow keys, Home and End move between areas; Space, Return or Enter picks one."""
        key = QtCore.Qt.Key
        steps = {key.Key_Left: (-1, 0), key.Key_Right: (1, 0), key.Key_Up: (0, -1)}
        steps[key.Key_Down] = (0, 1)
        if event.key() in steps:
            self._step(*steps[key(event.key())])
        elif event.key() == key.Key_Home:
            self._set_focused(0)
        elif event.key() == key.Key_End:
            self._set_focused(len(self.regions) - 1)
        elif event.key() in (key.Key_Return, key.Key_Enter, key.Key_Space, key.Key_Select):
            if self._focused is None:
                self._set_focused(0)
            else:
                self._choose(self._focused)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        """Qt: Tab focuses the first area, Shift+Tab the last."""
        reason = event.reason()
        if reason == QtCore.Qt.FocusReason.TabFocusReason:
            self._set_focused(0)
        elif reason == QtCore.Qt.FocusReason.BacktabFocusReason:
            self._set_focused(len(self.regions) - 1)
        elif self._focused is None and reason != QtCore.Qt.FocusReason.MouseFocusReason:
            self._set_focused(0)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        """Qt: take the focus mark away."""
        self.update()
        super().focusOutEvent(event)

    # --- painting -----------------------------------------------------------------------------

    def _ensure_renderers(self) -> dict[View, QtSvg.QSvgRenderer]:
        if self._renderers is None:
            self._renderers = {}
            for view, name in ((View.FRONT, "body-front"), (View.BACK, "body-back")):
                source = assets.illustration_bytes(name)
                if source:
                    themed = assets.themed_svg(source, self.palette())
                    self._renderers[view] = QtSvg.QSvgRenderer(QtCore.QByteArray(themed), self)
        return self._renderers

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Qt: draw the body, the areas, and the highlighted and focused ones."""
        scale, origin, band = self._geometry()
        palette = self.palette()
        ink = palette.color(QtGui.QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        renderers = self._ensure_renderers()
        bold = QtGui.QFont(self.font())
        bold.setBold(True)
        labels = {View.FRONT: self.tr("Front", "the view"), View.BACK: self.tr("Back", "the view")}
        for view in View:
            column = QtCore.QRectF(
                origin.x() + int(view) * _FIGURE_WIDTH * scale,
                origin.y(),
                _FIGURE_WIDTH * scale,
                _VIEWBOX.height() * scale,
            )
            renderer = renderers.get(view)
            if renderer is not None and renderer.isValid():
                transform = self.view_transform(view)
                renderer.render(painter, transform.mapRect(_VIEWBOX))
            painter.setFont(bold)
            painter.setPen(ink)
            label = QtCore.QRectF(column.left(), column.top() - band, column.width(), band)
            painter.drawText(label, QtCore.Qt.AlignmentFlag.AlignCenter, labels[view])

        accent = QtGui.QColor(ACCENT)
        fill = QtGui.QColor(accent)
        fill.setAlphaF(0.55)
        has_focus = self.hasFocus()
        focused = self._focused if has_focus else None
        shown = [i for i in dict.fromkeys((self._hovered, focused)) if i is not None]
        for index in shown:
            region = self.regions[index]
            path = self.view_transform(region.view).map(region.path)
            painter.setBrush(fill)
            if index == focused:
                pen = QtGui.QPen(ink, max(2.5, line / 6))
            else:
                pen = QtGui.QPen(accent, max(2.0, line / 8))
            pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(path)

        caption_index = self._hovered if self._hovered is not None else focused
        if caption_index is not None:
            caption = QtCore.QRectF(0, self.height() - band, self.width(), band)
            painter.setFont(bold)
            painter.setPen(ink)
            painter.drawText(
                caption,
                QtCore.Qt.AlignmentFlag.AlignCenter,
                self.region_name(self.regions[caption_index]),
            )
        painter.end()
