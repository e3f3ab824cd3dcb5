#!/usr/bin/env bash
# The interactive REPL on a real terminal (a pty driven by pty_driver.py):
# what eddy documents in doc/repl.md, and for the evaluated results the same
# interaction under node 20 where node is on PATH.
# usage: test-repl-tty.sh RUNTIME
set -u
# Colour depth follows the environment as in node (CI, NO_COLOR, FORCE_COLOR,
# COLORTERM...): start from none of them so the CI's own variables don't decide.
unset CI NO_COLOR NODE_DISABLE_COLORS FORCE_COLOR COLORTERM TERM_PROGRAM TMUX TEAMCITY_VERSION
rt=$1
here=$(cd "$(dirname "$0")" && pwd)
drive() { python3 "$here/pty_driver.py" "$@"; }
command -v python3 >/dev/null || { echo "no python3: skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # name expected actual
  if [ "$2" != "$3" ]; then
    echo "FAIL $1: expected [$2], got [$3]"; fail=1
  else
    echo "ok $1"
  fi
}
contains() {  # name needle haystack
  case "$3" in
    *"$2"*) echo "ok $1" ;;
    *) echo "FAIL $1: [$2] not in [$3]"; fail=1 ;;
  esac
}

# A session: declarations persist, multi-line input, top-level await, _ and
# _error, core modules by name, an error that does not end the session.
session='[["expect","\n> $"],
  ["send","let a = 40\r"],["expect","\n> $"],
  ["send","const f = (x) => {\r"],["expect","\n\\.\\.\\. $"],
  ["send","return x + 2 }\r"],["expect","\n> $"],
  ["send","f(a)\r"],["expect","\n> $"],
  ["send","_ + 1\r"],["expect","\n> $"],
  ["send","await new Promise((r) => setTimeout(r, 5, \"later\"))\r"],["expect","\n> $"],
  ["send","nope\r"],["expect","\n> $"],
  ["send","_error.name\r"],["expect","\n> $"],
  ["send","typeof fs.readFileSync + path.sep\r"],["expect","\n> $"],
  ["send","`a\r"],["expect","\n\\.\\.\\. $"],
  ["send","b`\r"],["expect","\n> $"],
  ["send",".exit\r"],["wait_exit"]]'
results() { grep -v '^Welcome\|^Type ".help"\|^> \|^\.\.\. ' ; }
out=$(NO_COLOR=1 EDDY_REPL_HISTORY= drive "$session" "$rt")
status=$?
check session-status 0 "$status"
contains session-welcome "Welcome to eddy v" "$out"
contains session-welcome-help 'Type ".help" for more information.' "$out"
got=$(printf '%s\n' "$out" | results)
expected=$(printf '%s\n' undefined undefined 42 43 "'later'" \
  'Uncaught ReferenceError: nope is not defined' "'ReferenceError'" "'function/'" "'a\\nb'")
check session-results "$expected" "$got"
if command -v node >/dev/null; then
  nout=$(NO_COLOR=1 NODE_REPL_HISTORY= drive "$session" node | results)
  check session-same-as-node "$nout" "$got"
fi

# Line editing: arrows, Home/End, Ctrl-A/E/K/U/W on the line before Enter.
out=$(NO_COLOR=1 EDDY_REPL_HISTORY= drive '[["expect","\n> $"],
  ["send","1 + 2\u001b[D\u001b[D\u001b[D\u001b[D4\u0005\r"],["expect","\n> $"],
  ["send","9999\u0001\u000b\"ab\" + \"c\"\r"],["expect","\n> $"],
  ["send","junk\u0015[1, 2].length\r"],["expect","\n> $"],
  ["send","7 + junk\u0017\u0008\u0008 * 2\r"],["expect","\n> $"],
  ["send","\u0004"],["wait_exit"]]' "$rt" | results)
check line-editing "$(printf '%s\n' 16 "'abc'" 2 14)" "$out"

# Ctrl-R searches the history backwards; Ctrl-G gives the line back; Enter
# runs the match.
NO_COLOR=1 EDDY_REPL_HISTORY= drive '[["expect","\n> $"],["send","const alpha = 1\r"],["expect","\n> $"],
  ["send","alpha + 10\r"],["expect","\n> $"],["send","2 + 2\r"],["expect","\n> $"],
  ["send","\u0012alp"],["expect","search.*alp.*alpha \\+ 10$"],
  ["send","\u0012"],["expect","const alpha = 1$"],["send","\u0007"],["expect","> $"],
  ["send","\u0012+ 1\r"],["expect","11\n> $"],["send",".exit\r"],["wait_exit"]]' "$rt" >/dev/null
check reverse-search 0 $?

# History is kept across sessions in EDDY_REPL_HISTORY, newest first.
hist="$tmp/history"
EDDY_REPL_HISTORY="$hist" NO_COLOR=1 drive '[["expect","\n> $"],["send","40 + 1\r"],["expect","\n> $"],
  ["send","40 + 2\r"],["expect","\n> $"],["send","\u0004"],["wait_exit"]]' "$rt" >/dev/null
check history-file "$(printf '40 + 2\n40 + 1')" "$(cat "$hist" 2>/dev/null)"
out=$(EDDY_REPL_HISTORY="$hist" NO_COLOR=1 drive '[["expect","\n> $"],
  ["send","\u001b[A\u001b[A\r"],["expect","\n> $"],["send","\u0004"],["wait_exit"]]' "$rt" | results)
check history-recalled 41 "$out"
check history-mode "600" "$(stat -c %a "$hist")"
EDDY_REPL_HISTORY="$hist" EDDY_REPL_HISTORY_SIZE=2 NO_COLOR=1 drive '[["expect","\n> $"],
  ["send","1\r"],["expect","\n> $"],["send","\u0004"],["wait_exit"]]' "$rt" >/dev/null
check history-size "$(printf '1\n40 + 1')" "$(cat "$hist")"
HOME="$tmp" NO_COLOR=1 drive '[["expect","\n> $"],["send","3\r"],["expect","\n> $"],["send","\u0004"],["wait_exit"]]' \
  "$rt" >/dev/null
check history-default-file 3 "$(cat "$tmp/.eddy_repl_history" 2>/dev/null)"

# Tab completion: one candidate completes, two Tabs list several.
out=$(NO_COLOR=1 EDDY_REPL_HISTORY= drive '[["expect","\n> $"],
  ["send","process.versi\t"],["expect","process.version"],["send","s.v8 === process.versions.v8\r"],
  ["expect","true\n> $"],
  ["send","process.ver\t\t"],["expect","process.versions"],["send","\u0015"],["expect","> $"],
  ["send",".ex\t"],["expect","\\.exit"],["send","\r"],["wait_exit"]]' "$rt")
check tab-completion 0 $?
contains tab-list "process.version" "$out"

# Ctrl-C: interrupts a loop or a pending await, clears a line; twice on an
# empty line exits.
out=$(NO_COLOR=1 EDDY_REPL_HISTORY= drive '[["expect","\n> $"],
  ["send","let n = 0; console.log(\"spin\"); while (true) n++\r"],["expect","spin\n"],
  ["send","\u0003"],["expect","interrupted by `SIGINT`\n> $"],
  ["send","n > 0\r"],["expect","true\n> $"],
  ["send","await new Promise(() => setTimeout(() => console.log(\"waiting\")))\r"],
  ["expect","waiting\n"],
  ["send","\u0003"],["expect","Uncaught:\n.*interrupted by `SIGINT`.*\n> $"],
  ["send","1 + 1\r"],["expect","2\n> $"],
  ["send","abc\u0003"],["expect","\n> $"],
  ["send","\u0003"],["expect","press Ctrl\\+C again.*\n> $"],
  ["send","\u0003"],["wait_exit"]]' "$rt")
check ctrl-c 0 $?
contains ctrl-c-message 'Uncaught Error: Script execution was interrupted by `SIGINT`' "$out"

# .editor: several lines, evaluated on Ctrl-D.
out=$(NO_COLOR=1 EDDY_REPL_HISTORY= drive '[["expect","\n> $"],
  ["send",".editor\r"],["expect","Entering editor mode.*\n"],
  ["send","const e1 = 20\r"],["send","e1 * 2 + 1\r"],["send","\u0004"],["expect","41\n> $"],
  ["send",".exit\r"],["wait_exit"]]' "$rt")
check editor 0 $?

# Colours on a colour terminal, none with NO_COLOR.
out=$(TERM=xterm-256color PTY_RAW=1 EDDY_REPL_HISTORY= drive '[["expect","\n> $"],["send","1\r"],
  ["expect","\n> $"],["send",".exit\r"],["wait_exit"]]' "$rt")
contains colours $'\e[33m1\e[39m' "$out"
out=$(TERM=xterm-256color NO_COLOR=1 PTY_RAW=1 EDDY_REPL_HISTORY= drive '[["expect","\n> $"],["send","1\r"],
  ["expect","\n> $"],["send",".exit\r"],["wait_exit"]]' "$rt")
case "$out" in *$'\e[33m'*) echo "FAIL no-colour: coloured output"; fail=1 ;; *) echo "ok no-colour" ;; esac

# Not a terminal: stdin is a script, unless -i asks for the REPL.
check stdin-script 1 "$(echo 'console.log(1)' | "$rt")"
check stdin-interactive "$(printf '> 2\n> ')" "$(printf '1 + 1\n' | "$rt" -i | grep -v '^Welcome')"
check interactive-after-eval "$(printf '> 42\n> ')" "$(printf 'x * 2\n' | "$rt" -i -e 'var x = 21' | grep -v '^Welcome')"
# Nothing of readline or the REPL loads for a script, even on a terminal.
out=$(NO_COLOR=1 drive '[["wait_exit"]]' "$rt" -e \
  "console.log(process.moduleLoadList.filter((m) => /readline|repl/.test(m)).length)")
check lean-startup 0 "$out"
exit $fail
