#!/usr/bin/env bash
# Takes the README's screenshots with ../shared/tools/xshot (a virtual screen with a tray and a
# notification daemon): the tray menu and tooltip, a combined reminder pop-up with its
# notification, the Today window and the Settings dialog (Reminders and Do-not-disturb tabs). Needs the venv (./run.sh or ./test.sh first).
# An argument picks one group: main, player, relief, learn, welcome, record or screens (default:
# all). "screens" shoots the same windows on 1280x720 and 1024x600 screens, at 100% and 150% text,
# light and dark, into docs/screenshots/screens/. xshot comes from $XSHOT (default:
# ../shared/tools/xshot beside the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
only=${1:-all}
want() { [ "$only" = all ] || [ "$only" = "$1" ]; }
root=$(pwd)
xshot=${XSHOT:-$root/../shared/tools/xshot}
out=$root/docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Europe/Berlin
app=$root/.venv/bin/spasm-desktop

# A home where water, stretch and move came due a minute ago, inside today's active hours, and
# the person has sat for 24 minutes after two breaks on their own and one after a reminder.
seed() {
  rm -rf "$work/home"
  SPASM_DESKTOP_HOME=$work/home "$root/.venv/bin/python" - "$@" <<'PY'
import datetime as dt, json, os, sys
from spasm_desktop.core import settings
from spasm_desktop.core.reminders import EngineState
from spasm_desktop.core.sitting import Break, BreakSource, SittingState
from spasm_desktop.storage import paths, records, settings_store
p = paths.resolve(os.environ); p.ensure()
every_day = tuple([((dt.time(0, 0), dt.time(23, 59)),)] * 7)
settings_store.save(p.settings_file, settings.Settings(active_hours=every_day))
now = dt.datetime.now(dt.UTC)
store = records.RecordStore(p.database, lambda: now)
due = "due" in sys.argv[1:]
if "popup" in sys.argv[1:]:  # the pop-up alone, whatever the notification server can do
    delivery = settings.DeliverySettings(mode=settings.DeliveryMode.POPUP)
    settings_store.save(p.settings_file, settings.Settings(active_hours=every_day, delivery=delivery))
store.save_state(EngineState.fresh(now - dt.timedelta(minutes=61 if due else 5)))
store.add_drink(now - dt.timedelta(hours=2), 250, "manual")
# (the last drink 90 minutes ago for the pop-up alone: water comes due with the stretch)
last = dt.timedelta(minutes=90 if "popup" in sys.argv[1:] else 60)
store.add_drink(now - last, 500, "manual")
m = dt.timedelta(minutes=1)
sat = 35 if "popup" in sys.argv[1:] else 24  # 35: move is due too, with the stretch
store.save_sitting(SittingState(
    spell_start=now - sat * m, sat_s=sat * 60, since_prompt_s=sat * 60, counted_until=now,
    last_seen=now, day=now.astimezone().date(), today_s=192 * 60))
store.add_breaks([Break(now - 200 * m, now - 190 * m, BreakSource.NATURAL),
                  Break(now - 150 * m, now - 150 * m, BreakSource.PROMPTED),
                  Break(now - 90 * m, now - 80 * m, BreakSource.NATURAL)])
store.close()
PY
}

shot() {  # name, crop geometry, xshot -t snippet, [seed arg]
  seed "${4:-}"
  SPASM_DESKTOP_HOME=$work/home "$xshot" -o "$work/$1.png" -w 4 -t "$3" -- "$app" >/dev/null
  if [ -e "$work/$1-window.png" ]; then  # the snippet grabbed the window itself (see grab)
    cp "$work/$1-window.png" "$out/$1.png"
  else
    convert "$work/$1.png" -crop "$2" +repage "$out/$1.png"
  fi
}

if want main; then
shot tray-menu 400x500+880+300 'xdotool mousemove 1268 784 click 3; sleep 1'
shot reminder 700x780+580+20 'sleep 1' due
shot tooltip 420x220+860+580 'xdotool mousemove 1250 784 sleep 0.3 mousemove 1268 785; sleep 3'
# Whole windows, whatever their size: "import -window" on the window found by its title.
grab() { echo "; w=\$(xdotool search --name '$1' | head -1); [ -n \"\$w\" ] && import -window \"\$w\" '$work/$2-window.png'"; }
shot today - "xdotool mousemove 1268 784 click 1; sleep 1.5$(grab 'Today' today)"
shot settings - \
  "xdotool mousemove 1268 784 click 3; sleep 1; xdotool key s; sleep 2$(grab '— Settings$' settings)"
shot settings-dnd - "xdotool mousemove 1268 784 click 3; sleep 1; xdotool key s; sleep 2; \
xdotool key alt+n; sleep 1$(grab '— Settings$' settings-dnd)"
fi

# The stretch player, in each phase: the bedtime routine (dim) and the desk break (light).
player() {  # routine id, window title part, then pairs of "seconds name"
  local routine=$1 title=$2
  shift 2
  local snippet="$app routine start $routine; start=\$(date +%s.%N)"
  while (($#)); do
    snippet+="; sleep \$(echo \"$1 - (\$(date +%s.%N) - \$start)\" | bc)"
    snippet+="; import -window \"\$(xdotool search --name '$title' | head -1)\" '$out/$2.png'"
    shift 2
  done
  seed
  # The player's "before you start" screen was read on an earlier run (see player-first-run).
  SPASM_DESKTOP_HOME=$work/home "$root/.venv/bin/python" -c '
import datetime as dt, os
from spasm_desktop.storage import paths, records
p = paths.resolve(os.environ)
store = records.RecordStore(p.database, lambda: dt.datetime.now(dt.UTC))
store.save_value("player_intro_done", True)
store.close()'
  SPASM_DESKTOP_HOME=$work/home "$xshot" -o "$work/player.png" -w 3 -t "$snippet" -- "$app" \
    >/dev/null
}
if want player; then
player bedtime-core 'calves and hamstrings' 2 player-get-ready 8 player-hold 18 player-relax \
  57 player-switch
player desk-break 'Desk stretch break' 26 player-desk-move 70 player-desk-hold
fi

# The relief panel at 1280x720: the area picker, a card with a side, the 10-minute state, a card
# without a side, and the all-over emergency screen.
relief_shot() {  # name, keys typed after opening (xdotool), area argument or ""
  seed
  local snippet="$app relief $3; sleep 1.5"
  [ -n "$2" ] && snippet+="; xdotool search --name 'Cramp relief' windowfocus --sync; xdotool key $2; sleep 0.7"
  snippet+="; import -window \"\$(xdotool search --name 'Cramp relief' | head -1)\" '$out/$1.png'"
  SPASM_DESKTOP_HOME=$work/home "$xshot" -s 1280x720 -o "$work/relief.png" -w 3 -t "$snippet" \
    -- "$app" >/dev/null
}
if want relief; then
relief_shot relief-picker "" ""
relief_shot relief-calf-left "1 l" ""
relief_shot relief-ten-minutes "l alt+0" "hamstring"
relief_shot relief-belly "" "belly"
relief_shot relief-all-over "" "all_over"
fi

# The Learn page, opened from the tray menu (L).
if want learn; then
seed
SPASM_DESKTOP_HOME=$work/home "$xshot" -o "$work/learn.png" -w 4 \
  -t "xdotool mousemove 1268 784 click 3; sleep 1; xdotool key l; sleep 2; import -window \"\$(xdotool search --name 'Learn' | head -1)\" '$out/learn.png'" \
  -- "$app" >/dev/null
fi

# The first-run welcome, each page (a fresh home: no settings yet).
if want welcome; then
rm -rf "$work/home"
snippet="sleep 1; w=\$(xdotool search --name 'Welcome' | head -1); xdotool windowfocus --sync \$w"
for page in 1 2 3 4 5 6; do
  snippet+="; import -window \$w '$out/welcome-$page.png'; xdotool key --window \$w alt+n; sleep 0.8"
done
SPASM_DESKTOP_HOME=$work/home "$xshot" -o "$work/welcome.png" -w 4 -t "$snippet" -- "$app" \
  >/dev/null
fi
# The record: the diary, the history (days, charts, patterns), the health profile, "Your data",
# and the clinician report's pages (rendered with pdftoppm from poppler-utils), on 8 weeks of
# made-up use: water, breaks, bedtime routines on most nights, 20 cramps, a medicine started.
seed_record() {
  seed
  SPASM_DESKTOP_HOME=$work/home "$root/.venv/bin/python" - <<'PY'
import datetime as dt, os, random
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.sitting import Break, BreakSource
from spasm_desktop.storage import paths, records
p = paths.resolve(os.environ)
now = dt.datetime.now().astimezone()
store = records.RecordStore(p.database, lambda: now)
rnd = random.Random(7)
today = now.date()
for back in range(56, 0, -1):
    day = today - dt.timedelta(days=back)
    at = lambda h, m=0: dt.datetime.combine(day, dt.time(h, m)).astimezone()
    for h in rnd.sample(range(8, 21), rnd.randint(4, 9)):
        store.add_drink(at(h, rnd.randint(0, 59)), 250, "tray")
    store.add_breaks([Break(at(h), at(h, 10), BreakSource.NATURAL)
                      for h in rnd.sample(range(9, 17), rnd.randint(1, 5))])
    routine = rnd.random() < (0.45 if back > 28 else 0.8)
    if routine:
        store.add_session(records.RoutineSession("bedtime-core", at(22, 30), at(22, 34), True))
    if rnd.random() < (0.45 if back > 28 else 0.2) * (0.6 if routine else 1.4):
        night = day + dt.timedelta(days=1)
        start = dt.datetime.combine(night, dt.time(rnd.choice((1, 2, 3, 4)), rnd.randint(0, 59)))
        store.save_episode(Episode(
            start.astimezone(), duration_s=rnd.choice((40, 90, 150, 240, 420, 720)),
            area=rnd.choice(("calf", "calf", "calf", "foot", "hamstring")),
            side=rnd.choice(("left", "right")), severity=rnd.randint(3, 9),
            feelings=("knot", "hard"), context=("asleep",), helped=("stretch", "walk"),
            relief_minutes=rnd.randint(1, 6), woke_me=True,
            sleep_disruption=rnd.randint(2, 8), soreness_next_day=rnd.randint(0, 4),
            source="panel"))
store.save_episode(Episode(
    dt.datetime.combine(today - dt.timedelta(days=9), dt.time(16, 10)).astimezone(),
    duration_s=200, area="hand", side="right", severity=4, context=("exercise",),
    red_flags=("numbness",), source="diary"))
store.save_profile(MedicalProfile((2024, 3), ("thyroid",), ""))
store.save_medicine(Medicine("Bendroflumethiazide 2.5 mg", today - dt.timedelta(days=40)))
store.save_medicine(Medicine("Atorvastatin 20 mg", dt.date(2023, 5, 1)))
store.close()
PY
}
record_shot() {  # name, window title, keys after the tray menu is open (xdotool)
  seed_record
  local snippet="xdotool mousemove 1268 784 click 3; sleep 1; xdotool key $3; sleep 2.5"
  snippet+="; w=\$(xdotool search --name '$2' | head -1); xdotool windowfocus --sync \$w"
  [ -n "${4:-}" ] && snippet+="; xdotool key $4; sleep 1"
  snippet+="; import -window \$w '$out/$1.png'"
  SPASM_DESKTOP_HOME=$work/home "$xshot" -o "$work/record.png" -w 3 -t "$snippet" -- "$app" \
    >/dev/null
}
if want record; then
record_shot diary 'Cramp diary' i
record_shot history-days 'History' "m h"
record_shot history-charts 'History' "m h" ctrl+2
record_shot history-patterns 'History' "m h" ctrl+3
record_shot profile 'Health profile' "m p"
record_shot your-data 'Your data' "m d"
seed_record
SPASM_DESKTOP_HOME=$work/home "$app" export pdf --out "$work/report.pdf" --name "Sam Example" \
  --notes "Could the water tablet I started last month play a part? The cramps wake me most nights."
pdftoppm -png -r 70 "$work/report.pdf" "$work/report"
for page in "$work"/report-*.png; do
  n=${page##*-}; cp "$page" "$out/report-page-${n#0}"
done
fi
# Each window on each screen: NAME-THEME-WIDTHxHEIGHT-TEXT.png in docs/screenshots/screens: the
# combined reminder pop-up, the tray menu (the whole screen), Settings, the diary's form, the
# relief card (calf, left) and the stretch player (bedtime routine, holding), one app run each.
screens_shot() {  # width, height, text (100 or 150), theme (light or dark)
  local w=$1 h=$2 text=$3 theme=$4
  local tag="$theme-${w}x$h-$text" dir=$out/screens tx=$((w - 12)) ty=$((h - 16))
  # A window that is not there is said, not waited for (import without a window waits for a click).
  local grab="grab() { w=\$(xdotool search --name \"\$1\" | head -1); if [ -n \"\$w\" ]; then import -window \"\$w\" \"$dir/\$2-$tag.png\"; else echo \"no window: \$1\" >&2; fi; }"
  local menu="xdotool mousemove $tx $ty click 3; sleep 1"
  local snippet="$grab; sleep 1; grab '— Reminder$' reminder"
  snippet+="; $menu; import -window root '$dir/tray-menu-$tag.png'; xdotool key Escape; sleep 0.5"
  snippet+="; $menu; xdotool key s; sleep 2; grab '— Settings$' settings; xdotool key Escape"
  snippet+="; sleep 0.5; $menu; xdotool key i; sleep 2"
  snippet+="; xdotool search --name 'Cramp diary' windowfocus --sync; xdotool key alt+a; sleep 1.5"
  snippet+="; grab 'Add a cramp' diary-form; xdotool key Escape; sleep 0.5"
  snippet+="; $app relief calf; sleep 1.5"
  snippet+="; xdotool search --name 'Cramp relief' windowfocus --sync; xdotool key l; sleep 1"
  snippet+="; grab 'Cramp relief' relief"
  # Maximised, as a window manager would (the virtual screen has none).
  snippet+="; $app routine start bedtime-core; sleep 1"
  snippet+="; xdotool search --name 'calves and hamstrings' windowmove 0 0 windowsize $w $h"
  snippet+="; sleep 8; grab 'calves and hamstrings' player"
  seed due popup
  SPASM_DESKTOP_HOME=$work/home "$root/.venv/bin/python" -c '
import datetime as dt, os
from spasm_desktop.storage import paths, records
p = paths.resolve(os.environ)
store = records.RecordStore(p.database, lambda: dt.datetime.now(dt.UTC))
store.save_value("player_intro_done", True)
store.close()'
  mkdir -p "$dir"
  QT_FONT_DPI=$((text == 150 ? 144 : 96)) SPASM_DESKTOP_HOME=$work/home \
    "$xshot" -s "${w}x$h" -o "$work/screens.png" -w 4 -t "$snippet" \
    -- "$root/.venv/bin/python" "$root/scripts/themed_app.py" "$theme" >/dev/null
}
if want screens; then
for size in 1280x720 1024x600; do
  for text in 100 150; do
    for theme in light dark; do
      screens_shot "${size%x*}" "${size#*x}" "$text" "$theme"
    done
  done
done
fi
echo "screenshots in $out"
