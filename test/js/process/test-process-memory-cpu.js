'use strict';
const assert = require('assert');

// memoryUsage
const mu = process.memoryUsage();
assert.deepStrictEqual(Object.keys(mu), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const [k, v] of Object.entries(mu)) {
  assert.strictEqual(typeof v, 'number', k);
  assert.ok(Number.isInteger(v) && v >= 0, `${k} = ${v}`);
}
assert.ok(mu.rss > 0);
assert.ok(mu.heapTotal >= mu.heapUsed);
assert.ok(mu.heapUsed > 0);
const rss = process.memoryUsage.rss();
assert.strictEqual(typeof rss, 'number');
assert.ok(rss > 0);
// arrayBuffers grows with an ArrayBuffer
const before = process.memoryUsage().arrayBuffers;
const big = new ArrayBuffer(8 * 1024 * 1024);
assert.ok(process.memoryUsage().arrayBuffers >= before + big.byteLength);

// cpuUsage
const cu = process.cpuUsage();
assert.deepStrictEqual(Object.keys(cu), ['user', 'system']);
assert.ok(Number.isInteger(cu.user) && cu.user >= 0);
assert.ok(Number.isInteger(cu.system) && cu.system >= 0);
let x = 0;
for (let i = 0; i < 2e6; i++) x += i;
const d = process.cpuUsage(cu);
assert.ok(d.user >= 0 && d.system >= 0);
assert.ok(d.user + d.system <= process.cpuUsage().user + process.cpuUsage().system);

assert.throws(() => process.cpuUsage(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "prevValue" argument must be of type object. Received type number (1)',
});
assert.throws(() => process.cpuUsage({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.user" property must be of type number. Received undefined',
});
assert.throws(() => process.cpuUsage({ user: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.system" property must be of type number. Received undefined',
});
assert.throws(() => process.cpuUsage({ user: -1, system: 0 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'RangeError',
  message: "The property 'prevValue.user' is invalid. Received -1",
});
assert.throws(() => process.cpuUsage({ user: 0, system: NaN }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'RangeError',
  message: "The property 'prevValue.system' is invalid. Received NaN",
});
assert.throws(() => process.cpuUsage({ user: 0, system: 2 ** 53 }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
// falsy prevValue = none
assert.strictEqual(typeof process.cpuUsage(undefined).user, 'number');
assert.strictEqual(typeof process.cpuUsage(null).user, 'number');

// resourceUsage shape
const ru = process.resourceUsage();
for (const k of ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
  'unsharedDataSize', 'unsharedStackSize', 'minorPageFault', 'majorPageFault',
  'swappedOut', 'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount',
  'voluntaryContextSwitches', 'involuntaryContextSwitches']) {
  assert.strictEqual(typeof ru[k], 'number', k);
}
assert.ok(ru.maxRSS > 0);

// uptime
const up = process.uptime();
assert.strictEqual(typeof up, 'number');
assert.ok(up > 0 && up < 3600);
