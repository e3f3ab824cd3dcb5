'use strict';
// Smaller util APIs: toUSVString, stripVTControlCharacters,
// getSystemErrorName/Map, isDeepStrictEqual, debuglog, aborted, parseEnv,
// TextEncoder/TextDecoder, getCallSites (node 22 API, when present).
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('\udc00\ud83d\ude00\ud800'), '\ufffd\ud83d\ude00\ufffd');
assert.strictEqual(util.toUSVString(5), '5');

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1;4mx\u001b[0m \u001b]8;;http://a\u0007link\u001b]8;;\u0007'), 'x link');
assert.throws(() => util.stripVTControlCharacters(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (1)',
});

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
assert.throws(() => util.getSystemErrorName(2), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 2',
});
assert.throws(() => util.getSystemErrorName('x'), { code: 'ERR_INVALID_ARG_TYPE' });
{
  const map = util.getSystemErrorMap();
  assert.ok(map instanceof Map);
  assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
  assert.deepStrictEqual(map.get(-98), ['EADDRINUSE', 'address already in use']);
}

assert.strictEqual(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);
assert.strictEqual(util.isDeepStrictEqual(new Set([1]), new Set([1])), true);

assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);
assert.strictEqual(util.debug, util.debuglog);
assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

// debuglog is off without NODE_DEBUG.
if (!process.env.NODE_DEBUG) {
  const log = util.debuglog('test-section');
  assert.strictEqual(log.enabled, false);
  let gotLogger;
  const withCb = util.debuglog('other-section', (fn) => { gotLogger = fn; });
  withCb('message');
  assert.strictEqual(typeof gotLogger, 'function');
}

// parseEnv.
assert.deepStrictEqual(util.parseEnv('B=2\nA=1\n# comment\nexport C=3\nD="x\\ny"\nE=\'single\' # c\nF=  spaced  \nG='), {
  A: '1', B: '2', C: '3', D: 'x\ny', E: 'single', F: 'spaced', G: '',
});
assert.deepStrictEqual(Object.keys(util.parseEnv('Z=1\nM=2\nA=3')), ['A', 'M', 'Z']);
assert.throws(() => util.parseEnv(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "content" argument must be of type string. Received type number (5)',
});

// getCallSites (node 22).
if (typeof util.getCallSites === 'function') {
  function inner() { return util.getCallSites(); }
  const sites = inner();
  assert.strictEqual(sites[0].functionName, 'inner');
  assert.strictEqual(sites[0].scriptName, __filename);
  assert.strictEqual(typeof sites[0].lineNumber, 'number');
  assert.strictEqual(typeof sites[0].column, 'number');
  assert.strictEqual(util.getCallSites(1).length, 1);
  assert.throws(() => util.getCallSites(0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => util.getCallSites('x'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// aborted.
{
  const ac = new AbortController();
  let resolved = false;
  const p = util.aborted(ac.signal, {}).then(() => { resolved = true; });
  assert.ok(p instanceof Promise);
  setTimeout(() => {
    assert.strictEqual(resolved, false);
    ac.abort();
    setTimeout(() => assert.strictEqual(resolved, true), 1);
  }, 1);

  const done = new AbortController();
  done.abort();
  util.aborted(done.signal, {}).then((v) => assert.strictEqual(v, undefined));

  util.aborted(undefined, {}).then(assert.fail, (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'The "signal" argument must be an instance of AbortSignal. Received undefined');
  });
  util.aborted({}, {}).then(assert.fail, (err) => assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE'));
  util.aborted(done.signal, 5).then(assert.fail, (err) => {
    assert.strictEqual(err.message, 'The "resource" argument must be of type object. Received type number (5)');
  });
}

// util.log prefixes a timestamp.
{
  const original = console.log;
  let line;
  console.log = (...args) => { line = util.format(...args); };
  try {
    util.log('hello %s', 'world');
  } finally {
    console.log = original;
  }
  assert.match(line, /^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d:\d\d - hello world$/);
}
