'use strict';
// JSON.parse throws node 20's SyntaxError messages (eddy's V8 10.2 words them
// differently; lib/internal/json_errors.js finds node 20's). The expected
// messages were printed by node 20. The random corpus behind the rules is in
// test/golden/globals/json-parse-corpus.js.
const assert = require('assert');

const cases = [
  ["{bad", "Expected property name or '}' in JSON at position 1"],
  ["bad", "Unexpected token 'b', \"bad\" is not valid JSON"],
  ["", "Unexpected end of JSON input"],
  [" \n", "Unexpected end of JSON input"],
  ["[1,]", "Unexpected token ']', \"[1,]\" is not valid JSON"],
  ["{\"a\":1,}", "Expected double-quoted property name in JSON at position 7"],
  ["{\"a\" 1}", "Expected ':' after property name in JSON at position 5"],
  ["{\"p\":1,\"a\" 1}", "Unexpected number in JSON at position 11"],
  ["{\"a\":1 \"b\"}", "Expected ',' or '}' after property value in JSON at position 7"],
  ["[1 2]", "Expected ',' or ']' after array element in JSON at position 3"],
  ["\"abc", "Unterminated string in JSON at position 4"],
  ["\"a\u0001\"", "Bad control character in string literal in JSON at position 2"],
  ["\"\\x\"", "Bad escaped character in JSON at position 2"],
  ["\"\\\u0100\"", "Unexpected token '\u0100', \"\"\\\u0100\"\" is not valid JSON"],
  ["\"\\u12g4\"", "Bad Unicode escape in JSON at position 5"],
  ["\"\\u12", "Bad Unicode escape in JSON at position 5"],
  ["\"\\", "Unexpected end of JSON input"],
  ["-", "No number after minus sign in JSON at position 1"],
  ["-x", "No number after minus sign in JSON at position 1"],
  ["1.", "Unterminated fractional number in JSON at position 2"],
  ["1.e5", "Unterminated fractional number in JSON at position 2"],
  ["1e", "Exponent part is missing a number in JSON at position 2"],
  ["1e+", "Exponent part is missing a number in JSON at position 3"],
  ["01", "Unexpected number in JSON at position 1"],
  ["-01", "Unexpected number in JSON at position 2"],
  ["1 2", "Unexpected non-whitespace character after JSON at position 2"],
  ["undefined", "\"undefined\" is not valid JSON"],
  ["NaN", "\"NaN\" is not valid JSON"],
  ["Infinity", "\"Infinity\" is not valid JSON"],
  ["[object Object]", "\"[object Object]\" is not valid JSON"],
  [" NaN", "Unexpected token 'N', \" NaN\" is not valid JSON"],
  ["nul", "Unexpected end of JSON input"],
  ["tru", "Unexpected end of JSON input"],
  ["nux", "Unexpected token 'x', \"nux\" is not valid JSON"],
  ["t ", "Unexpected token ' ', \"t \" is not valid JSON"],
  ["{", "Expected property name or '}' in JSON at position 1"],
  ["[", "Unexpected end of JSON input"],
  ["{\"a\"", "Expected ':' after property name in JSON at position 4"],
  ["{\"a\":", "Unexpected end of JSON input"],
  ["{\"a\":1", "Expected ',' or '}' after property value in JSON at position 6"],
  ["{\"a\":1,", "Expected double-quoted property name in JSON at position 7"],
  ["[1,2", "Expected ',' or ']' after array element in JSON at position 4"],
  ["[1,2,", "Unexpected end of JSON input"],
  ["'a'", "Unexpected token ''', \"'a'\" is not valid JSON"],
  ["[\ud83d\ude00]", "Unexpected token '\ud83d', \"[\ud83d\ude00]\" is not valid JSON"],
  ["0x10", "Unexpected non-whitespace character after JSON at position 1"],
  ["{\"a\":\"b\"}x", "Unexpected non-whitespace character after JSON at position 9"],
  ["\t[\t]\tx", "Unexpected non-whitespace character after JSON at position 5"],
  ["x0123456789012345678901234567890123456789", "Unexpected token 'x', \"x012345678\"... is not valid JSON"],
  ["0123456789[x", "Unexpected number in JSON at position 1"],
  ["[1,1,1,1,1x1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1]", "Expected ',' or ']' after array element in JSON at position 10"],
  ["[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,x]", "Unexpected token 'x', ...\"1,1,1,1,1,x]\" is not valid JSON"],
  ["[1,1,1,1,1,1,1,1,1,x,1,1,1,1,1,1,1,1,1,1,1]", "Unexpected token 'x', ...\"1,1,1,1,1,x,1,1,1,1,\"... is not valid JSON"],
  ["[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,x,1,1,1,1,1,1,1,1,1,1]", "Unexpected token 'x', ...\"1,1,1,1,1,x,1,1,1,1,\"... is not valid JSON"],
  ["[1,2,3,4,5,6,7,8,9,10,x]", "Unexpected token 'x', ...\",7,8,9,10,x]\" is not valid JSON"],
];

for (const [text, message] of cases) {
  assert.throws(() => JSON.parse(text), (err) => {
    assert.strictEqual(Object.getPrototypeOf(err), SyntaxError.prototype);
    assert.strictEqual(err.message, message, `JSON.parse(${JSON.stringify(text)})`);
    return true;
  });
}

// Arguments that are not strings go through ToString once.
{
  const expectMessage = (value, message) =>
    assert.throws(() => JSON.parse(value), { name: 'SyntaxError', message });
  expectMessage(undefined, '"undefined" is not valid JSON');
  expectMessage({}, '"[object Object]" is not valid JSON');
  expectMessage(NaN, '"NaN" is not valid JSON');
  expectMessage([], 'Unexpected end of JSON input');
  expectMessage(() => 1, 'Unexpected token \'(\', "() => 1" is not valid JSON');
  let calls = 0;
  expectMessage({ toString() { calls++; return '{x'; } },
                "Expected property name or '}' in JSON at position 1");
  assert.strictEqual(calls, 1);
  assert.throws(() => JSON.parse(Symbol('s')), {
    name: 'TypeError', message: 'Cannot convert a Symbol value to a string',
  });
  assert.strictEqual(JSON.parse(null), null);
  assert.strictEqual(JSON.parse(12), 12);
  assert.strictEqual(JSON.parse(10n), 10);
  assert.strictEqual(JSON.parse(new String('"s"')), 's');
}

// Deep nesting: the error scan must not recurse.
assert.throws(() => JSON.parse('['.repeat(200000)), { message: 'Unexpected end of JSON input' });
assert.throws(() => JSON.parse(`${'['.repeat(100000)}${']'.repeat(100000)}]`),
              { message: 'Unexpected non-whitespace character after JSON at position 200000' });

// The stack starts at the caller.
{
  function callsParse() { return JSON.parse('{bad'); }
  assert.throws(callsParse, (err) => {
    const frames = err.stack.split('\n').filter((line) => line.startsWith('    at '));
    assert.match(frames.find((line) => !line.includes('<anonymous>')), /callsParse/);
    return true;
  });
}

// Still V8's JSON.parse to look at, and the same results.
{
  assert.strictEqual(JSON.parse.name, 'parse');
  assert.strictEqual(JSON.parse.length, 2);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(JSON, 'parse'), {
    value: JSON.parse, writable: true, enumerable: false, configurable: true,
  });
  assert.strictEqual(Object.hasOwn(JSON.parse, 'prototype'), false);
  assert.throws(() => new JSON.parse('1'), { name: 'TypeError' });
  assert.deepStrictEqual(JSON.parse(' {"a":[1,"\\u0041",{"b":null}]} '), { a: [1, 'A', { b: null }] });
  const seen = [];
  const revived = JSON.parse('{"a":[1,2],"b":{"c":3}}', function(key, value) {
    seen.push(key);
    return typeof value === 'number' ? value * 10 : value;
  });
  assert.deepStrictEqual(revived, { a: [10, 20], b: { c: 30 } });
  assert.deepStrictEqual(seen, ['0', '1', 'a', 'c', 'b', '']);
  // An error from the reviver is not a syntax error and passes through as is.
  const mine = new SyntaxError('from the reviver');
  assert.throws(() => JSON.parse('[1]', () => { throw mine; }), (err) => err === mine);
}

// Response.json() parses with JSON.parse.
(async () => {
  await assert.rejects(new Response('{"a":1,}').json(), {
    name: 'SyntaxError', message: 'Expected double-quoted property name in JSON at position 7',
  });
})().then(() => console.log('ok'));
