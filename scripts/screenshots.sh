#!/usr/bin/env bash
# Takes the README's screenshots with ../shared/tools/xshot (a virtual screen with a tray and a
# notification daemon): the tray menu, a combined reminder pop-up with its notification, the
# Today window and the Settings dialog. Needs the venv (./run.sh or ./test.sh first).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
xshot=${XSHOT:-$root/../shared/tools/xshot}
out=$root/docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Europe/Berlin
app=$root/.venv/bin/spasm-desktop

# A home where water, stretch and move came due a minute ago, inside today's active hours.
seed() {
  rm -rf "$work/home"
  SPASM_DESKTOP_HOME=$work/home "$root/.venv/bin/python" - "$@" <<'PY'
import datetime as dt, json, os, sys
from spasm_desktop.core import settings
from spasm_desktop.core.reminders import EngineState
from spasm_desktop.storage import paths, records, settings_store
p = paths.resolve(os.environ); p.ensure()
every_day = tuple([((dt.time(0, 0), dt.time(23, 59)),)] * 7)
settings_store.save(p.settings_file, settings.Settings(active_hours=every_day))
now = dt.datetime.now(dt.UTC)
store = records.RecordStore(p.database, lambda: now)
due = sys.argv[1:] == ["due"]
store.save_state(EngineState.fresh(now - dt.timedelta(minutes=61 if due else 5)))
store.add_drink(now - dt.timedelta(hours=2), 250, "manual")
store.add_drink(now - dt.timedelta(hours=1), 500, "manual")
store.close()
PY
}

shot() {  # name, crop geometry, xshot -t snippet, [seed arg]
  seed "${4:-}"
  SPASM_DESKTOP_HOME=$work/home "$xshot" -o "$work/$1.png" -w 4 -t "$3" -- "$app" >/dev/null
  convert "$work/$1.png" -crop "$2" +repage "$out/$1.png"
}

shot tray-menu 400x330+880+470 'xdotool mousemove 1268 784 click 3; sleep 1'
shot reminder 700x780+580+20 'sleep 1' due
shot today 560x420+0+0 'xdotool mousemove 1268 784 click 1; sleep 1.5'
shot settings 620x560+330+120 'xdotool mousemove 1268 784 click 3; sleep 1; xdotool key s; sleep 2'
echo "screenshots in $out"
