'use strict';
// URLSearchParams: parsing, serialisation, methods, iterators, inspect and
// the live binding with URL#searchParams. EXPECTED holds node 20's results
// for the same statements, in order.
const assert = require('assert');
const util = require('util');
const { URL, URLSearchParams } = require('url');

const inputs = ['', '?', '??a', 'a', 'a=', '=b', '=', '&&&', 'a=1&a=2&b=3', 'a+b=c+d', 'a%20b=c%2Bd', '%', '%zz=%4', '%C3=%C3%A9%E2%82', '%FF%FE',
  'a=b=c', 'ü=ö', '%F0%9F%98%80=1', 'a=%00', 'x=\uD800', '&a=1&&b=2&', ' a = b ', '~!*()\'-._', 'q=\u00a0', 'a=1;b=2'];
const out = [];
for (const i of inputs) { const p = new URLSearchParams(i); out.push([i, [...p], p.toString(), p.size]); }
const p = new URLSearchParams();
p.append('sp ace', 'x y'); p.append('sym', '!\'()*~-._'); p.append('uni', 'é€😀\uD800'); p.append('ctl', '\u0000\n\t'); p.append('r', '&=+%#?/');
out.push(p.toString());
const s = new URLSearchParams('z=1&b=2&a=3&b=1&\uFFFD=x&\u{1F600}=y&ﬃ=z&A=4');
s.sort(); out.push(s.toString());
const d = new URLSearchParams('a=1&b=2&a=3&a=1'); d.delete('a', '1'); out.push(d.toString()); d.delete('a'); out.push(d.toString());
const h = new URLSearchParams('a=1&b=2'); out.push([h.has('a'), h.has('a', '1'), h.has('a', '2'), h.has('c'), h.has('a', undefined)]);
const st = new URLSearchParams('a=1&b=2&a=3'); st.set('a', 'x'); out.push(st.toString()); st.set('c', 'y'); out.push(st.toString());
out.push(new URLSearchParams([['a', 1], new Set(['b', 2])]).toString());
out.push(new URLSearchParams({ a: 1, b: [1, 2], c: null, d: undefined }).toString());
out.push(new URLSearchParams(new Map([['m', 'n']])).toString());
out.push(new URLSearchParams(new URLSearchParams('x=1')).toString());
out.push(new URLSearchParams({ '\uD800': 'a', '\uDC00': 'b' }).toString());
const f = []; new URLSearchParams('a=1&b=2').forEach(function(v, k, o) { f.push([v, k, this.t, o.size]); }, { t: 'T' }); out.push(f);
const live = new URLSearchParams('a=1&b=2&c=3'); const it = live.keys(); it.next(); live.delete('a'); out.push([...it]);
out.push(util.inspect(new URLSearchParams('a=1&b=2&a=3')));
out.push(util.inspect(new URLSearchParams('a=1&b=2&a=3').values()));
out.push(util.inspect(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&ccccccccccccccccccccccccccccc=ddddddddddddddddddddddddd')));
out.push(util.inspect(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&ccccccccccccccccccccccccccccc=ddddddddddddddddddddddddd').entries()));
out.push(util.inspect({ deep: { deeper: { p: new URLSearchParams('a=1') } } }));
out.push(util.inspect(new URLSearchParams('a=1'), { colors: true }));
out.push(util.inspect(new URL('http://a/?x=1'), { depth: 0 }));
out.push(util.inspect(new URL('http://a/?x=1'), { showHidden: false, breakLength: 200 }));
out.push(util.inspect({ u: new URL('file:///tmp/x') }));
out.push(String(new URL('http://a/b')), JSON.stringify([new URL('http://a/b')]));
const u = new URL('http://h/p?a=1&b=2#f'); const sp2 = u.searchParams; sp2.append('c', '3 4'); out.push(u.href); sp2.delete('a'); sp2.delete('b'); sp2.delete('c'); out.push(u.href, u.search);
u.search = '?z=9'; out.push(sp2.get('z'), [...sp2]); u.search = ''; out.push(sp2.size, u.href);
const o = new URL('foo:opaque  ?q#x'); o.hash = ''; out.push(o.href); o.searchParams.delete('q'); out.push(o.href, o.pathname);
const o2 = new URL('foo:opaque  ?q=1'); o2.searchParams.delete('q'); out.push(o2.href);
out.push(Object.keys(new URL('http://a')), Object.keys(new URLSearchParams('a=1')));
class MyURL extends URL {} out.push(util.inspect(new MyURL('http://sub/')).split('\n')[0]);
class MyP extends URLSearchParams {} out.push(util.inspect(new MyP('a=1')));

const EXPECTED = [
  ["", [], "", 0],
  ["?", [], "", 0],
  ["??a", [["?a", ""]], "%3Fa=", 1],
  ["a", [["a", ""]], "a=", 1],
  ["a=", [["a", ""]], "a=", 1],
  ["=b", [["", "b"]], "=b", 1],
  ["=", [["", ""]], "=", 1],
  ["&&&", [], "", 0],
  ["a=1&a=2&b=3", [["a", "1"], ["a", "2"], ["b", "3"]], "a=1&a=2&b=3", 3],
  ["a+b=c+d", [["a b", "c d"]], "a+b=c+d", 1],
  ["a%20b=c%2Bd", [["a b", "c+d"]], "a+b=c%2Bd", 1],
  ["%", [["%", ""]], "%25=", 1],
  ["%zz=%4", [["%zz", "%4"]], "%25zz=%254", 1],
  ["%C3=%C3%A9%E2%82", [["\ufffd", "\u00e9\ufffd"]], "%EF%BF%BD=%C3%A9%EF%BF%BD", 1],
  ["%FF%FE", [["\ufffd\ufffd", ""]], "%EF%BF%BD%EF%BF%BD=", 1],
  ["a=b=c", [["a", "b=c"]], "a=b%3Dc", 1],
  ["\u00fc=\u00f6", [["\u00fc", "\u00f6"]], "%C3%BC=%C3%B6", 1],
  ["%F0%9F%98%80=1", [["\ud83d\ude00", "1"]], "%F0%9F%98%80=1", 1],
  ["a=%00", [["a", "\u0000"]], "a=%00", 1],
  ["x=\ud800", [["x", "\ufffd"]], "x=%EF%BF%BD", 1],
  ["&a=1&&b=2&", [["a", "1"], ["b", "2"]], "a=1&b=2", 2],
  [" a = b ", [[" a ", " b "]], "+a+=+b+", 1],
  ["~!*()'-._", [["~!*()'-._", ""]], "%7E%21*%28%29%27-._=", 1],
  ["q=\u00a0", [["q", "\u00a0"]], "q=%C2%A0", 1],
  ["a=1;b=2", [["a", "1;b=2"]], "a=1%3Bb%3D2", 1],
  "sp+ace=x+y&sym=%21%27%28%29*%7E-._&uni=%C3%A9%E2%82%AC%F0%9F%98%80%EF%BF%BD&ctl=%00%0A%09&r=%26%3D%2B%25%23%3F%2F",
  "A=4&a=3&b=2&b=1&z=1&%F0%9F%98%80=y&%EF%AC%83=z&%EF%BF%BD=x",
  "b=2&a=3",
  "b=2",
  [true, true, false, false, true],
  "a=x&b=2",
  "a=x&b=2&c=y",
  "a=1&b=2",
  "a=1&b=1%2C2&c=null&d=undefined",
  "m=n",
  "x=1",
  "%EF%BF%BD=b",
  [["1", "a", "T", 2], ["2", "b", "T", 2]],
  ["c"],
  "URLSearchParams { 'a' => '1', 'b' => '2', 'a' => '3' }",
  "URLSearchParams Iterator { '1', '2', '3' }",
  "URLSearchParams {\n  'aaaaaaaaaaaaaaaaaaaaaaa' => 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  'ccccccccccccccccccccccccccccc' => 'ddddddddddddddddddddddddd' }",
  "URLSearchParams Iterator {\n  [ 'aaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' ],\n  [ 'ccccccccccccccccccccccccccccc', 'ddddddddddddddddddddddddd' ] }",
  "{ deep: { deeper: { p: [Object] } } }",
  "URLSearchParams { \u001b[32m'a'\u001b[39m => \u001b[32m'1'\u001b[39m }",
  "URL {\n  href: 'http://a/?x=1',\n  origin: 'http://a',\n  protocol: 'http:',\n  username: '',\n  password: '',\n  host: 'a',\n  hostname: 'a',\n  port: '',\n  pathname: '/',\n  search: '?x=1',\n  searchParams: [Object],\n  hash: ''\n}",
  "URL {\n  href: 'http://a/?x=1',\n  origin: 'http://a',\n  protocol: 'http:',\n  username: '',\n  password: '',\n  host: 'a',\n  hostname: 'a',\n  port: '',\n  pathname: '/',\n  search: '?x=1',\n  searchParams: URLSearchParams { 'x' => '1' },\n  hash: ''\n}",
  "{\n  u: URL {\n    href: 'file:///tmp/x',\n    origin: 'null',\n    protocol: 'file:',\n    username: '',\n    password: '',\n    host: '',\n    hostname: '',\n    port: '',\n    pathname: '/tmp/x',\n    search: '',\n    searchParams: URLSearchParams {},\n    hash: ''\n  }\n}",
  "http://a/b",
  "[\"http://a/b\"]",
  "http://h/p?a=1&b=2&c=3+4#f",
  "http://h/p#f",
  "",
  "9",
  [["z", "9"]],
  0,
  "http://h/p#f",
  "foo:opaque  ?q",
  "foo:opaque",
  "opaque",
  "foo:opaque",
  [],
  [],
  "MyURL {",
  "MyP { 'a' => '1' }",
];

assert.strictEqual(out.length, EXPECTED.length);
for (let i = 0; i < out.length; i++) {
  assert.deepStrictEqual(out[i], EXPECTED[i], `entry ${i}`);
}
