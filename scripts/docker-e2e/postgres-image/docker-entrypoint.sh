#!/bin/sh
# What the official postgres image's entrypoint does with the settings the stack passes: a fresh
# data directory is initialised for POSTGRES_USER with POSTGRES_PASSWORD (or the content of the file
# POSTGRES_PASSWORD_FILE names, its file_env convention), network clients must authenticate with a
# password, and the server listens on every interface.
set -eu

if [ -n "${POSTGRES_PASSWORD_FILE:-}" ]; then
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    echo "docker-entrypoint: both POSTGRES_PASSWORD and POSTGRES_PASSWORD_FILE are set (but are exclusive)" >&2
    exit 1
  fi
  POSTGRES_PASSWORD="$(cat "$POSTGRES_PASSWORD_FILE")"
fi

if [ "${POSTGRES_DB:-postgres}" != postgres ]; then
  echo "docker-entrypoint: this stand-in creates no database besides postgres (POSTGRES_DB=$POSTGRES_DB)" >&2
  exit 1
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?must be set to initialise the database}"
  pwfile="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  initdb --username="${POSTGRES_USER:-postgres}" --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >>"$PGDATA/postgresql.conf"
  echo "docker-entrypoint: initialised $PGDATA"
fi

exec postgres "$@"
