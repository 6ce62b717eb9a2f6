#!/usr/bin/env bash
# Builds the native packages with the `package` profile and smoke-tests the built launcher
# headless: --version, validate on the bundled examples (extracted by the launcher itself),
# and validate on a broken model (must exit 1). Checks the .deb's metadata and contents when
# one was built. Exits non-zero on the first failure. Not part of `mvn verify` (it takes a
# minute or two).
#
#   packaging/check.sh                             build, then check
#   packaging/check.sh --no-build                  check what target/jpackage holds already
#   packaging/check.sh --no-build --skip-deb=true  ... the app image only (mvn -Ppackage verify runs this
#                                                  with the build's skip.deb)
#
# The .deb needs dpkg-deb and fakeroot; without them it is skipped (-Dskip.deb) and only the
# app image is checked.
set -euo pipefail

cd "$(dirname "$0")/.."
build=1
skip_deb=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --skip-deb=*) skip_deb="${arg#--skip-deb=}" ;;
    *) echo "check.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

fail() { echo "check.sh: FAIL: $*" >&2; exit 1; }

deb=1
if [[ "$skip_deb" == "true" ]]; then
  deb=0
elif ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
  echo "check.sh: dpkg-deb or fakeroot missing: the .deb is skipped"
  deb=0
fi

if (( build )); then
  args=(-B -ntp -Ppackage -DskipTests package)
  (( deb )) || args+=(-Dskip.deb)
  echo "check.sh: mvn ${args[*]}"
  mvn "${args[@]}" || fail "the build failed"
fi

launcher=target/jpackage/ProductScope/bin/ProductScope
[[ -x "$launcher" ]] || fail "no launcher at $launcher"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Headless: no display, and a private HOME (JavaFX would unpack its libraries there).
run() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" "$launcher" "$@"; }
mkdir -p "$work/home"

out=$(run --version) || fail "--version exited $?"
echo "$out"
[[ "$out" == ProductScope* ]] || fail "--version printed no 'ProductScope ...' line"

run examples --extract "$work/examples" >/dev/null || fail "examples --extract exited $?"
shopt -s nullglob
examples=("$work"/examples/*.json)
(( ${#examples[@]} > 0 )) || fail "examples --extract wrote no model"
run validate "${examples[@]}" || fail "validate on the bundled examples exited $?"

# A broken model must be reported with exit code 1.
sed 's/"version"/"versionX"/' "${examples[0]}" > "$work/broken.json"
set +e
run validate "$work/broken.json" >/dev/null 2>&1
rc=$?
set -e
(( rc == 1 )) || fail "validate on a broken model exited $rc, expected 1"
echo "check.sh: a broken model is refused (exit 1)"

if (( deb )); then
  debs=(target/jpackage/productscope_*.deb)
  (( ${#debs[@]} == 1 )) || fail "expected one target/jpackage/productscope_*.deb, found ${#debs[@]}"
  info=$(dpkg-deb -f "${debs[0]}" Package Version Depends)
  echo "$info"
  grep -q '^Package: productscope$' <<<"$info" || fail "the .deb's package name is not productscope"
  grep -q 'libgtk-3-0' <<<"$info" || fail "the .deb does not depend on libgtk-3-0"
  contents=$(dpkg-deb -c "${debs[0]}")
  for f in ./opt/productscope/bin/ProductScope ./opt/productscope/lib/app/productscope.jar \
           ./opt/productscope/lib/productscope-ProductScope.desktop \
           ./opt/productscope/lib/productscope-ProductScope-MimeInfo.xml; do
    grep -q " $f\$" <<<"$contents" || fail "the .deb lacks $f"
  done
  # The maintainer scripts must not fail the install where no desktop menu can be written
  # (servers, containers): run them with xdg-* stubs that fail, and a stub ln that only records.
  scripts="$work/maintainer-scripts"
  mkdir "$scripts"
  dpkg-deb -e "${debs[0]}" "$scripts/control"
  mkdir "$scripts/bin"
  for tool in xdg-desktop-menu xdg-mime xdg-icon-resource; do
    printf '#!/bin/sh\necho "%s: No writable system menu directory found." >&2\nexit 3\n' "$tool" \
      > "$scripts/bin/$tool"
  done
  printf '#!/bin/sh\necho "$*" >> "%s/ln.calls"\n' "$scripts" > "$scripts/bin/ln"
  chmod +x "$scripts/bin/"*
  PATH="$scripts/bin:$PATH" sh "$scripts/control/postinst" configure 2>/dev/null \
    || fail "postinst configure fails when the desktop menu cannot be written"
  grep -q -- '-sf /opt/productscope/bin/ProductScope /usr/bin/productscope' "$scripts/ln.calls" \
    || fail "postinst does not link /usr/bin/productscope"
  PATH="$scripts/bin:$PATH" sh "$scripts/control/prerm" remove 2>/dev/null \
    || fail "prerm remove fails when the desktop menu cannot be written"
  echo "check.sh: postinst and prerm survive a machine without a desktop menu"
  echo "check.sh: ${debs[0]} looks right"
fi

echo "check.sh: OK"
