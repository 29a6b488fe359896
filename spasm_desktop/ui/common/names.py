"""The display names of the record's keys, in one place: areas, sides, how a cramp felt, what the
person was doing, what helped, warning signs, conditions, and the medicines caution.

The relief panel, the diary, the history and the clinician report all show these words; each
takes them from here, so the same key always reads the same, and no window imports another
window's module for a word. Every text goes through :func:`text.tr` (translation context
"text"), so moving a name here did not change its translation.
"""

from __future__ import annotations

from collections.abc import Mapping

from spasm_desktop.core import episode as ep
from spasm_desktop.core import when
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import Area
from spasm_desktop.ui.common import text


def area_name(area: Area) -> str:
    """The label of an area (as on its button in the relief panel)."""
    return {
        Area.CALF: text.tr("Calf"),
        Area.FOOT: text.tr("Foot and toes"),
        Area.HAMSTRING: text.tr("Back of thigh"),
        Area.QUADRICEPS: text.tr("Front of thigh"),
        Area.HAND: text.tr("Hand and fingers"),
        Area.ARM: text.tr("Arm"),
        Area.NECK: text.tr("Neck"),
        Area.BACK: text.tr("Back"),
        Area.BELLY: text.tr("Belly"),
        Area.CHEST: text.tr("Chest"),
        Area.ALL_OVER: text.tr("Many muscles / all over"),
    }[area]


def side_name(side: str | None) -> str:
    """The name of a side (empty when not given)."""
    return {
        None: "",
        "left": text.tr("left"),
        "right": text.tr("right"),
        "both": text.tr("both sides"),
    }.get(side, side or "")


def feeling_names() -> dict[str, str]:
    """What a cramp felt like (:data:`episode.FEELINGS`), as shown."""
    return {
        "knot": text.tr("tight, a knot"),
        "hard": text.tr("hard or bulging"),
        "twitching": text.tr("twitching"),
        "pulling": text.tr("pulling"),
        "burning": text.tr("burning"),
        "tingling": text.tr("tingling or numb"),
        "aching": text.tr("aching"),
    }


def context_names() -> dict[str, str]:
    """What the person was doing (:data:`episode.CONTEXTS`), as shown."""
    return {
        "asleep": text.tr("asleep (it woke me)"),
        "in_bed": text.tr("in bed, awake"),
        "sitting": text.tr("sitting"),
        "standing": text.tr("standing"),
        "exercise": text.tr("exercise"),
        "heat": text.tr("in the heat"),
    }


def helped_names() -> dict[str, str]:
    """What helped (:data:`episode.HELPED`), as shown."""
    return {
        "stretch": text.tr("stretching"),
        "massage": text.tr("massage"),
        "walk": text.tr("walking"),
        "heat": text.tr("heat"),
        "ice": text.tr("cold"),
        "pain_reliever": text.tr("a pain reliever"),
        "nothing": text.tr("nothing"),
    }


def red_flag_names() -> dict[str, str]:
    """The warning signs of the diary (:data:`episode.RED_FLAGS`), as shown."""
    return {
        "swelling": text.tr("swelling, redness or warmth of the leg"),
        "skin": text.tr("skin changes"),
        "numbness": text.tr("numbness"),
        "weakness": text.tr("weakness"),
        "elsewhere": text.tr("cramps elsewhere"),
        "wound": text.tr("a recent wound"),
        "poison": text.tr("contact with a chemical or poison"),
    }


def condition_names() -> dict[str, str]:
    """The conditions of the health profile (CONTENT.md §7.1, §3.3), as shown."""
    return {
        "diabetes": text.tr("Diabetes"),
        "thyroid": text.tr("Thyroid disease"),
        "kidney": text.tr("Kidney disease"),
        "liver": text.tr("Liver disease"),
        "heart": text.tr("Heart disease"),
        "vascular": text.tr("Vascular (circulation) disease"),
        "nerve": text.tr("Nerve damage (neuropathy)"),
    }


def name_of(key: str, names: Mapping[str, str]) -> str:
    """``key``'s name in ``names`` (one of the functions above), or the key itself if unknown
    (a record written by a newer version).
    """
    return names.get(key, key)


def red_flag_name(key: str) -> str:
    """The name of a ticked warning sign (:data:`episode.RED_FLAGS`)."""
    return name_of(key, red_flag_names())


def condition_name(key: str) -> str:
    """The name of a condition of the profile (:data:`medical.CONDITIONS`)."""
    return name_of(key, condition_names())


def medicines_caution() -> str:
    """The required copy of CONTENT.md §5.2, wherever medicines and cramps are shown together."""
    return text.tr(
        "Do not stop or change any medicine on your own. If cramps started or worsened after a "
        "new medicine, bring your diary and medicine list to your doctor or pharmacist."
    )


def where(episode: Episode) -> str:
    """The area and side, as in "Calf, left"."""
    if episode.area not in ep.AREAS:
        return text.tr("area not given")
    name = area_name(Area(episode.area))
    side = side_name(episode.side)
    return text.tr("%1, %2", "area, side").replace("%1", name).replace("%2", side) if side else name


def duration_text(episode: Episode) -> str:
    """The length as m:ss ("not known" if not), flagged when over 10 minutes."""
    if episode.duration_s is None:
        return text.tr("not known")
    shown = when.stopwatch(episode.duration_s)
    if episode.long:
        return text.tr("%1 (over 10 min)").replace("%1", shown)
    return shown
