# Sourced by run.sh. Starts dockerd unless one already answers, and stops only a dockerd it started,
# so a hand run on a workstation leaves the owner's engine alone.

dockerd_log=/var/log/docker-e2e-dockerd.log
started_dockerd_pid=""

start_dockerd() {
  if "$DOCKER" info >/dev/null 2>&1; then
    echo "docker-e2e: using the dockerd that is already running"
    return 0
  fi
  dockerd >"$dockerd_log" 2>&1 &
  started_dockerd_pid=$!
  for _ in $(seq 60); do
    if "$DOCKER" info >/dev/null 2>&1; then
      echo "docker-e2e: dockerd started (pid $started_dockerd_pid, log $dockerd_log)"
      return 0
    fi
    if ! kill -0 "$started_dockerd_pid" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "docker-e2e: dockerd did not come up; last lines of $dockerd_log:" >&2
  tail -n 30 "$dockerd_log" >&2
  return 1
}

stop_dockerd() {
  if [ -z "$started_dockerd_pid" ]; then return 0; fi
  kill -TERM "$started_dockerd_pid" 2>/dev/null || true
  # dockerd stops its containerd first; that can take a few seconds.
  wait "$started_dockerd_pid" 2>/dev/null || true
  echo "docker-e2e: dockerd stopped"
  started_dockerd_pid=""
}
