#!/usr/bin/env bash
# Running out of file descriptors is an error to the caller (EMFILE), in
# every form, never a crash; closing makes room again. Expected output from
# node 20 with the same limit.
# usage: test-fs-emfile.sh RUNTIME
set -u
rt=$1
script='
const fs = require("fs");
const fds = [];
let err;
try { for (;;) fds.push(fs.openSync(__filename, "r")); } catch (e) { err = e; }
console.log("sync", err.code, err.syscall, typeof err.errno);
fs.open(__filename, "r", (e) => {
  console.log("callback", e && e.code);
  fs.promises.open(__filename, "r").then(() => console.log("promise opened?"), (e2) => {
    console.log("promise", e2.code);
    for (const fd of fds) fs.closeSync(fd);
    const fd = fs.openSync(__filename, "r");
    console.log("after close", typeof fd);
    fs.closeSync(fd);
  });
});
'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s' "$script" > "$tmp/emfile.js"
out=$(ulimit -n 64; "$rt" "$tmp/emfile.js" 2>&1)
expected=$'sync EMFILE open number\ncallback EMFILE\npromise EMFILE\nafter close number'
if [ "$out" != "$expected" ]; then
  echo "FAIL emfile: expected [$expected], got [$out]"
  exit 1
fi
echo "ok emfile"
