// Pseudo-random URLs around the parser's fast path: schemes in any case,
// user names and passwords, upper-case hosts, ports, IPv4-like hosts, and
// characters on both sides of each percent-encode set.
'use strict';
let seed = 4242; const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const schemes = ['http://', 'HTTP://', 'Https://', 'ws://', 'WSS://', 'ftp://', 'FTP://', 'file://', 'httpx://', 'h://'];
const user = ['', 'u', 'User', 'u.s-e_r~', "a!$&'()*+,;=", 'p%20q', 'x%zz', 'é', ' ', '"', '#', '/', '?', '[', '^', '|', '`', '{', '<', ':'];
const hosts = ['example.com', 'EXAMPLE.COM', 'Ex-Ample.Com.', 'localhost', '127.0.0.1', '127.1', '0x7f.1', '1.2.3.256', 'XN--e1a.com', 'a..b', '-a.b', 'a_b.c', '999', 'host.0x1', ''];
const ports = ['', ':', ':0', ':80', ':443', ':21', ':8080', ':65535', ':65536', ':0080', ':x'];
const tails = ['', '/', '/a/B', '/a/../b', '/./x', '/%2e/y', '/p?q=1', '/p?Q=A&b#Frag', '?x', '#h', '/a b', '/^|`{}', "/'", "?'", '#`', '/é', '\\x', '//x'];
const out = [];
for (let i = 0; i < 3000; i++) {
  let s = schemes[rnd(schemes.length)];
  const k = rnd(4);
  if (k === 1) s += user[rnd(user.length)] + '@';
  else if (k === 2) s += user[rnd(user.length)] + ':' + user[rnd(user.length)] + '@';
  s += hosts[rnd(hosts.length)] + ports[rnd(ports.length)] + tails[rnd(tails.length)];
  let r;
  try {
    const u = new URL(s);
    r = [u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin].join('|');
  } catch (e) { r = 'ERR ' + e.code; }
  out.push(JSON.stringify(s) + ' ' + r);
}
console.log(out.join('\n'));
