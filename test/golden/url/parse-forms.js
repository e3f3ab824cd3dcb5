'use strict';
// The URL parser on plain and not-so-plain absolute URLs (eddy has a fast
// path for plain ones; both paths must give node's records), relative URLs
// against bases, and failures. Each line: input → the URL's parts.
const hosts = ['example.com', 'a.b-c.d', 'example.com.', 'EXAMPLE.com', 'xn--nxasmq6b.com',
  '127.0.0.1', '127.1', '0x7f.0.0.1', '1.2.3.4.', '256.1.1.1', '1.2.3', '01.2.3.4', 'a..b',
  '123abc', 'foo.123', 'foo.0x1', '[::1]', 'a_b.com', '-a.com'];
const ports = ['', ':80', ':443', ':8080', ':0', ':65535', ':65536', ':0080', ':'];
const rests = ['', '/', '/a/b', '/a/./b', '/a/../b', '/a/%2e/b', '/a/%2E%2E/b', '/.well-known/x',
  '/a b', '/a"b', '/a<b>', '/a`b', '/a{b}', '/a|b^c', '/a%20b', '/a\\b', '?q', '?', '#f', '#',
  '/p?x=1&y=2#frag', "/p?a'b", '/p?a"b', '/p#a`b', '/p#a b', '/p?a#b#c', '/é', '/p?é', '/p#é',
  '/a//b', '//x'];
const schemes = ['http', 'https', 'ws', 'wss', 'ftp', 'HTTP', 'file', 'foo'];
function show(input, base) {
  let u;
  try {
    u = base === undefined ? new URL(input) : new URL(input, base);
  } catch (e) {
    return `${JSON.stringify(input)} ${base ?? ''} → ${e.code}`;
  }
  return `${JSON.stringify(input)} ${base ?? ''} → ${[u.href, u.protocol, u.username, u.password,
    u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin].join(' | ')}`;
}
let i = 0;
for (const scheme of schemes) {
  for (const host of hosts) {
    for (const port of ports) {
      for (const rest of rests) {
        // A deterministic sample of the combinations keeps the output short.
        if ((i++ % 29) !== 0 && !(scheme === 'http' && port === '')) continue;
        console.log(show(`${scheme}://${host}${port}${rest}`));
      }
    }
  }
}
for (const input of ['  http://a.com/ ', 'http://a.com/\t\nx', 'http://u:p@a.com/', 'http://@a.com/',
  'http:a.com', 'http:/a.com', 'http:///a.com', 'https://a.com:443', 'http://a.com?x', 'http://a.com#y']) {
  console.log(show(input));
}
for (const [input, base] of [['/p?x', 'http://a.com/b/c'], ['../d', 'http://a.com/b/c/'],
  ['//x.org/y', 'https://a.com/'], ['?q', 'http://a.com/p#h'], ['#h', 'http://a.com/p?q'],
  ['HTTP://B.COM/X', 'http://a.com/'], ['', 'http://a.com/p?q#h'], ['x', 'foo:bar']]) {
  console.log(show(input, base));
}
