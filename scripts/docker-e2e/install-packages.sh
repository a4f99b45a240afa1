#!/usr/bin/env bash
# Debian packages the Docker end-to-end run needs: the engine, debootstrap for the stand-in base
# images (nothing can be pulled here) and espeak-ng for the spoken question. Run as root.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
apt-get -q update
apt-get -q install -y --no-install-recommends docker.io debootstrap espeak-ng
