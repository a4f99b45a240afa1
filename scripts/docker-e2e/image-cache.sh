# Sourced by the stand-in image builders. An image records the hash of what it was built from in a
# label, so a rerun skips every image whose sources did not change.

cache_label=voice.e2e.content-hash

# content_hash FILE...: one short hash over the contents of the files, in order.
content_hash() {
  cat "$@" | sha256sum | cut -c1-16
}

# image_is_current IMAGE HASH
image_is_current() {
  local recorded
  recorded="$("$DOCKER" image inspect --format "{{ index .Config.Labels \"$cache_label\" }}" "$1" 2>/dev/null || true)"
  [ "$recorded" = "$2" ]
}
