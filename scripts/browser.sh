#!/usr/bin/env bash
#
# Makes sure Debian's Chromium is installed, for the browser tests of the system tests (system-tests'
# io.casework.system.console). Playwright drives this browser instead of the one it would download: the
# download comes from Microsoft's CDN, which CI machines and a council's build servers may not reach, and
# Debian's build gets security updates with the rest of the machine. Prints the version the tests will run.
# CHROMIUM_PATH names another Chromium to use instead (the tests read the same variable).
set -euo pipefail

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

if [ ! -x "$CHROMIUM" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "[browser] CHROMIUM_PATH=$CHROMIUM is not an executable" >&2
    exit 1
  fi
  echo "[browser] installing Chromium from Debian"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# Debian's launcher checks /dev/shm's free space and prints a shell error where findmnt lists two mounts there
# (a container's); harmless, and kept out of the version line.
echo "[browser] $("$CHROMIUM" --version 2>/dev/null)"
