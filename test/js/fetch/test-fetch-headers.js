'use strict';
// Headers: validation and undici's messages, combining, sorted iteration,
// set-cookie handling, guards, iterators and inspect.
const assert = require('assert');
const util = require('util');
const { test } = require('../webstreams/harness');

test('append combines, iteration is sorted and lower-cased, set-cookie kept apart', () => {
  const h = new Headers({ B: '2', a: ' 1 ', 'set-cookie': 'x=1' });
  h.append('A', '3');
  h.append('Set-Cookie', 'y=2');
  assert.deepStrictEqual([...h], [['a', '1, 3'], ['b', '2'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
  assert.strictEqual(h.get('a'), '1, 3');
  assert.strictEqual(h.get('set-cookie'), 'x=1, y=2');
  assert.deepStrictEqual(h.getSetCookie(), ['x=1', 'y=2']);
  assert.strictEqual(h.has('A'), true);
  assert.strictEqual(h.get('zz'), null);
  assert.strictEqual(util.inspect(h), "Headers { B: '2', a: '1, 3', 'set-cookie': 'x=1, y=2' }");
  assert.strictEqual(util.inspect(new Headers()), 'Headers {}');
});

test('init forms', () => {
  assert.deepStrictEqual([...new Headers([['c', '1'], ['a', '2'], ['b', '3'], ['a', '4']])],
                         [['a', '2, 4'], ['b', '3'], ['c', '1']]);
  assert.deepStrictEqual([...new Headers(new Headers({ a: '1' }))], [['a', '1']]);
  assert.deepStrictEqual([...new Headers({ a: 1, b: null, c: undefined })],
                         [['a', '1'], ['b', 'null'], ['c', 'undefined']]);
  assert.deepStrictEqual([...new Headers(new Map([['m', 'v']]))], [['m', 'v']]);
  assert.strictEqual(new Headers({ a: '\t x \t' }).get('a'), 'x');
  assert.strictEqual(new Headers({ a: '' }).get('a'), '');
});

test('validation errors', () => {
  const err = (message) => ({ name: 'TypeError', message });
  assert.throws(() => new Headers({ 'bad name': 'x' }), err('Headers.append: "bad name" is an invalid header name.'));
  assert.throws(() => new Headers({ a: 'x\ny' }), err('Headers.append: "x\ny" is an invalid header value.'));
  assert.throws(() => new Headers({ a: 'x\0y' }), err('Headers.append: "x\0y" is an invalid header value.'));
  assert.throws(() => new Headers(1), err('Headers constructor: Argument 1 could not be converted to one of: ' +
    'sequence<sequence<ByteString>>, record<ByteString, ByteString>.'));
  assert.throws(() => new Headers([['a']]), err('Headers constructor: expected name/value pair to be length 2, found 1.'));
  assert.throws(() => new Headers().append('é', 'x'), err('Headers.append: "é" is an invalid header name.'));
  assert.throws(() => new Headers().get('bad name'), err('Headers.get: "bad name" is an invalid header name.'));
  assert.throws(() => new Headers().append('a'), err('Headers.append: 2 arguments required, but only 1 found.'));
  assert.throws(() => new Headers().set('a b', 'x'), err('Headers.set: "a b" is an invalid header name.'));
  assert.throws(() => Headers(), { name: 'TypeError' });
});

test('set, delete, forEach', () => {
  const h = new Headers([['set-cookie', 'a'], ['set-cookie', 'b'], ['x', '1']]);
  assert.deepStrictEqual([...h], [['set-cookie', 'a'], ['set-cookie', 'b'], ['x', '1']]);
  h.set('Set-Cookie', 'c');
  assert.deepStrictEqual(h.getSetCookie(), ['c']);
  h.delete('X');
  assert.deepStrictEqual([...h.keys()], ['set-cookie']);
  const seen = [];
  new Headers({ b: '1', a: '2' }).forEach(function(value, key, self) {
    assert.ok(self instanceof Headers);
    seen.push(`${key}=${value}`, this.tag);
  }, { tag: 't' });
  assert.deepStrictEqual(seen, ['a=2', 't', 'b=1', 't']);
});

test('iterators', () => {
  assert.strictEqual(Headers.prototype[Symbol.iterator], Headers.prototype.entries);
  const it = new Headers({ a: '1', b: '2' }).entries();
  assert.strictEqual(Object.prototype.toString.call(it), '[object Headers Iterator]');
  assert.strictEqual(util.inspect(it), 'Object [Headers Iterator] {}');
  assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
  assert.strictEqual(typeof it[Symbol.iterator], 'function');
  assert.deepStrictEqual([...new Headers({ a: '1', b: '2' }).values()], ['1', '2']);
  // Live: an append during iteration is seen.
  const h = new Headers({ a: '1' });
  const keys = [];
  for (const key of h.keys()) {
    keys.push(key);
    if (key === 'a') h.append('b', '2');
  }
  assert.deepStrictEqual(keys, ['a', 'b']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Headers.prototype),
                         ['constructor', 'append', 'delete', 'get', 'has', 'set', 'getSetCookie',
                          'keys', 'values', 'entries', 'forEach']);
});

test('guards: immutable response headers; request and response keep all names', () => {
  assert.throws(() => Response.error().headers.set('a', 'b'), { name: 'TypeError', message: 'immutable' });
  assert.throws(() => Response.redirect('http://x/').headers.append('a', 'b'), { message: 'immutable' });
  const r = new Request('http://x', { headers: { host: 'h', 'content-length': '5', x: 'y' } });
  assert.deepStrictEqual([...r.headers], [['content-length', '5'], ['host', 'h'], ['x', 'y']]);
  assert.deepStrictEqual([...new Response('', { headers: { 'set-cookie': 'a=b' } }).headers],
                         [['content-type', 'text/plain;charset=UTF-8'], ['set-cookie', 'a=b']]);
});

test('ByteString and record conversions', () => {
  assert.throws(() => new Headers({ a: '\u0100' }), {
    name: 'TypeError',
    message: 'Cannot convert argument to a ByteString because the character at index 0 has a value of 256 which is greater than 255.',
  });
  assert.strictEqual(new Headers({ a: '\u00e9' }).get('a'), '\u00e9');
  assert.throws(() => new Headers({ [Symbol('x')]: 'y', a: 'b' }), {
    name: 'TypeError',
    message: 'Headers contructor: init is a symbol, which cannot be converted to a DOMString.',
  });
  const h = new Headers();
  h.set('a', '  b  ');
  assert.strictEqual(h.get('a'), 'b');
  h.append('n', 1);
  assert.strictEqual(h.get('n'), '1');
});
