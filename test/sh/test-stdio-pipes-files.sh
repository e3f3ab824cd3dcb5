#!/usr/bin/env bash
# stdio over pipes and files, as node 20 behaves (expected values below were
# produced by running the same commands with node 20).
# usage: test-stdio-pipes-files.sh RUNTIME
set -u
rt=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # name expected actual
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected [$2], got [$3]"; fail=1; else echo "ok $1"; fi
}

# A large write to a pipe is all delivered before the process exits.
check pipe-1e6 1000000 "$("$rt" -e "process.stdout.write('x'.repeat(1e6))" | wc -c)"

# A slow reader: writes queue (async on pipes), nothing is lost.
check pipe-slow-reader 10000100 "$("$rt" -e "for (let i = 0; i < 100; i++) process.stdout.write('y'.repeat(100000) + '\n')" | (sleep 0.3; wc -c))"

# console.log and process.stdout.write keep their order on a pipe.
check pipe-order "a b c d" "$("$rt" -e "console.log('a'); process.stdout.write('b\n'); console.log('c'); process.stdout.write('d\n')" | tr '\n' ' ' | sed 's/ $//')"

# To a file: synchronous, complete.
"$rt" -e "process.stdout.write('z'.repeat(1e6)); console.log(process.stdout._type, process.stdout.isTTY)" > "$tmp/out.txt"
check file-size 1000013 "$(wc -c < "$tmp/out.txt")"
check file-type "fs undefined" "$(tail -c 13 "$tmp/out.txt" | tr -d '\n')"

check pipe-type "pipe undefined false" "$("$rt" -e "console.log(process.stdout._type, process.stdout.isTTY, require('tty').isatty(1))" | cat)"

# stdin from a file and from a pipe, piped to stdout.
printf 'line one\nline two\n' > "$tmp/in.txt"
check stdin-file-pipe "line one line two" "$("$rt" -e "process.stdin.pipe(process.stdout)" < "$tmp/in.txt" | tr '\n' ' ' | sed 's/ $//')"
check stdin-pipe-for-await "chunks:1 bytes:18" "$(printf 'line one\nline two\n' | "$rt" -e "(async () => { let n = 0, b = 0; for await (const c of process.stdin) { n++; b += c.length; } console.log('chunks:' + n, 'bytes:' + b); })()")"
check stdin-data-end "data end" "$(echo hi | "$rt" -e "process.stdin.on('data', () => process.stdout.write('data ')).on('end', () => console.log('end'))")"
check stdin-setEncoding "\"hé\\n\"" "$(printf 'h\xc3\xa9\n' | "$rt" -e "process.stdin.setEncoding('utf8'); process.stdin.on('data', (d) => console.log(JSON.stringify(d)))")"

# Touching process.stdin without reading it does not keep the process alive.
check stdin-unread-exits "exits" "$( (sleep 2; echo late) | timeout 10 "$rt" -e "process.stdin; setTimeout(() => console.log('exits'), 10)")"

# stderr to a pipe, too.
check stderr-pipe 200000 "$("$rt" -e "process.stderr.write('e'.repeat(200000))" 2>&1 >/dev/null | wc -c)"

exit $fail
