#!/usr/bin/env bash
# The end-to-end check on a real Docker engine (issue 7), for CI and by hand: `npm run test:docker`,
# as root, after `npm ci`. Installs the engine, starts dockerd (and stops it again), builds the
# stand-in base and database images, compiles the dist/ the dev stack mounts into the agents, then
# stack-check.ts deploys the dev stack from the Pulumi program, checks it and tears it down, and
# prod-check.ts does the same with the prod stack's shape: a registry, an ssh:// Docker host.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/docker-e2e
export DOCKER=/usr/bin/docker
source "$here/dockerd.sh"

run_started=$SECONDS
step() { # NAME COMMAND...
  local name="$1" started=$SECONDS status=0
  shift
  echo "docker-e2e: == $name"
  "$@" || status=$?
  echo "docker-e2e: == $name took $((SECONDS - started)) s"
  return "$status"
}
finish() {
  local status=$?
  stop_dockerd
  echo "docker-e2e: whole run took $((SECONDS - run_started)) s, exit $status"
}
trap finish EXIT

step "install docker.io, debootstrap, espeak-ng, docker-registry, openssh-server" bash "$here/install-packages.sh"
step "start dockerd" start_dockerd
step "stand-in base images" bash "$here/build-base-images.sh"
step "stand-in database image" bash "$here/build-postgres-image.sh"
step "compile dist/ for the dev stack's source mount" npm run -s build
step "deploy, check and tear down the dev stack" npx ts-node --transpile-only "$here/stack-check.ts"
step "prod path: push to a registry, deploy over ssh://, re-pull with registryAuth" npx ts-node --transpile-only "$here/prod-check.ts"
