#!/bin/sh
# macOS disk image. A RECIPE NOT YET RUN: nothing here has been built or tried on a Mac.
# On macOS, after: pyinstaller packaging/pyinstaller/spasm-desktop.spec
#   (which gives "build/bundle/dist/Spasm Desktop.app")
# run: sh packaging/macos/make-dmg.sh  ->  build/macos/SpasmDesktop-0.1.0.dmg
# To open without Gatekeeper refusing it, sign the app with a Developer ID Application
# certificate (codesign --deep --options runtime --timestamp), notarize the DMG
# (xcrun notarytool submit --wait) and staple the ticket (xcrun stapler staple).
set -eu
cd "$(dirname "$0")/../.."
app="build/bundle/dist/Spasm Desktop.app"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
stage=build/macos/stage
rm -rf "$stage" && mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"  # drag the app onto this folder to install it
hdiutil create -volname "Spasm Desktop" -srcfolder "$stage" -ov -format UDZO \
  "build/macos/SpasmDesktop-$version.dmg"
