#!/usr/bin/env bash
# Local stand-ins for the base images, since no image can be pulled here: Debian bookworm from
# debootstrap, imported as debian:bookworm-slim (the database image builds on it), and the same tree
# plus this machine's Node.js 20, npm and CA bundle, imported as node:20-bookworm-slim (the agent
# images' BASE_IMAGE). Rebuilt only when one of their sources changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
DOCKER="${DOCKER:-/usr/bin/docker}"
source "$here/image-cache.sh"

debian_image=debian:bookworm-slim
node_image=node:20-bookworm-slim
node_bin=/usr/bin/node
npm_dir=/usr/lib/node_modules/npm
# Without this bundle, TLS from inside a container fails here (self-signed certificate in chain).
ca_bundle=/etc/ssl/certs/ca-certificates.crt
apt_sources=/etc/apt/sources.list.d/debian.sources

if [[ "$("$node_bin" --version)" != v20.* ]]; then
  echo "build-base-images: $node_bin is $("$node_bin" --version); the stand-in for $node_image needs Node.js 20" >&2
  exit 1
fi

hash="$(content_hash "$0" "$node_bin" "$npm_dir/package.json" "$ca_bundle" "$apt_sources")"
if image_is_current "$debian_image" "$hash" && image_is_current "$node_image" "$hash"; then
  echo "build-base-images: $debian_image and $node_image are up to date ($hash)"
  exit 0
fi

rootfs="$(mktemp -d /var/tmp/docker-e2e-rootfs.XXXXXX)"
trap 'rm -rf "$rootfs"' EXIT

echo "build-base-images: debootstrap bookworm"
debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >/var/log/docker-e2e-debootstrap.log 2>&1 || {
  tail -n 20 /var/log/docker-e2e-debootstrap.log >&2
  exit 1
}
rm -f "$rootfs/etc/apt/sources.list"
cp "$apt_sources" "$rootfs/etc/apt/sources.list.d/"
install -D -m 0644 "$ca_bundle" "$rootfs$ca_bundle"
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*

import_rootfs() { # IMAGE CHANGE...
  local image="$1"
  shift
  local changes=(--change "LABEL $cache_label=$hash" --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
  for change in "$@"; do changes+=(--change "$change"); done
  tar -C "$rootfs" -c . | "$DOCKER" import "${changes[@]}" - "$image" >/dev/null
  echo "build-base-images: imported $image"
}

import_rootfs "$debian_image" 'CMD ["bash"]'

install -D -m 0755 "$node_bin" "$rootfs/usr/local/bin/node"
mkdir -p "$rootfs/usr/local/lib/node_modules"
cp -a "$npm_dir" "$rootfs/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
import_rootfs "$node_image" "ENV NODE_EXTRA_CA_CERTS=$ca_bundle" 'CMD ["node"]'
