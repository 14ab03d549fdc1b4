#!/bin/sh
# Installs and starts a local PostgreSQL for the store contract suite and the worker test.
# Sourced by .ci/run, which then sets ORBIT_TEST_PG=postgres://orbit:orbit@127.0.0.1:5432/orbit_test.
# Idempotent: safe to run on a machine where PostgreSQL is already installed and running. Exports nothing.
# The work runs in a subshell so that sourcing this file changes no option, variable or argument of the caller.
(
set -e
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
# Debian creates one cluster on install; create it if an image removed it.
if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  pg_createcluster "$(ls /usr/lib/postgresql | sort -n | tail -1)" main >/dev/null
fi
set -- $(pg_lsclusters -h | head -1)
if [ "$4" != "online" ]; then
  pg_ctlcluster "$1" "$2" start
fi
# Wait until it accepts connections (at most ~30 s).
i=0
until su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -gt 30 ]; then echo "postgres.sh: PostgreSQL did not start" >&2; exit 1; fi
  sleep 1
done
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='orbit'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"create role orbit login password 'orbit' createdb\""
su postgres -c "psql -qtAc \"select 1 from pg_database where datname='orbit_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O orbit orbit_test"
)
