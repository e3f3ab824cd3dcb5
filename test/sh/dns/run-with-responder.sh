# Sourced by test/sh/test-dns-resolve*.sh: starts dns-responder.py, runs
# dns/NAME.js under RUNTIME with its port and compares the output with
# dns/NAME.expected (written instead when EDDY_UPDATE_EXPECTED=1) and the
# exit status with STATUS (default 0); FLAGS go to RUNTIME.
run_with_responder() {  # RUNTIME NAME [STATUS [FLAGS...]]
  local rt=$1 name=$2 want_status=${3:-0}
  shift 3 2>/dev/null || shift $#
  local dir
  dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  command -v python3 >/dev/null || { echo "python3 not installed: skipped"; return 0; }
  local tmp
  tmp=$(mktemp -d)
  python3 "$dir/../dns-responder.py" > "$tmp/port" &
  local srv_pid=$!
  # shellcheck disable=SC2064
  trap "kill $srv_pid 2>/dev/null; wait $srv_pid 2>/dev/null; rm -rf '$tmp'" EXIT
  for _ in $(seq 1 100); do [ -s "$tmp/port" ] && break; sleep 0.05; done
  local port
  port=$(head -1 "$tmp/port")
  [ -n "$port" ] || { echo "FAIL responder did not start"; return 1; }
  "$rt" "$@" "$dir/$name.js" "$port" > "$tmp/out" 2>&1
  local status=$?
  if [ "${EDDY_UPDATE_EXPECTED:-}" = 1 ]; then
    cp "$tmp/out" "$dir/$name.expected"
    echo "wrote $dir/$name.expected"
    return 0
  fi
  if [ "$status" != "$want_status" ] || ! diff -u "$dir/$name.expected" "$tmp/out"; then
    echo "FAIL $name (exit status $status)"
    return 1
  fi
  echo "ok $name"
}
