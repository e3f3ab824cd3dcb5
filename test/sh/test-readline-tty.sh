#!/usr/bin/env bash
# readline and tty on a real terminal (a pty driven by pty_driver.py), as
# node 20 behaves: question() with typed and edited answers, CRLF, raw mode
# on and off, 'resize' with the new columns/rows, colour depth.
# usage: test-readline-tty.sh RUNTIME
set -u
# Colour depth follows the environment as in node (CI, NO_COLOR, FORCE_COLOR,
# COLORTERM...): start from none of them so the CI's own variables don't decide.
unset CI NO_COLOR NODE_DISABLE_COLORS FORCE_COLOR COLORTERM TERM_PROGRAM TMUX TEAMCITY_VERSION
rt=$1
here=$(cd "$(dirname "$0")" && pwd)
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 0; }
drive() { python3 "$here/pty_driver.py" "$@"; }
fail=0
check() {
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected [$2], got [$3]"; fail=1; else echo "ok $1"; fi
}
run_both() {  # name steps script: the same answers from eddy and node
  local out nout
  out=$(NO_COLOR=1 drive "$2" "$rt" -e "$3" | grep '^RESULT')
  check "$1" "$4" "$out"
  if command -v node >/dev/null; then
    nout=$(NO_COLOR=1 drive "$2" node -e "$3" | grep '^RESULT')
    check "$1-same-as-node" "$nout" "$out"
  fi
}

script='
const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
console.log("RAW", process.stdin.isRaw, rl.terminal);
rl.question("name? ", (a) => {
  console.log("RESULT " + JSON.stringify(a));
  rl.question("again? ", (b) => {
    console.log("RESULT " + JSON.stringify(b));
    rl.on("line", (l) => console.log("RESULT line " + JSON.stringify(l)));
    rl.on("close", () => console.log("RESULT close " + process.stdin.isRaw));
  });
});'
run_both question '[["expect","name\\? $"],["send","eddy!\r"],
  ["expect","again\\? $"],["send","crlf\r\nnext\r"],["expect","line"],["send","\u0004"],["wait_exit"]]' \
  "$script" "$(printf '%s\n' 'RESULT "eddy!"' 'RESULT "crlf"' 'RESULT line "next"' 'RESULT close false')"

# Editing keys inside one chunk (node 20 drops a Ctrl-A that arrives in the
# same read as other keys; eddy applies every key in order).
out=$(NO_COLOR=1 drive '[["expect","name\\? $"],["send","ed\u0001>\u0005dyx\u007f!\r"],
  ["expect","again\\? $"],["send","\u0004"],["wait_exit"]]' "$rt" -e "$script" | grep '^RESULT' | head -1)
check question-editing 'RESULT ">eddy!"' "$out"

script='
const rl = require("readline/promises").createInterface({ input: process.stdin, output: process.stdout });
(async () => {
  const a = await rl.question("q1? ");
  console.log("RESULT " + a.toUpperCase());
  rl.close();
})();'
run_both promises '[["expect","q1\\? $"],["send","hello\r"],["wait_exit"]]' "$script" "RESULT HELLO"

script='
const out = process.stdout;
console.log("SIZE", out.columns, out.rows);
out.on("resize", () => {
  console.log("RESULT resize " + out.columns + "x" + out.rows + " " +
              out.getWindowSize().join("x"));
  process.exit();
});
console.log("READY");
setTimeout(() => {}, 20000);'
run_both resize '[["expect","READY"],["resize",30,100],["wait_exit"]]' "$script" \
  "RESULT resize 100x30 100x30"

script='
console.log("RESULT", process.stdout.getColorDepth(), process.stdout.hasColors(),
            process.stdout.hasColors(256), process.stdout.getColorDepth({ TERM: "xterm-256color" }),
            process.stdin.setRawMode(true) === process.stdin, process.stdin.isRaw);
process.stdin.setRawMode(false);'
out=$(TERM=xterm-256color drive '[["wait_exit"]]' "$rt" -e "$script" | grep '^RESULT')
check colour-depth "RESULT 8 true true 8 true true" "$out"
exit $fail
