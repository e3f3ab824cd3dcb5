#!/usr/bin/env bash
# Signal dispositions at start-up, as node's: SIGINT inherited as ignored (a
# shell's background job) is reset, so SIGINT still ends the process; SIGPIPE
# is ignored, so writing to a closed pipe is an EPIPE error, not a silent death.
# usage: test-process-signals.sh RUNTIME
set -u
rt=$1
fail() { echo "FAIL: $*"; exit 1; }

# 1. SIGINT while SIGINT was ignored by the parent: killed by SIGINT (130).
( trap '' INT; exec "$rt" -e 'setInterval(() => {}, 1000); console.log("up")' ) > /tmp/eddy-sig.$$ &
pid=$!
for _ in $(seq 50); do [ -s /tmp/eddy-sig.$$ ] && break; sleep 0.1; done
kill -INT $pid
wait $pid
status=$?
rm -f /tmp/eddy-sig.$$
[ "$status" = 130 ] || fail "SIGINT with an inherited ignore: status $status, expected 130"

# 2. Writing to a pipe whose reader left: an 'error' with code EPIPE.
err=$(mktemp)
"$rt" -e '
process.stdout.on("error", (e) => { process.stderr.write(e.code + "\n"); process.exit(0); });
const big = "x".repeat(1 << 16);
(function w() { process.stdout.write(big); setImmediate(w); })();
' 2>"$err" | head -c 1 >/dev/null
got=$(cat "$err")
rm -f "$err"
[ "$got" = EPIPE ] || fail "write to a closed pipe: stderr '$got', expected EPIPE"
echo ok
