#!/bin/sh
# Installs, from the lockfile, the runtime dependencies of the kit and one image family only.
set -eu
family="$1"
# The image never needs the root's dev tools; without them npm ci checks only what it installs.
npm pkg delete devDependencies
npm ci --omit=dev --workspace agents-src/kit --workspace "agents-src/$family"
