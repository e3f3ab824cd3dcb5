'use strict';
// The globals the foundation provides, checked against node 20's behaviour.
const assert = require('assert');

// structuredClone (V8's serializer)
{
  const src = { a: [1, { b: new Map([[1, new Set([2])]]) }], d: new Date(0), r: /x/gi, n: -0 };
  src.self = src;
  const copy = structuredClone(src);
  assert.notStrictEqual(copy, src);
  assert.strictEqual(copy.self, copy);
  assert.deepStrictEqual(copy.a[1].b.get(1), new Set([2]));
  assert.strictEqual(copy.d.getTime(), 0);
  assert.strictEqual(copy.r.flags, 'gi');
  assert.ok(Object.is(copy.n, -0));
  assert.throws(() => structuredClone(() => {}), (err) => {
    assert.strictEqual(err.name, 'DataCloneError');
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.code, 25);
    return true;
  });
  assert.throws(() => structuredClone(Symbol('s')), { name: 'DataCloneError' });
  assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
  assert.strictEqual(structuredClone(undefined), undefined);
  assert.strictEqual(structuredClone(10n), 10n);
}

// TextEncoder / TextDecoder (utf-8)
{
  const enc = new TextEncoder();
  assert.strictEqual(enc.encoding, 'utf-8');
  assert.deepStrictEqual([...enc.encode('h€😀')], [104, 226, 130, 172, 240, 159, 152, 128]);
  assert.deepStrictEqual([...enc.encode()], []);
  assert.deepStrictEqual([...enc.encode('\ud800')], [239, 191, 189]);  // lone surrogate
  const into = new Uint8Array(4);
  assert.deepStrictEqual(enc.encodeInto('a€b', into), { read: 2, written: 4 });
  const dec = new TextDecoder();
  assert.strictEqual(dec.encoding, 'utf-8');
  assert.strictEqual(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])), 'hi');
  assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true })
    .decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])), '\ufeffh');
  assert.strictEqual(dec.decode(new Uint8Array([0xff, 0x41])), '\ufffdA');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])),
                { code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError' });
  // A character split across chunks in stream mode.
  const s = new TextDecoder();
  const bytes = enc.encode('€😀');
  let out = '';
  for (const b of bytes) out += s.decode(new Uint8Array([b]), { stream: true });
  out += s.decode();
  assert.strictEqual(out, '€😀');
  assert.throws(() => new TextDecoder('klingon'), { code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError' });
  assert.strictEqual(dec.decode(new Uint16Array([0x6968]).buffer), 'hi');
}

// performance
{
  assert.strictEqual(typeof performance.now(), 'number');
  assert.ok(performance.now() >= 0);
  assert.ok(performance.timeOrigin > 1.6e12);
  assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
}

// queueMicrotask, AbortController, EventTarget, Event exist and work
{
  assert.throws(() => queueMicrotask(1), { code: 'ERR_INVALID_ARG_TYPE' });
  const ac = new AbortController();
  let fired = 0;
  ac.signal.addEventListener('abort', () => fired++);
  ac.abort();
  assert.strictEqual(fired, 1);
  assert.strictEqual(ac.signal.reason.name, 'AbortError');
  const et = new EventTarget();
  et.addEventListener('x', (e) => { assert.strictEqual(e.type, 'x'); fired++; });
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(fired, 2);
}

// The global object itself
{
  assert.strictEqual(global, globalThis);
  assert.strictEqual(Object.prototype.toString.call(globalThis), '[object global]');
  const keys = Object.keys(globalThis);
  for (const k of ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
                   'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone']) {
    assert.ok(keys.includes(k), k);
  }
  assert.ok(!keys.includes('console'));
  assert.ok(!keys.includes('process'));
  assert.strictEqual(typeof Symbol.dispose, 'symbol');
  assert.strictEqual(typeof Symbol.asyncDispose, 'symbol');
}
