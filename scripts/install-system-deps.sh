#!/usr/bin/env bash
# Debian packages the agents and their tests use, plus pgvector for the machine's PostgreSQL.
# Run as root (or with sudo) once per machine; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  espeak-ng sox                     # real speech test audio and the spoken replies
  pocketsphinx pocketsphinx-en-us   # the offline speech-to-text engine
  flite                             # more voices for `npm run eval:stt`
  sphinxtrain sphinxbase-utils      # bw, map_adapt and sphinx_fe for `npm run stt:adapt-speaker` (speaker enrolment)
  chromium                          # the web client's browser tests and `npm run bench:web` (with playwright-core)
)
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
bash scripts/setup-pgvector.sh
