"""Settings' "Show reminders as": four plain choices, automatic first and by default."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from spasm_desktop.core.settings import DeliveryMode, DeliverySettings, Settings
from tests.gui.test_settings_dialog import combo, make_dialog, press_save


def test_the_four_choices_in_plain_words_with_automatic_by_default(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    mode = combo(dialog, "delivery_mode")
    choices = [(mode.itemText(i), mode.itemData(i)) for i in range(mode.count())]
    assert choices == [
        ("Automatic (recommended)", "auto"),
        ("Pop-up only", "popup"),
        ("Desktop notification only", "notification"),
        ("Both pop-up and notification", "both"),
    ]
    assert mode.currentData() == "auto"
    assert mode.accessibleName() == "How reminders are shown"
    assert press_save(qtbot, dialog).delivery.mode is DeliveryMode.AUTO


def test_a_chosen_channel_is_shown_and_kept(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(delivery=DeliverySettings(mode=DeliveryMode.BOTH)))
    assert combo(dialog, "delivery_mode").currentData() == "both"
    assert press_save(qtbot, dialog).delivery.mode is DeliveryMode.BOTH
