#!/usr/bin/env bash
# What `npm test` needs from the operating system, checked before anything runs. As root on a
# Debian machine the missing packages are installed; otherwise the run stops at once, naming the
# exact packages. Nothing here downloads a browser or a server of its own.
#
#   chromium             the browser suites (playwright-core drives Debian's Chromium)
#   default-jre-headless the W3C Nu HTML checker (vnu-jar) of the accessibility suite
#   fonts-noto-core      Vietnamese glyphs in screenshots and layout checks
#   postgresql           a throwaway PostgreSQL cluster for the PostgreSQL pass of the suite
#   redis-server         the cross-process bus of the cluster tests (several web processes)
#   docker-compose       validates both production compose files (no Docker engine needed)
#   nginx                serves the generated redirect maps with docker/nginx-portals.conf
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
fc-list 2>/dev/null | grep -i 'noto' >/dev/null || need+=(fonts-noto-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx)

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "npm test: installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Slim images drop man pages; the JRE's postinst links one and fails without the folder.
  mkdir -p /usr/share/man/man1
  apt-get update -qq
  # Tests start their own PostgreSQL, Redis and nginx: the packages must not start services
  # (policy-rc.d answering 101 = "not allowed", for this install only).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  exit 0
fi

echo "npm test needs these Debian packages, which are missing: ${need[*]}" >&2
echo "Install them (as root) with: apt-get install -y --no-install-recommends ${need[*]}" >&2
exit 1
