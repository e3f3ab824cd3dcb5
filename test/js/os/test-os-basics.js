'use strict';
// os basics: shapes and types as node 20 gives them.
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(typeof os.hostname(), 'string');
assert.ok(os.hostname().length > 0);
assert.strictEqual(typeof os.release(), 'string');
assert.strictEqual(typeof os.version(), 'string');
assert.strictEqual(typeof os.machine(), 'string');
assert.ok(os.totalmem() > os.freemem());
assert.ok(os.freemem() > 0);
assert.ok(os.uptime() > 0);
assert.strictEqual(os.loadavg().length, 3);
assert.ok(os.availableParallelism() >= 1);
const cpus = os.cpus();
assert.ok(cpus.length >= 1);
assert.deepStrictEqual(Object.keys(cpus[0]), ['model', 'speed', 'times']);
assert.deepStrictEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);
const user = os.userInfo();
assert.deepStrictEqual(Object.keys(user), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(user.uid, process.getuid());
assert.strictEqual(typeof os.homedir(), 'string');
{
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = '/some/tmp/';
  assert.strictEqual(os.tmpdir(), '/some/tmp');
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
}
assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_LOW, 19);
assert.strictEqual(typeof os.getPriority(), 'number');
assert.throws(() => os.getPriority('x'), { code: 'ERR_INVALID_ARG_TYPE' });
