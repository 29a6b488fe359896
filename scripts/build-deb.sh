#!/bin/sh
# Builds build/deb/spasm-desktop_VERSION-1_ARCH.deb from the self-contained folder
# (scripts/build-bundle.sh; built first if missing) with Debian's own tools, then checks it.
#
#   /opt/spasm-desktop/                  the bundle (the app, Python and Qt)
#   /usr/bin/spasm-desktop               a link to /opt/spasm-desktop/spasm-desktop
#   /usr/share/applications/, /usr/share/metainfo/, /usr/share/icons/hicolor/   packaging/linux/
#   /usr/share/doc/spasm-desktop/        copyright, changelog.Debian.gz
#   /usr/share/man/man1/spasm-desktop.1.gz
#
# Depends comes from dpkg-shlibdeps over every ELF file of the bundle: PyInstaller copies most
# libraries into the folder, but leaves out the ones a system must provide itself (the C
# library, OpenGL/EGL, libxcb, fontconfig ...), so only the bundle's own files say which
# packages it needs. No maintainer scripts: the icon cache and the menu are refreshed by the
# triggers of hicolor-icon-theme and desktop-file-utils, and removing the package never
# touches anyone's home folder (the settings and records stay).
# Then runs desktop-file-validate, appstreamcli validate and lintian on the result. Needs
# dpkg-dev, patchelf, desktop-file-utils, appstream and (for the last check) lintian.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
debversion="$version-1"
arch=$(dpkg --print-architecture)
bundle=build/bundle/dist/spasm-desktop
[ -x "$bundle/spasm-desktop" ] || sh scripts/build-bundle.sh

out=build/deb
pkg=$out/debian/spasm-desktop
rm -rf "$out"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/doc/spasm-desktop" \
  "$pkg/usr/share/man/man1" "$pkg/usr/share/applications" "$pkg/usr/share/metainfo"
cp -a "$bundle" "$pkg/opt/spasm-desktop"
ln -s /opt/spasm-desktop/spasm-desktop "$pkg/usr/bin/spasm-desktop"
install -m 644 packaging/linux/org.spasmdesktop.SpasmDesktop.desktop "$pkg/usr/share/applications/"
install -m 644 packaging/linux/org.spasmdesktop.SpasmDesktop.metainfo.xml "$pkg/usr/share/metainfo/"
cp -r packaging/linux/icons "$pkg/usr/share/icons"
install -m 644 packaging/debian/copyright "$pkg/usr/share/doc/spasm-desktop/copyright"
gzip -9n -c packaging/debian/changelog >"$pkg/usr/share/doc/spasm-desktop/changelog.Debian.gz"
gzip -9n -c packaging/debian/spasm-desktop.1 >"$pkg/usr/share/man/man1/spasm-desktop.1.gz"
mkdir -p "$pkg/usr/share/lintian/overrides"
grep -v '^#' packaging/debian/lintian-overrides >"$pkg/usr/share/lintian/overrides/spasm-desktop"
# As dh_strip and dh_fixperms would: the shared libraries lose their debugging symbols and
# their search paths into the machine that built Python (a RUNPATH under the builder's home;
# $ORIGIN paths stay). Never the launcher: PyInstaller keeps the app's archive at its end.
find "$pkg/opt" -type f -name '*.so*' | while read -r lib; do
  strip --strip-unneeded --remove-section=.comment --remove-section=.note "$lib"
  runpath=$(patchelf --print-rpath "$lib" 2>/dev/null || true)
  case "$runpath" in
    "" | *'$ORIGIN'*) ;;
    *) patchelf --remove-rpath "$lib" ;;
  esac
done
# Debian's permissions: folders 755, the program 755, every other file (shared libraries too) 644.
find "$pkg" -type d -exec chmod 755 {} +
find "$pkg" -type f -exec chmod 644 {} +
chmod 755 "$pkg/opt/spasm-desktop/spasm-desktop"

# Depends: dpkg-shlibdeps reads the NEEDED entries of every ELF file; the libraries found in
# the bundle itself (-l) are the package's own and need nothing.
elves=$(find "$pkg/opt" -type f \( -name '*.so*' -o -name spasm-desktop \) -print)
libdirs=$(find "$pkg/opt" -type f -name '*.so*' -exec dirname {} \; | sort -u | sed 's/^/-l/')
mkdir -p "$out/debian"
printf 'Source: spasm-desktop\n\nPackage: spasm-desktop\nArchitecture: any\n' >"$out/debian/control"
# shellcheck disable=SC2086 # one argument per file and folder
(cd "$out" && dpkg-shlibdeps -Tdebian/substvars --ignore-missing-info \
  $(echo "$libdirs" | sed "s|-l$out/|-l|") \
  -e $(echo "$elves" | sed "s|^$out/||") 2>shlibdeps.log) || { cat "$out/shlibdeps.log"; exit 1; }
depends=$(sed -n 's/^shlibs:Depends=//p' "$out/debian/substvars")
size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
sed -e "s/@VERSION@/$debversion/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
  -e "s/@DEPENDS@/$depends/" packaging/debian/control.in >"$pkg/DEBIAN/control"
deb="$out/spasm-desktop_${debversion}_$arch.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
echo "deb: $deb ($(du -h "$deb" | cut -f1); installs $((size / 1024)) MiB)"
echo "Depends: $depends"

echo "== desktop-file-validate"
desktop-file-validate "$pkg/usr/share/applications/org.spasmdesktop.SpasmDesktop.desktop" && echo "   clean"
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$pkg/usr/share/metainfo/org.spasmdesktop.SpasmDesktop.metainfo.xml" |
  sed 's/^/   /'
if command -v lintian >/dev/null; then
  echo "== lintian"
  # One line per tag with how many files it names; the overridden tags are counted apart.
  lintian --show-overrides "$deb" 2>/dev/null | sed -E 's/ \[[^]]*\]$//' | sort | uniq -c |
    sed 's/^/   /'
  echo "   (lintian done; O: is a tag overridden in packaging/debian/lintian-overrides)"
fi
cd "$root"
