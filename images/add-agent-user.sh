#!/bin/sh
# The unprivileged user every agent runs as, owning the directories the stack mounts volumes on,
# so that fresh named volumes start out writable by it. (Debian already has a group "voice".)
set -eu
uid="$1"
groupadd --system --gid "$uid" agent
useradd --system --uid "$uid" --gid agent --home-dir /app --no-create-home --shell /usr/sbin/nologin agent
install -d -o agent -g agent /var/log/voice /etc/voice /models /var/backups/voice /var/lib/voice/speakers
