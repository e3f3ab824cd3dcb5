#!/usr/bin/env bash
# The internal interface fetch() is built on (lib/internal/fetch/index.js):
# extractBody, requestInternals, headersList, makeResponse, readAllBytes.
# node has no such interface, so the script asserts what a fetch() Response
# must look like in node 20 (type 'basic', immutable headers, url without
# fragment, redirected) and prints "ok".
# usage: test-fetch-internals.sh RUNTIME
set -u
rt=$1
script='
const assert = require("assert");
const f = require("internal/fetch/index");
const { createReadableByteStream, byteControllerEnqueue, byteControllerClose } =
  require("internal/webstreams/readablestream");
(async () => {
  // extractBody
  let { body, type } = f.extractBody("héllo");
  assert.deepStrictEqual([body.source, body.length, type], ["héllo", 6, "text/plain;charset=UTF-8"]);
  assert.strictEqual(Buffer.from(await f.readAllBytes(body.stream)).toString(), "héllo");
  const bytes = new Uint8Array([1, 2, 3]);
  ({ body, type } = f.extractBody(bytes));
  assert.deepStrictEqual([[...body.source], body.length, type], [[1, 2, 3], 3, null]);
  bytes[0] = 9;
  assert.deepStrictEqual([...await f.readAllBytes(body.stream)], [1, 2, 3]);
  assert.deepStrictEqual([...body.source], [1, 2, 3]);  // still there for a redirect
  const fd = new f.FormData();
  fd.append("a", "b");
  ({ body, type } = f.extractBody(fd));
  assert.match(type, /^multipart\/form-data; boundary=/);
  const fdBytes = f.bodySourceBytes(body);
  assert.strictEqual(body.length, (await f.readAllBytes(body.stream)).byteLength);
  assert.strictEqual(f.bodySourceBytes(body), fdBytes);  // still whole after the read
  assert.ok(Buffer.from(fdBytes).toString().includes(type.split("boundary=")[1]));
  ({ body, type } = f.extractBody(ReadableStream.from([new Uint8Array([7])])));
  assert.deepStrictEqual([body.source, body.length, type], [null, null, null]);

  // requestInternals and headersList
  const ac = new AbortController();
  const req = new f.Request("http://example.com/p#frag", {
    method: "post", body: "x", headers: [["X-A", "1"], ["set-cookie", "a"], ["set-cookie", "b"]],
    redirect: "manual", signal: ac.signal,
  });
  const r = f.requestInternals(req);
  assert.deepStrictEqual([r.method, r.url, r.redirect], ["POST", "http://example.com/p#frag", "manual"]);
  assert.deepStrictEqual(f.headersList(r.headers),
    [["x-a", "1"], ["set-cookie", "a"], ["set-cookie", "b"], ["content-type", "text/plain;charset=UTF-8"]]);
  assert.strictEqual(r.body.source, "x");
  assert.deepStrictEqual([...f.bodySourceBytes(r.body)], [120]);
  const blobBody = f.extractBody(new Blob(["bl"])).body;
  assert.strictEqual(Buffer.from(f.bodySourceBytes(blobBody)).toString(), "bl");
  const paramsBody = f.extractBody(new URLSearchParams("a=1")).body;
  assert.strictEqual(Buffer.from(f.bodySourceBytes(paramsBody)).toString(), "a=1");
  const bytesBody = f.extractBody(new Uint8Array([5, 6])).body;
  await f.readAllBytes(bytesBody.stream);
  assert.deepStrictEqual([...f.bodySourceBytes(bytesBody)], [5, 6]);
  assert.strictEqual(f.bodySourceBytes(f.extractBody(new ReadableStream()).body), null);
  ac.abort("stop");
  assert.strictEqual(r.signal.reason, "stop");

  // makeResponse
  const stream = createReadableByteStream(() => {}, (c) => {
    byteControllerEnqueue(c, new TextEncoder().encode("{\"ok\":true}"));
    byteControllerClose(c);
    return Promise.resolve();
  }, () => Promise.resolve());
  const res = f.makeResponse({
    status: 201, statusText: "Created",
    headersList: [["Content-Type", "application/json"], ["Set-Cookie", "s=1"], ["set-cookie", "t=2"]],
    body: stream, urlList: ["http://a/1", "http://a/2#x"], redirected: true,
  });
  assert.ok(res instanceof Response);
  assert.deepStrictEqual([res.status, res.statusText, res.ok, res.type, res.url, res.redirected],
                         [201, "Created", true, "basic", "http://a/2", true]);
  assert.deepStrictEqual(res.headers.getSetCookie(), ["s=1", "t=2"]);
  assert.throws(() => res.headers.set("a", "b"), { message: "immutable" });
  const clone = res.clone();
  assert.throws(() => clone.headers.set("a", "b"), { message: "immutable" });
  assert.deepStrictEqual(await res.json(), { ok: true });
  assert.deepStrictEqual(await clone.json(), { ok: true });
  const empty = f.makeResponse({ status: 204, url: "http://a/" });
  assert.deepStrictEqual([empty.body, empty.url, empty.redirected, await empty.text()], [null, "http://a/", false, ""]);

  // byteStreamFromReadable: a Response body over a node Readable
  const { PassThrough } = require("stream");
  const pt = new PassThrough();
  const ptBody = f.byteStreamFromReadable(pt, 4);
  const piped = f.makeResponse({ status: 200, body: ptBody, url: "http://a/" });
  assert.match(require("util").inspect(piped.body), /supportsBYOB: true/);
  pt.write("hel");
  pt.write(Buffer.from("lo "));
  setTimeout(() => pt.end("world"), 5);
  assert.strictEqual(await piped.text(), "hello world");
  const pt2 = new PassThrough();
  const errored = f.makeResponse({ body: f.byteStreamFromReadable(pt2) });
  setTimeout(() => pt2.destroy(new Error("reset")), 5);
  await assert.rejects(errored.text(), { message: "reset" });
  const pt3 = new PassThrough();
  const canceled = f.byteStreamFromReadable(pt3);
  await canceled.cancel(new Error("bye"));
  assert.strictEqual(pt3.destroyed, true);
  const pt4 = new PassThrough();
  const byob = f.byteStreamFromReadable(pt4).getReader({ mode: "byob" });
  pt4.end("abcdef");
  const first = await byob.read(new Uint8Array(4));
  const second = await byob.read(new Uint8Array(4));
  const third = await byob.read(new Uint8Array(4));
  assert.deepStrictEqual([Buffer.from(first.value).toString(), Buffer.from(second.value).toString(),
                          third.done], ["abcd", "ef", true]);
  console.log("ok");
})().catch((err) => { console.error(err); process.exitCode = 1; });
'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s' "$script" > "$tmp/internals.js"
out=$("$rt" --expose-internals "$tmp/internals.js" 2>&1)
if [ "$out" != "ok" ]; then
  echo "expected ok, got:"
  echo "$out"
  exit 1
fi
