'use strict';
// AsyncResource: runInAsyncScope calls the function with its this and
// arguments, bind() keeps length and exposes asyncResource, ids are numbers,
// bad arguments throw node's errors; createHook returns an enable/disable-able
// hook.
const assert = require('assert');
const { AsyncResource, createHook, executionAsyncId, triggerAsyncId } = require('async_hooks');

const r = new AsyncResource('EddyTest');
assert.strictEqual(typeof r.asyncId(), 'number');
assert.strictEqual(typeof r.triggerAsyncId(), 'number');
assert.strictEqual(r.runInAsyncScope(function(a, b) { return [this, a + b]; }, 'self', 1, 2)[1], 3);
const bound = r.bind(function(a, b) { return a * b; });
assert.strictEqual(bound.length, 2);
assert.strictEqual(bound.asyncResource, r);
assert.strictEqual(bound(3, 4), 12);
const staticBound = AsyncResource.bind((x) => x + 1);
assert.strictEqual(staticBound(1), 2);
assert.strictEqual(r.emitDestroy(), r);
assert.doesNotThrow(() => new AsyncResource(''));
assert.throws(() => new AsyncResource(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new AsyncResource('x', { triggerAsyncId: -2 }), { code: 'ERR_INVALID_ASYNC_ID' });
assert.strictEqual(typeof executionAsyncId(), 'number');
assert.strictEqual(typeof triggerAsyncId(), 'number');
const hook = createHook({ init() {} });
assert.strictEqual(hook.enable(), hook);
assert.strictEqual(hook.disable(), hook);
assert.throws(() => createHook({ init: 1 }), { code: 'ERR_ASYNC_CALLBACK' });
