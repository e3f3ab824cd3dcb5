'use strict';
// The heap's limit comes from the machine's memory, as in node: node 20 on a
// machine of 16 GiB or more allows 4 GiB of old generation (its
// heap_size_limit is 4144 MiB on this project's 24 GiB machines), where
// V8's bare defaults stop at ~1.4 GiB. --max-old-space-size still decides
// when given.
const assert = require('assert');
const cp = require('child_process');
const os = require('os');
const v8 = require('v8');

const MiB = 1024 * 1024;
const limit = v8.getHeapStatistics().heap_size_limit / MiB;
if (os.totalmem() >= 16 * 1024 * MiB) {
  assert.ok(limit >= 4096 && limit < 4200, `heap_size_limit ${limit} MiB`);
} else {
  assert.ok(limit >= os.totalmem() / MiB / 4 - 64, `heap_size_limit ${limit} MiB`);
}

const r = cp.spawnSync(process.execPath, ['--max-old-space-size=100', '-p',
  'require("v8").getHeapStatistics().heap_size_limit / 1048576'], { encoding: 'utf8' });
const small = Number(r.stdout);
assert.ok(small >= 100 && small < 160, `with --max-old-space-size=100: ${small} MiB`);
console.log('ok');
