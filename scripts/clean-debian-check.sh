#!/bin/sh
# Installs the .deb on a *clean* Debian 12 and checks that its Depends pull in everything it needs:
# debootstrap makes a minimal Debian 12 (minbase) in build/clean-debian/, then inside it (chroot,
# as root): `apt-get install ./spasm-desktop_*.deb`, and as an ordinary user: `--help`,
# `status --json` and `drink 250` with no display (on the package's own dependencies alone), then
# the app itself on a virtual screen (xvfb-run, installed only now; its libraries could cover a
# missing X library), answering `status --json` with "running": true; then `apt-get remove`,
# and the records are still there. Needs root, debootstrap and the network to Debian's mirror;
# takes about 2 minutes. The .deb comes from build/deb/ (scripts/build-deb.sh). Not in ./test.sh.
set -eu
cd "$(dirname "$0")/.."
deb=$(ls build/deb/spasm-desktop_*.deb)
root=$(pwd)/build/clean-debian
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
began=$(date +%s)
step() { echo "== $* ($(($(date +%s) - began)) s)"; }

cleanup() {
  for pid in $(ps -eo pid= 2>/dev/null); do  # anything still running inside the chroot
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill "$pid" 2>/dev/null
  done
  umount "$root/proc" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT
rm -rf "$root"
step "debootstrap --variant=minbase bookworm"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 ||
  { tail -20 "$root.log"; exit 1; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/app.deb"
cat >"$root/tmp/check.sh" <<'EOF'
set -eu
export DEBIAN_FRONTEND=noninteractive
before=$(dpkg -l | grep -c '^ii')
apt-get update -qq
apt-get install -y -q /tmp/app.deb >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }
echo "   installed with $(grep -c '^Setting up' /tmp/apt.log) packages set up ($before before)"
echo "   on the PATH: $(command -v spasm-desktop)"
useradd -m person
as() { su person -c "$1"; }
as 'spasm-desktop --help | head -1'
as 'QT_QPA_PLATFORM=offscreen spasm-desktop status --json | grep -c "\"next\"" >/dev/null && echo "   status --json answers (app not running)"'
as 'QT_QPA_PLATFORM=offscreen spasm-desktop drink 250 | sed "s/^/   /"'
apt-get install -y -q --no-install-recommends xvfb xauth >/tmp/xvfb.log 2>&1
as 'cd ~ && (xvfb-run -a -s "-screen 0 1280x720x24" spasm-desktop >/tmp/app.log 2>&1 &)'
for _ in $(seq 30); do
  as 'spasm-desktop status --json 2>/dev/null | grep -q "\"running\": true"' && break
  sleep 1
done
as 'spasm-desktop status --json | grep "\"running\"" | sed "s/^ */   the app on a virtual screen: /"'
apt-get remove -y -q spasm-desktop >/tmp/remove.log 2>&1
echo "   removed: $(command -v spasm-desktop || echo 'no spasm-desktop on the PATH')"
as 'ls ~/.local/share/spasm-desktop/records.sqlite3 | sed "s/^/   records kept: /"'
EOF
step "inside: apt-get install ./$(basename "$deb"), the app, apt-get remove"
chroot "$root" /bin/sh /tmp/check.sh
step "OK"
