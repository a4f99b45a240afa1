#!/usr/bin/env bash
# Builds the database image stand-in (postgres-image/) and tags it with the image name the dev
# stack's config gives the database, so the program's RemoteImage finds it locally. Needs the
# debian:bookworm-slim stand-in from build-base-images.sh. Rebuilt only when its sources changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
DOCKER="${DOCKER:-/usr/bin/docker}"
source "$here/image-cache.sh"

image="$(cd "$repo" && node -e '
  const { parse } = require("yaml");
  const stack = parse(require("fs").readFileSync("Pulumi.dev.yaml", "utf8"));
  process.stdout.write(stack.config["voice-assistant:database"].image);
')"

base_id="$("$DOCKER" image inspect --format '{{.Id}}' debian:bookworm-slim)"
hash="$(content_hash "$0" "$here"/postgres-image/* <(echo "$base_id"))"
if image_is_current "$image" "$hash"; then
  echo "build-postgres-image: $image is up to date ($hash)"
  exit 0
fi

echo "build-postgres-image: building $image"
log=/var/log/docker-e2e-postgres-image.log
DOCKER_BUILDKIT=1 "$DOCKER" build --progress=plain --label "$cache_label=$hash" --tag "$image" "$here/postgres-image" >"$log" 2>&1 || {
  tail -n 40 "$log" >&2
  exit 1
}
echo "build-postgres-image: built $image"
