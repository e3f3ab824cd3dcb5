'use strict';
// querystring.parse with multi-character separators, maxKeys, custom decoders, and
// overridden querystring.escape / unescape.
// EXPECTED holds node 20's results for the same statements, in order.
const assert = require('assert');
const qs = require('querystring');

const out = [];
for (const [s, sep, eq, o] of [['aab','ab'],['a=b==c',null,'=='],['a==b=c',null,'=='],['a=&b','&='],['a&=b','&='],['a&=b','&=','='],['k=v&&','&&'],['k&','&&'],['a=b&','&', '=&'],['ab=ac', 'a', '='], ['a+b=c+d%', null, null], ['=&=', null, null], ['a=b=&c', '=&', '='],
  ['a+&b', '+&'], ['a+b', '+'], ['+=+', null, '+'], ['a&&b&c=1', null, null, {maxKeys: 2}], ['&&&a=1', null, null, {maxKeys: 3}], ['a=1&&', null, null, {maxKeys: 2}], ['a==', null, '=='], ['a=', null, '=='], ['a=%zz+%41', null, null, {decodeURIComponent: 1}],
  ['%C3%A9=%C3', null, null, {decodeURIComponent: (s) => decodeURIComponent(s)}], ['a=1&a=2', null, null, {decodeURIComponent: (s) => s + '!'}], ['x=\u00e9%20+', null, null, {decodeURIComponent: escape}]]) {
  out.push([s, sep, eq, JSON.stringify(qs.parse(s, sep, eq, o))]);
}
const old = qs.unescape; qs.unescape = (s) => '[' + s + ']'; out.push(JSON.stringify(qs.parse('a=b+c&d%41=e'))); qs.unescape = old;
const olde = qs.escape; qs.escape = (s) => '[' + s + ']'; out.push(qs.stringify({ a: 'b' })); qs.escape = olde;

const EXPECTED = [
  ["aab", "ab", null, "{\"aab\":\"\"}"],
  ["a=b==c", null, "==", "{\"a=b\":\"c\"}"],
  ["a==b=c", null, "==", "{\"a\":\"b=c\"}"],
  ["a=&b", "&=", null, "{\"a\":\"&b\"}"],
  ["a&=b", "&=", null, "{\"a\":\"\",\"b\":\"\"}"],
  ["a&=b", "&=", "=", "{\"a\":\"\",\"b\":\"\"}"],
  ["k=v&&", "&&", null, "{\"k\":\"v\"}"],
  ["k&", "&&", null, "{\"k&\":\"\"}"],
  ["a=b&", "&", "=&", "{\"a=b\":\"\"}"],
  ["ab=ac", "a", "=", "{\"b\":\"\",\"c\":\"\"}"],
  ["a+b=c+d%", null, null, "{\"a b\":\"c d%\"}"],
  ["=&=", null, null, "{\"\":[\"\",\"\"]}"],
  ["a=b=&c", "=&", "=", "{\"a=b\":\"\",\"c\":\"\"}"],
  ["a+&b", "+&", null, "{\"a\":\"\",\"b\":\"\"}"],
  ["a+b", "+", null, "{\"a\":\"\",\"b\":\"\"}"],
  ["+=+", null, "+", "{\"\":\"= \"}"],
  ["a&&b&c=1", null, null, "{\"a\":\"\"}"],
  ["&&&a=1", null, null, "{}"],
  ["a=1&&", null, null, "{\"a\":\"1\"}"],
  ["a==", null, "==", "{\"a\":\"\"}"],
  ["a=", null, "==", "{\"a=\":\"\"}"],
  ["a=%zz+%41", null, null, "{\"a\":\"%zz A\"}"],
  ["%C3%A9=%C3", null, null, "{\"\u00e9\":\"\ufffd\"}"],
  ["a=1&a=2", null, null, "{\"a!\":[\"1!\",\"2!\"]}"],
  ["x=\u00e9%20+", null, null, "{\"x\":\"%E9%2520%2520\"}"],
  "{\"[a]\":\"[b%20c]\",\"[d%41]\":\"[e]\"}",
  "[a]=[b]",
];

const got = JSON.parse(JSON.stringify(out));
assert.strictEqual(got.length, EXPECTED.length);
for (let i = 0; i < got.length; i++) {
  assert.deepStrictEqual(got[i], EXPECTED[i], `entry ${i}`);
}
