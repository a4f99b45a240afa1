#!/usr/bin/env bash
# Installs pgvector into the machine's PostgreSQL (Debian bookworm, PostgreSQL 15) and checks that a
# database on the running server can create the extension.
#
# pgvector is not packaged for bookworm, so it is built from Debian trixie's source package against
# bookworm's postgresql-server-dev: only trixie's *source* index is added, never its binaries, so
# nothing else on the machine moves to trixie. Idempotent: a second run finds the extension
# installed and only re-checks the server.
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)}"
PG_MAJOR="${PG_MAJOR:-15}"
PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
PGHOST="${PGHOST:-127.0.0.1}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGUSER

extension_installed() {
  [ -x "$PG_CONFIG" ] && [ -f "$("$PG_CONFIG" --sharedir)/extension/vector.control" ] \
    && [ -f "$("$PG_CONFIG" --pkglibdir)/vector.so" ]
}

if ! extension_installed; then
  echo "setup-pgvector: building pgvector for PostgreSQL ${PG_MAJOR} from trixie's source package"
  cat > /etc/apt/sources.list.d/trixie-src.sources <<SOURCES
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    build-essential dpkg-dev "postgresql-server-dev-${PG_MAJOR}"
  workdir="$(mktemp -d)"
  trap 'rm -rf "$workdir"' EXIT
  (cd "$workdir" && apt-get source --download-only pgvector && dpkg-source -x pgvector_*.dsc src)
  make -C "$workdir/src" PG_CONFIG="$PG_CONFIG" -j"$(nproc)" OPTFLAGS=""
  make -C "$workdir/src" PG_CONFIG="$PG_CONFIG" install
  extension_installed
fi

if command -v pg_ctlcluster >/dev/null && ! pg_isready -q; then
  pg_ctlcluster --skip-systemctl-redirect "$PG_MAJOR" main start
fi
version="$(psql -v ON_ERROR_STOP=1 -qAt -d postgres \
  -c 'BEGIN' -c 'CREATE EXTENSION IF NOT EXISTS vector' \
  -c "SELECT extversion FROM pg_extension WHERE extname = 'vector'" -c 'ROLLBACK')"
echo "setup-pgvector: pgvector ${version} ready in PostgreSQL ${PG_MAJOR}"
