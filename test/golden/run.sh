#!/usr/bin/env bash
# Runs one golden test: test/golden/<area>/<name>.js under the given runtime,
# from the script's folder, and compares with the files node 20 produced:
#   <name>.stdout  expected stdout (required)
#   <name>.stderr  expected stderr (optional; compared after normalising)
#   <name>.status  expected exit status (optional; default 0)
#   <name>.args    extra arguments, one line, before the script (optional)
#   <name>.cmdline the whole argument list instead, one argument per line (the
#                  script is not appended): for -e/-p code with spaces, bad options
#   <name>.env     VAR=value lines set in the environment (optional)
#   <name>.stdin   fed to stdin (optional)
# Normalising: the script's folder becomes <DIR>, lines of node's own internal
# frames ("    at ... (node:internal/...)") are dropped, "Node.js vX" lines
# are dropped, and the CLI's own name ("node: bad option") is made the same,
# so the comparison is about the program's behaviour.
# usage: run.sh RUNTIME SCRIPT.js           compare
#        GOLDEN_UPDATE=1 run.sh node X.js   (re)write the expected files
set -u
runtime=$1
# The script runs from its own folder: make a relative runtime path absolute.
case "$runtime" in */*) runtime=$(cd "$(dirname "$runtime")" && pwd)/$(basename "$runtime") ;; esac
script=$2
dir=$(cd "$(dirname "$script")" && pwd)
name=$(basename "$script" .js)
base="$dir/$name"
args=()
if [ -f "$base.args" ]; then read -r -a args < "$base.args"; fi
cmd=("${args[@]}" "$name.js")
if [ -f "$base.cmdline" ]; then mapfile -t cmd < "$base.cmdline"; fi
envs=()
if [ -f "$base.env" ]; then mapfile -t envs < "$base.env"; fi
stdin_file=/dev/null
[ -f "$base.stdin" ] && stdin_file="$base.stdin"

normalize() {
  sed -e "s#$dir#<DIR>#g" \
      -e '/^    at .*node:internal\//d' -e '/^    at node:internal\//d' \
      -e '/^Node\.js v[0-9]/d' -e '/^eddy v[0-9]/d' -e 's/^eddy: /node: /'
}

out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
(cd "$dir" && env NO_COLOR=1 "${envs[@]}" "$runtime" "${cmd[@]}" < "$stdin_file" > "$out" 2> "$err")
status=$?

if [ "${GOLDEN_UPDATE:-}" = 1 ]; then
  cp "$out" "$base.stdout"
  if [ -s "$err" ]; then normalize < "$err" > "$base.stderr"; else rm -f "$base.stderr"; fi
  if [ "$status" != 0 ]; then echo "$status" > "$base.status"; else rm -f "$base.status"; fi
  exit 0
fi

fail=0
if ! diff -u "$base.stdout" "$out" > /dev/null; then
  echo "--- stdout differs from node's ($base.stdout):"; diff -u "$base.stdout" "$out" | head -60
  fail=1
fi
if [ -f "$base.stderr" ]; then
  if ! diff -u "$base.stderr" <(normalize < "$err") > /dev/null; then
    echo "--- stderr differs from node's ($base.stderr):"; diff -u "$base.stderr" <(normalize < "$err") | head -60
    fail=1
  fi
elif [ -s "$err" ]; then
  echo "--- unexpected stderr:"; head -30 "$err"
  fail=1
fi
expected_status=0
[ -f "$base.status" ] && expected_status=$(cat "$base.status")
if [ "$status" != "$expected_status" ]; then
  echo "--- exit status $status, node's was $expected_status"
  fail=1
fi
exit $fail
