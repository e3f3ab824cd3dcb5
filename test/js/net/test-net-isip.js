'use strict';
// net.isIP / isIPv4 / isIPv6: node's syntax rules (no leading zeros in IPv4,
// '::' compression, embedded IPv4, zone ids).
const assert = require('assert');
const net = require('net');

const v4 = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '1.2.3.4', '10.0.0.255'];
const notV4 = ['', '1.2.3', '1.2.3.4.5', '256.0.0.1', '01.2.3.4', '1.2.3.04',
               '1.2.3.4 ', ' 1.2.3.4', '1..3.4', 'a.b.c.d', '1.2.3.-4', '1.2.3.4%eth0',
               '0x1.2.3.4', '1.2.3.4.'];
const v6 = ['::', '::1', '1::', 'fe80::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::',
            '::2:3:4:5:6:7:8', '1::8', 'FFFF::ffff', '::ffff:127.0.0.1',
            '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5::1.2.3.4',
            'fe80::1%eth0', 'fe80::1%1', 'fe80::1%a.b:c-d', '::%x',
            '2001:db8:85a3::8a2e:370:7334', '0:0:0:0:0:0:0:0'];
const notV6 = ['', ':', ':::', '1:::2', ':1::2', '1::2:', '1:2:3:4:5:6:7:8:9',
               '1:2:3:4:5:6:7', '::1:2:3:4:5:6:7:8', '1:2:3:4:5:6::1.2.3.4',
               '12345::1', 'g::1', '1::2::3', 'fe80::1%', 'fe80::1%a%b',
               'fe80::1%a b', '::256.1.1.1', '::01.1.1.1', '1.2.3.4::',
               '[::1]', '::1 ', 'fe80::1%eth0%', '::1.2.3.4:5'];
const notIP = [undefined, null, 4, {}, [], true, '127.0.0.1/8', 'localhost',
               'example.com', '1'];

for (const s of v4) {
  assert.strictEqual(net.isIPv4(s), true, s);
  assert.strictEqual(net.isIPv6(s), false, s);
  assert.strictEqual(net.isIP(s), 4, s);
}
for (const s of notV4) assert.strictEqual(net.isIPv4(s), false, s);
for (const s of v6) {
  assert.strictEqual(net.isIPv6(s), true, s);
  assert.strictEqual(net.isIPv4(s), false, s);
  assert.strictEqual(net.isIP(s), 6, s);
}
for (const s of notV6) assert.strictEqual(net.isIPv6(s), false, s);
for (const s of notIP) {
  assert.strictEqual(net.isIP(s), 0, String(s));
  assert.strictEqual(net.isIPv4(s), false, String(s));
  assert.strictEqual(net.isIPv6(s), false, String(s));
}
// Other values are converted to strings first.
assert.strictEqual(net.isIP(new String('127.0.0.1')), 4);
assert.strictEqual(net.isIP(['::1']), 6);
assert.strictEqual(net.isIP({ toString() { return '1.2.3.4'; } }), 4);
assert.throws(() => net.isIP(Symbol('x')), TypeError);
