#!/usr/bin/env bash
# The http server talking to curl (a real, independent client): response
# headers and bodies, keep-alive reuse across URLs, a chunked upload,
# Expect: 100-continue, HEAD, HTTP/1.0, a chunked response, 404 and a
# client error. Expected values were produced with node 20 as RUNTIME.
# usage: test-http-curl.sh RUNTIME
set -u
rt=$1
command -v curl >/dev/null || { echo "curl not installed: skipped"; exit 0; }
tmp=$(mktemp -d)
srv_pid=
cleanup() { [ -n "$srv_pid" ] && kill "$srv_pid" 2>/dev/null && wait "$srv_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail=0
check() {  # name expected actual
  if [ "$2" != "$3" ]; then echo "FAIL $1: expected [$2], got [$3]"; fail=1; else echo "ok $1"; fi
}

cat > "$tmp/server.js" <<'JS'
const http = require('http');
const fs = require('fs');
const server = http.createServer((req, res) => {
  if (req.url === '/hello') return res.end('hello');
  if (req.url === '/chunked') { res.write('a'); res.write('bc'); return res.end('def'); }
  if (req.url === '/headers') {
    res.setHeader('X-Custom', 'yes');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    return res.end('h');
  }
  if (req.url === '/echo') {
    let n = 0;
    req.on('data', (d) => n += d.length);
    req.on('end', () => res.end(`${req.method} ${req.headers['transfer-encoding'] || '-'} ` +
                                `${req.headers.expect || '-'} ${n}`));
    return;
  }
  if (req.url === '/conn') return res.end(String(req.socket.remotePort));
  res.statusCode = 404;
  res.end('not found');
});
server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(process.argv[2] + '.tmp', String(server.address().port));
  fs.renameSync(process.argv[2] + '.tmp', process.argv[2]);
});
JS

"$rt" "$tmp/server.js" "$tmp/port" &
srv_pid=$!
for _ in $(seq 1 100); do [ -s "$tmp/port" ] && break; sleep 0.05; done
port=$(cat "$tmp/port" 2>/dev/null)
[ -n "$port" ] || { echo "FAIL server did not start"; exit 1; }
u="http://127.0.0.1:$port"
C="curl -sS --max-time 10"

check get "hello" "$($C "$u/hello")"
check status-404 "404 not found" "$($C -w '%{http_code} ' -o "$tmp/body" "$u/nope"; cat "$tmp/body")"
# Response head as curl saw it (Date value replaced).
check head-bytes "HTTP/1.1 200 OK|X-Custom: yes|Set-Cookie: a=1|Set-Cookie: b=2|Date: D|Connection: keep-alive|Keep-Alive: timeout=5|Content-Length: 1||" \
  "$($C -D - -o /dev/null "$u/headers" | tr -d '\r' | sed 's/^Date: .*/Date: D/' | tr '\n' '|')"
check chunked-response "abcdef" "$($C "$u/chunked")"
check chunked-te "Transfer-Encoding: chunked" \
  "$($C -D - -o /dev/null "$u/chunked" | tr -d '\r' | grep -i '^transfer-encoding')"
# node 20 sends no Content-Length for HEAD + end(body).
check head-request "HTTP/1.1 200 OK|" \
  "$($C -I "$u/hello" | tr -d '\r' | grep -E '^(HTTP|Content-Length)' | sed 's/Content-Length: .*/Content-Length: /' | tr '\n' '|')"
# Several URLs in one curl run share one connection (same client port).
check keep-alive-reuse "same" \
  "$(ports=$($C "$u/conn" -o /dev/stdout "$u/conn" -w ' ' | tr ' ' '\n' | grep -v '^$' | sort -u | wc -l); [ "$ports" = 1 ] && echo same || echo "different ($ports)")"
check keep-alive-verbose "1" \
  "$($C -v "$u/hello" "$u/hello" -o /dev/null -o /dev/null 2>&1 | grep -ci 're-\?using existing connection')"
# An HTTP/1.0 request: node answers with an HTTP/1.1 status line and closes.
check http10 "HTTP/1.1 hello close" \
  "$($C --http1.0 -D "$tmp/h10" "$u/hello" > "$tmp/b10"; echo "$(head -1 "$tmp/h10" | cut -c1-8) $(cat "$tmp/b10") $(grep -i '^connection:' "$tmp/h10" | tr -d '\r' | cut -d' ' -f2)")"
head -c 300000 /dev/zero > "$tmp/upload"
check post-content-length "POST - - 300000" "$($C -H 'Expect:' --data-binary @"$tmp/upload" "$u/echo")"
check post-chunked "POST chunked - 300000" \
  "$($C -H 'Expect:' -H 'Transfer-Encoding: chunked' --data-binary @"$tmp/upload" "$u/echo")"
check expect-100 "PUT - 100-continue 300000" \
  "$($C -H 'Expect: 100-continue' -T "$tmp/upload" "$u/echo")"
check expect-100-verbose "1" \
  "$($C -v -H 'Expect: 100-continue' -T "$tmp/upload" "$u/echo" 2>&1 -o /dev/null | grep -c '< HTTP/1.1 100 Continue')"
# A request curl itself makes malformed: a header name with a space.
check bad-header-400 "400" "$($C -o /dev/null -w '%{http_code}' -H 'Bad Header: y' "$u/hello")"
check still-serving "hello" "$($C "$u/hello")"

exit $fail
