#!/usr/bin/env bash
# Debian packages the Docker end-to-end run needs: the engine, debootstrap for the stand-in base
# images (nothing can be pulled here), espeak-ng for the spoken question, and for the prod path the
# registry (docker-registry), its TLS and htpasswd tools (openssl, apache2-utils), the Docker host's
# sshd and the workstation's ssh client, and iproute2 to find the docker0 address. Run as root.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
apt-get -q update
apt-get -q install -y --no-install-recommends docker.io debootstrap espeak-ng \
  docker-registry openssl apache2-utils openssh-server openssh-client iproute2
