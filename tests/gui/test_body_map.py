"""The body picture: clicking and keyboard choose regions, in light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.relief.body_map import AREAS, BodyMap, Region, View
from spasm_desktop.ui.routines import routine_player
from tests.gui.needed import need

SIDED = {"calf", "foot", "hamstring", "quadriceps", "hand", "arm"}


@pytest.fixture
def body(qtbot: QtBot) -> BodyMap:
    widget = BodyMap()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def chosen(qtbot: QtBot, widget: BodyMap) -> list[tuple[str, str]]:
    """The (area, side) pairs ``widget`` reports chosen from now on."""
    seen: list[tuple[str, str]] = []
    widget.area_chosen.connect(lambda area, side: seen.append((area, side)))
    return seen


def centre(widget: BodyMap, region: Region) -> QtCore.QPoint:
    """Where ``region``'s centre is drawn on ``widget``."""
    assert region.path.contains(region.centre), (region.area, region.side)
    return widget.view_transform(region.view).map(region.centre).toPoint()


def test_clicking_the_middle_of_each_region_chooses_it(qtbot: QtBot, body: BodyMap) -> None:
    seen = chosen(qtbot, body)
    for region in body.regions:
        QTest.mouseClick(body, QtCore.Qt.MouseButton.LeftButton, pos=centre(body, region))
        assert seen[-1] == (region.area, region.side or "")
    assert len(seen) == len(body.regions)


def test_clicking_outside_the_body_chooses_nothing(qtbot: QtBot, body: BodyMap) -> None:
    seen = chosen(qtbot, body)
    front = body.view_transform(View.FRONT)
    back = body.view_transform(View.BACK)
    for point in (
        front.map(QtCore.QPointF(100, 2)),  # above the head
        front.map(QtCore.QPointF(28, 120)),  # beside the arm
        front.map(QtCore.QPointF(100, 40)),  # the face
        front.map(QtCore.QPointF(12, 200)),  # beside the hip, past the arm
        back.map(QtCore.QPointF(100, 220)),  # the seat
        back.map(QtCore.QPointF(190, 390)),  # far from the feet
        QtCore.QPointF(2, 2),  # the corner
    ):
        assert body.region_at(point) is None
        QTest.mouseClick(body, QtCore.Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert seen == []


def test_every_area_is_there_and_the_sided_ones_on_both_sides(body: BodyMap) -> None:
    found = {(region.area, region.side) for region in body.regions}
    assert {area for area, _side in found} == set(AREAS)
    assert "all_over" not in AREAS
    for area in AREAS:
        sides = {side for a, side in found if a == area}
        assert sides == ({"left", "right"} if area in SIDED else {None}), area


def test_sides_follow_the_view(body: BodyMap) -> None:
    """From the front the person's left is on the viewer's right; from behind, on the left."""
    for region in body.regions:
        if region.side is None:
            continue
        on_viewers_left = region.centre.x() < 100
        if region.view is View.FRONT:
            assert on_viewers_left == (region.side == "right"), region
        else:
            assert on_viewers_left == (region.side == "left"), region


def test_regions_are_big_enough_to_hit(body: BodyMap) -> None:
    """7 mm across and down through each region's middle land on it, at the default size."""
    half = 3.5 / 25.4 * body.logicalDpiX()
    for region in body.regions:
        middle = QtCore.QPointF(centre(body, region))
        for dx, dy in ((0, 0), (-half, 0), (half, 0), (0, -half), (0, half)):
            point = middle + QtCore.QPointF(dx, dy)
            hit = need(body.region_at(point))
            if hit is not region:  # only a neighbouring region the point is really on
                inside = body.view_transform(hit.view).inverted()[0].map(point)
                assert hit.path.contains(inside), (region.area, region.side, dx, dy)


def test_hovering_highlights_and_names_the_region(qtbot: QtBot, body: BodyMap) -> None:
    calf = next(r for r in body.regions if r.area == "calf" and r.side == "left")
    QTest.mouseMove(body, centre(body, calf))
    assert body.hovered_region() is calf
    assert body.cursor().shape() == QtCore.Qt.CursorShape.PointingHandCursor
    QTest.mouseMove(body, QtCore.QPoint(1, 1))
    assert body.hovered_region() is None


def test_keyboard_moves_through_the_regions_and_enter_chooses(qtbot: QtBot, body: BodyMap) -> None:
    seen = chosen(qtbot, body)
    body.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    assert body.hasFocus()
    assert body.accessibleName() == "Body picture"
    first = body.focused_region()
    assert first is body.regions[0]
    assert body.accessibleDescription() == "Neck"

    # Tab enters and leaves the picture; inside it the arrows, Home and End move.
    QTest.keyClick(body, QtCore.Qt.Key.Key_End)
    assert body.focused_region() is body.regions[-1]
    assert body.accessibleDescription() == body.region_name(body.regions[-1])
    QTest.keyClick(body, QtCore.Qt.Key.Key_Home)
    assert body.focused_region() is body.regions[0]
    QTest.keyClick(body, QtCore.Qt.Key.Key_Return)
    assert seen == [(first.area, first.side or "")]


def test_tab_leaves_the_picture(qtbot: QtBot) -> None:
    from spasm_desktop.ui.relief.body_map import BodyMap

    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    layout = QtWidgets.QVBoxLayout(holder)
    picture = BodyMap()
    after = QtWidgets.QPushButton("after")
    layout.addWidget(picture)
    layout.addWidget(after)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is holder)
    picture.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    QTest.keyClick(picture, QtCore.Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_arrow_keys_move_sensibly(qtbot: QtBot, body: BodyMap) -> None:
    seen = chosen(qtbot, body)
    body.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    key = QtCore.Qt.Key

    def where() -> tuple[View, str, str | None]:
        region = need(body.focused_region())
        return (region.view, region.area, region.side)

    assert where() == (View.FRONT, "neck", None)
    QTest.keyClick(body, key.Key_Down)
    assert where() == (View.FRONT, "chest", None)
    assert body.accessibleDescription() == "Chest"
    QTest.keyClick(body, key.Key_Down)
    assert where() == (View.FRONT, "belly", None)
    QTest.keyClick(body, key.Key_Down)
    assert where()[1] == "quadriceps"
    if where()[2] == "left":
        QTest.keyClick(body, key.Key_Left)
    assert where() == (View.FRONT, "quadriceps", "right")  # on the viewer's left
    QTest.keyClick(body, key.Key_Right)
    assert where() == (View.FRONT, "quadriceps", "left")
    assert body.accessibleDescription() == "Front of the left thigh"
    QTest.keyClick(body, key.Key_Right)
    assert where() == (View.FRONT, "hand", "left")
    QTest.keyClick(body, key.Key_Right)
    assert where() == (View.BACK, "hand", "left")
    QTest.keyClick(body, key.Key_Down)
    assert where() == (View.BACK, "calf", "left") or where()[1] == "hamstring"
    while where()[1] != "calf":
        QTest.keyClick(body, key.Key_Down)
    assert where() == (View.BACK, "calf", "left")
    assert body.accessibleDescription() == "Left calf"
    QTest.keyClick(body, key.Key_Space)
    QTest.keyClick(body, key.Key_Right)
    assert where() == (View.BACK, "calf", "right")
    QTest.keyClick(body, key.Key_Enter)
    assert seen == [("calf", "left"), ("calf", "right")]


def test_every_region_is_reachable_with_the_arrows(qtbot: QtBot, body: BodyMap) -> None:
    body.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    reached = {id(body.focused_region())}
    frontier = [body.focused_region()]
    keys: tuple[QtCore.Qt.Key, ...] = (QtCore.Qt.Key.Key_Left, QtCore.Qt.Key.Key_Right)
    keys += (QtCore.Qt.Key.Key_Up, QtCore.Qt.Key.Key_Down)
    while frontier:
        start = frontier.pop()
        for key in keys:
            body._set_focused(body.regions.index(start))
            QTest.keyClick(body, key)
            region = body.focused_region()
            if id(region) not in reached:
                reached.add(id(region))
                frontier.append(region)
    assert reached == {id(region) for region in body.regions}


def test_a_click_moves_the_keyboard_focus_there(qtbot: QtBot, body: BodyMap) -> None:
    hand = next(r for r in body.regions if r.area == "hand" and r.view is View.BACK)
    QTest.mouseClick(body, QtCore.Qt.MouseButton.LeftButton, pos=centre(body, hand))
    assert body.hasFocus()
    assert body.focused_region() is hand
    assert body.accessibleDescription() == body.region_name(hand)


def test_size_follows_the_font(body: BodyMap) -> None:
    line = body.fontMetrics().height()
    assert body.sizeHint().height() >= 22 * line
    font = QtGui.QFont(body.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    body.setFont(font)
    assert body.sizeHint().height() >= 22 * body.fontMetrics().height() > 22 * line


def _coloured_pixels(image: QtGui.QImage, colour: QtGui.QColor) -> int:
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                > 60
            ):
                count += 1
    return count


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_renders_in_light_and_dark_palettes(qtbot: QtBot, body: BodyMap, theme: str) -> None:
    palette = QtWidgets.QApplication.palette() if theme == "light" else routine_player.dim_palette()
    body.setPalette(palette)
    body.setAutoFillBackground(True)
    body.resize(600, 500)
    background = palette.color(QtGui.QPalette.ColorRole.Window)
    plain = body.grab().toImage()
    drawn = _coloured_pixels(plain, background)
    assert drawn > 0.1 * plain.width() * plain.height() / 4  # the figures are there

    calf = next(r for r in body.regions if r.area == "calf")
    QTest.mouseMove(body, QtCore.QPoint(1, 1))
    QTest.mouseMove(body, centre(body, calf))
    assert body.hovered_region() is calf
    lit = body.grab().toImage()
    middle = centre(body, calf) * lit.devicePixelRatio()
    pixel = lit.pixelColor(middle)
    assert pixel.red() > pixel.blue() + 40, pixel.name()  # the orange highlight
    assert plain.pixelColor(middle).name() != pixel.name()
