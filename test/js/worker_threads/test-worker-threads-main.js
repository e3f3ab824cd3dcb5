'use strict';
// worker_threads from the main thread: isMainThread, threadId 0, no
// parentPort or workerData, environment data set and read back, SHARE_ENV.
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.workerData, null);
assert.deepStrictEqual(wt.resourceLimits, {});
assert.strictEqual(wt.SHARE_ENV, Symbol.for('nodejs.worker_threads.SHARE_ENV'));
wt.setEnvironmentData('eddy-key', { a: 1 });
assert.deepStrictEqual(wt.getEnvironmentData('eddy-key'), { a: 1 });
wt.setEnvironmentData('eddy-key', undefined);
assert.strictEqual(wt.getEnvironmentData('eddy-key'), undefined);
assert.strictEqual(wt.markAsUntransferable({}), undefined);
for (const name of ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel']) {
  assert.strictEqual(typeof wt[name], 'function', name);
}
