'use strict';
// process.loadEnvFile, constrainedMemory, availableMemory and
// setSourceMapsEnabled as node 20 has them.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-envfile-'));
const file = path.join(dir, 'a.env');
fs.writeFileSync(file, 'EDDY_T_A=1\nEDDY_T_B="two words"\n# comment\nexport EDDY_T_C=3\nEDDY_T_KEEP=file\n');
process.env.EDDY_T_KEEP = 'env';
assert.strictEqual(process.loadEnvFile(file), undefined);
assert.strictEqual(process.env.EDDY_T_A, '1');
assert.strictEqual(process.env.EDDY_T_B, 'two words');
assert.strictEqual(process.env.EDDY_T_C, '3');
// A variable already set keeps its value.
assert.strictEqual(process.env.EDDY_T_KEEP, 'env');
assert.strictEqual(process.loadEnvFile.length, 0);
// Without an argument: ./.env
const cwd = process.cwd();
process.chdir(dir);
fs.writeFileSync(path.join(dir, '.env'), 'EDDY_T_D=4\n');
process.loadEnvFile();
assert.strictEqual(process.env.EDDY_T_D, '4');
process.chdir(cwd);
assert.throws(() => process.loadEnvFile(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'open' });
assert.throws(() => process.loadEnvFile(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5)',
});
fs.rmSync(dir, { recursive: true });

assert.strictEqual(typeof process.constrainedMemory(), 'number');
assert.ok(process.constrainedMemory() > 0);
assert.strictEqual(typeof process.availableMemory(), 'number');
assert.ok(process.availableMemory() > 0);

assert.strictEqual(process.setSourceMapsEnabled(true), undefined);
assert.strictEqual(process.setSourceMapsEnabled(false), undefined);
assert.throws(() => process.setSourceMapsEnabled(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "val" argument must be of type boolean. Received type number (1)',
});
