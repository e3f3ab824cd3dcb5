#!/usr/bin/env bash
# stdio on a terminal (a pty from util-linux's `script`), as node 20 behaves.
# usage: test-stdio-tty.sh RUNTIME
set -u
rt=$1
command -v script >/dev/null || { echo "no 'script' (util-linux): skipped"; exit 0; }
fail=0
run_tty() { NO_COLOR=1 script -qec "$1" /dev/null < /dev/null | tr -d "\r"; }
out=$(run_tty "$rt -e \"const tty = require('tty'); console.log(process.stdout.isTTY, process.stdin.isTTY, tty.isatty(1), process.stdout._type, typeof process.stdout.columns, process.stdout.constructor.name, process.stdin.constructor.name, typeof process.stdout.getColorDepth())\"")
expected="true true true tty number WriteStream ReadStream number"
if [ "$out" != "$expected" ]; then echo "FAIL tty-basics: expected [$expected], got [$out]"; fail=1; else echo "ok tty-basics"; fi
out=$(run_tty "$rt -e \"process.stdin.setRawMode(true); console.log(process.stdin.isRaw); process.stdin.setRawMode(false); console.log(process.stdin.isRaw)\"")
expected=$'true\nfalse'
if [ "$out" != "$expected" ]; then echo "FAIL tty-raw: expected [$expected], got [$out]"; fail=1; else echo "ok tty-raw"; fi
out=$(run_tty "$rt -e \"process.stdout.write('x'.repeat(100000)); process.stdout.write('\\\\n')\"" | wc -c)
if [ "$out" != "100001" ]; then echo "FAIL tty-large-write: expected [100001], got [$out]"; fail=1; else echo "ok tty-large-write"; fi
exit $fail
