#!/usr/bin/env bash
# Installs what the HTML report's browser test needs, with apt-get, and only what is missing:
#   chromium and chromium-driver (headless Chromium driven by Selenium), and a CJK font so that the
#   report's Chinese renders as characters in the screenshot, not as boxes.
# Idempotent and quiet: a machine that has everything prints nothing and runs no apt-get at all.
set -euo pipefail

packages=(chromium chromium-driver fonts-wqy-zenhei)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi
echo "install-browser: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Another install may hold dpkg's lock (CI and other tools run apt-get too): wait for it rather than fail.
apt=(apt-get -qq -o DPkg::Lock::Timeout=600)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# apt's chatter only when it fails (then it says why).
if ! { $sudo "${apt[@]}" update && $sudo "${apt[@]}" install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-browser: apt-get could not install ${missing[*]}" >&2
  exit 1
fi
