#!/usr/bin/env bash
# Makes sure the live tests (npm run test:live) and `npm run bench:collab -- --servers N` can start
# a real Redis and PostgreSQL: Debian's redis-server and postgresql packages. Like
# ensure-browser.sh, it installs them when missing and running as root with apt-get, and otherwise
# says exactly what to install. Nothing is left running: the tests start their own servers in
# temporary directories (scripts/live-services.ts).
#
# POSTGRES_BIN overrides where initdb/pg_ctl are (default: the newest /usr/lib/postgresql/N/bin).
set -euo pipefail

have_redis() { command -v "${REDIS_SERVER:-redis-server}" >/dev/null 2>&1; }
have_postgres() {
  if [[ -n "${POSTGRES_BIN:-}" ]]; then [[ -x "$POSTGRES_BIN/initdb" && -x "$POSTGRES_BIN/pg_ctl" ]]; else compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null; fi
}

missing=()
have_redis || missing+=("redis-server")
have_postgres || missing+=("postgresql")

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "ensure-live-services: redis-server and PostgreSQL are installed."
  exit 0
fi

echo "ensure-live-services: missing ${missing[*]} (needed by the live scale-out tests)."

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-live-services: running as root with apt-get, so installing them now:"
  echo "  apt-get update && apt-get install -y ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "${missing[@]}"
  # The packages start system-wide services; the tests start their own, so stop those again.
  if command -v service >/dev/null 2>&1; then
    service redis-server stop >/dev/null 2>&1 || true
    service postgresql stop >/dev/null 2>&1 || true
  fi
  have_redis && have_postgres || { echo "ensure-live-services: installed, but redis-server or pg_ctl is still missing." >&2; exit 1; }
  echo "ensure-live-services: installed redis-server and PostgreSQL."
  exit 0
fi

cat >&2 <<MSG
ensure-live-services: cannot install them from here (this needs root and apt-get).
Install them, then run the tests again. On Debian or Ubuntu:

  sudo apt-get update && sudo apt-get install -y redis-server postgresql

Elsewhere: put redis-server on PATH, and point POSTGRES_BIN at the folder holding initdb and
pg_ctl (e.g. POSTGRES_BIN=/opt/homebrew/opt/postgresql@15/bin npm run test:live).
MSG
exit 1
