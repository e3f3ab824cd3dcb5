'use strict';
// os.networkInterfaces() shapes (the loopback interface, which every test
// machine has), os.setPriority/getPriority and their errors as node 20 gives
// them.
const assert = require('assert');
const os = require('os');

const ifaces = os.networkInterfaces();
assert.strictEqual(Object.getPrototypeOf(ifaces), Object.prototype);
const lo = ifaces.lo;
assert.ok(Array.isArray(lo), 'lo present');
const v4 = lo.find((e) => e.family === 'IPv4');
assert.deepStrictEqual(v4, {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00',
  internal: true, cidr: '127.0.0.1/8',
});
const v6 = lo.find((e) => e.family === 'IPv6');
if (v6) {
  assert.deepStrictEqual(v6, {
    address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6',
    mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0,
  });
}
for (const list of Object.values(ifaces)) {
  for (const e of list) {
    assert.deepStrictEqual(Object.keys(e), e.family === 'IPv6' ?
      ['address', 'netmask', 'family', 'mac', 'internal', 'cidr', 'scopeid'] :
      ['address', 'netmask', 'family', 'mac', 'internal', 'cidr']);
    assert.match(e.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
  }
}

assert.throws(() => os.getPriority(999999), (e) => {
  assert.strictEqual(e.name, 'SystemError');
  assert.strictEqual(e.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(e.message,
                     'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  assert.deepStrictEqual(e.info,
                         { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
  assert.strictEqual(e.errno, -3);
  assert.strictEqual(e.syscall, 'uv_os_getpriority');
  return true;
});
assert.throws(() => os.setPriority(999999, 1), {
  code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_setpriority returned ESRCH (no such process)',
});
assert.throws(() => os.setPriority(0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100',
});
assert.throws(() => os.setPriority('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(os.setPriority.length, 2);
// Setting the current priority again changes nothing.
assert.strictEqual(os.setPriority(os.getPriority()), undefined);
