'use strict';
// assert: error classes, codes and messages. Expected values were recorded
// from node 20 (run this file under node to confirm).
const assert = require('assert');

const obj = {};
const big = (n, change = -1) => Array.from({ length: n }, (_, i) => (i === change ? -1 : i));

// The observable shape of what f() throws (or returns, for constructors).
function describe(f) {
  let v;
  try {
    v = f();
  } catch (e) {
    const r = { threw: true, name: e.name, code: e.code, message: e.message };
    if (e instanceof assert.AssertionError) {
      Object.assign(r, {
        generatedMessage: e.generatedMessage,
        operator: e.operator,
        keys: Object.keys(e),
        header: e.stack.split('\n')[0],
        string: String(e),
      });
    }
    return r;
  }
  if (v instanceof assert.AssertionError) {
    return {
      threw: false,
      name: v.name,
      code: v.code,
      message: v.message,
      generatedMessage: v.generatedMessage,
      operator: v.operator,
      keys: Object.keys(v),
      string: String(v),
    };
  }
  return { threw: false };
}

let failures = 0;
function check(source, f, expected) {
  const actual = describe(f);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    failures++;
    console.error(`FAIL: ${source}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}

const cases = [
  ["assert.strictEqual(1, 2)",
   () => assert.strictEqual(1, 2),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\n1 !== 2\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n"}],
  ["assert.strictEqual('a', 'b')",
   () => assert.strictEqual('a', 'b'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\n'a' !== 'b'\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n'a' !== 'b'\n"}],
  ["assert.strictEqual(1, 2, 'custom message')",
   () => assert.strictEqual(1, 2, 'custom message'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"custom message\n\n1 !== 2\n","generatedMessage":false,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: custom message","string":"AssertionError [ERR_ASSERTION]: custom message\n\n1 !== 2\n"}],
  ["assert.strictEqual(1, 2, '')",
   () => assert.strictEqual(1, 2, ''),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\n1 !== 2\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n"}],
  ["assert.strictEqual(NaN, 0)",
   () => assert.strictEqual(NaN, 0),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\nNaN !== 0\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\nNaN !== 0\n"}],
  ["assert.strictEqual(0, -0)",
   () => assert.strictEqual(0, -0),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0"}],
  ["assert.strictEqual({}, {})",
   () => assert.strictEqual({}, {}),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Values have same structure but are not reference-equal:\n\n{}\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Values have same structure but are not reference-equal:","string":"AssertionError [ERR_ASSERTION]: Values have same structure but are not reference-equal:\n\n{}\n"}],
  ["assert.strictEqual([1, 2], [1, 2])",
   () => assert.strictEqual([1, 2], [1, 2]),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Values have same structure but are not reference-equal:\n\n[\n  1,\n  2\n]\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Values have same structure but are not reference-equal:","string":"AssertionError [ERR_ASSERTION]: Values have same structure but are not reference-equal:\n\n[\n  1,\n  2\n]\n"}],
  ["assert.strictEqual('aaaaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaaab')",
   () => assert.strictEqual('aaaaaaaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaaaaaaab'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n+ actual - expected\n\n+ 'aaaaaaaaaaaaaaaaaaaaa'\n- 'aaaaaaaaaaaaaaaaaaaab'\n                       ^","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n+ actual - expected\n\n+ 'aaaaaaaaaaaaaaaaaaaaa'\n- 'aaaaaaaaaaaaaaaaaaaab'\n                       ^"}],
  ["assert.strictEqual('a\\nb\\nc', 'a\\nB\\nc')",
   () => assert.strictEqual('a\nb\nc', 'a\nB\nc'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n+ actual - expected\n\n+ 'a\\nb\\nc'\n- 'a\\nB\\nc'\n      ^","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n+ actual - expected\n\n+ 'a\\nb\\nc'\n- 'a\\nB\\nc'\n      ^"}],
  ["assert.notStrictEqual(1, 1)",
   () => assert.notStrictEqual(1, 1),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" to be strictly unequal to: 1","generatedMessage":true,"operator":"notStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected \"actual\" to be strictly unequal to: 1","string":"AssertionError [ERR_ASSERTION]: Expected \"actual\" to be strictly unequal to: 1"}],
  ["assert.notStrictEqual('hello world', 'hello world')",
   () => assert.notStrictEqual('hello world', 'hello world'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" to be strictly unequal to:\n\n'hello world'","generatedMessage":true,"operator":"notStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected \"actual\" to be strictly unequal to:","string":"AssertionError [ERR_ASSERTION]: Expected \"actual\" to be strictly unequal to:\n\n'hello world'"}],
  ["assert.notStrictEqual(obj, obj)",
   () => assert.notStrictEqual(obj, obj),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" not to be reference-equal to \"expected\": {}","generatedMessage":true,"operator":"notStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be reference-equal to \"expected\": {}","string":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be reference-equal to \"expected\": {}"}],
  ["assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })",
   () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }"}],
  ["assert.deepStrictEqual({ a: 1 }, { a: '1' })",
   () => assert.deepStrictEqual({ a: 1 }, { a: '1' }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1\n-   a: '1'\n  }","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1\n-   a: '1'\n  }"}],
  ["assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11])",
   () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    1,\n...\n    8,\n    9,\n+   10\n-   11\n  ]","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    1,\n...\n    8,\n    9,\n+   10\n-   11\n  ]"}],
  ["assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']]))",
   () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Map(1) {\n+   1 => 'a'\n-   1 => 'b'\n  }","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Map(1) {\n+   1 => 'a'\n-   1 => 'b'\n  }"}],
  ["assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))",
   () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Set(2) {\n    1,\n+   2\n-   3\n  }","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Set(2) {\n    1,\n+   2\n-   3\n  }"}],
  ["assert.deepStrictEqual(new Error('a'), new Error('b'))",
   () => assert.deepStrictEqual(new Error('a'), new Error('b')),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Error: a]\n- [Error: b]\n          ^","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Error: a]\n- [Error: b]\n          ^"}],
  ["assert.deepStrictEqual({ f() {} }, { f() {} })",
   () => assert.deepStrictEqual({ f() {} }, { f() {} }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Values have same structure but are not reference-equal:\n\n{\n  f: [Function: f]\n}\n","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Values have same structure but are not reference-equal:","string":"AssertionError [ERR_ASSERTION]: Values have same structure but are not reference-equal:\n\n{\n  f: [Function: f]\n}\n"}],
  ["assert.deepStrictEqual([-0], [0])",
   () => assert.deepStrictEqual([-0], [0]),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n+   -0\n-   0\n  ]","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n+   -0\n-   0\n  ]"}],
  ["assert.deepStrictEqual(Object.create(null), {})",
   () => assert.deepStrictEqual(Object.create(null), {}),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Object: null prototype] {}\n- {}","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Object: null prototype] {}\n- {}"}],
  ["assert.deepStrictEqual(big(60), big(60, 30))",
   () => assert.deepStrictEqual(big(60), big(60, 30)),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    0,\n...\n    28,\n    29,\n+   30,\n-   -1,\n    31,\n...\n    58,\n    59\n  ]","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    0,\n...\n    28,\n    29,\n+   30,\n-   -1,\n    31,\n...\n    58,\n    59\n  ]"}],
  ["assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom')",
   () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"custom\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }","generatedMessage":false,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: custom","string":"AssertionError [ERR_ASSERTION]: custom\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }"}],
  ["assert.notDeepStrictEqual({ a: 1 }, { a: 1 })",
   () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n","generatedMessage":true,"operator":"notDeepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be strictly deep-equal to:","string":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n"}],
  ["assert.notDeepStrictEqual([1], [1])",
   () => assert.notDeepStrictEqual([1], [1]),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" not to be strictly deep-equal to:\n\n[\n  1\n]\n","generatedMessage":true,"operator":"notDeepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be strictly deep-equal to:","string":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be strictly deep-equal to:\n\n[\n  1\n]\n"}],
  ["assert.deepEqual({ a: 1 }, { a: 2 })",
   () => assert.deepEqual({ a: 1 }, { a: 2 }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}","generatedMessage":true,"operator":"deepEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be loosely deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}"}],
  ["assert.deepEqual([1, 2], [1, '3'])",
   () => assert.deepEqual([1, 2], [1, '3']),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be loosely deep-equal:\n\n[\n  1,\n  2\n]\n\nshould loosely deep-equal\n\n[\n  1,\n  '3'\n]","generatedMessage":true,"operator":"deepEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be loosely deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be loosely deep-equal:\n\n[\n  1,\n  2\n]\n\nshould loosely deep-equal\n\n[\n  1,\n  '3'\n]"}],
  ["assert.notDeepEqual({ a: 1 }, { a: '1' })",
   () => assert.notDeepEqual({ a: 1 }, { a: '1' }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould not loosely deep-equal\n\n{\n  a: '1'\n}","generatedMessage":true,"operator":"notDeepEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values not to be loosely deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould not loosely deep-equal\n\n{\n  a: '1'\n}"}],
  ["assert.notDeepEqual([1], ['1'])",
   () => assert.notDeepEqual([1], ['1']),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values not to be loosely deep-equal:\n\n[\n  1\n]\n\nshould not loosely deep-equal\n\n[\n  '1'\n]","generatedMessage":true,"operator":"notDeepEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values not to be loosely deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values not to be loosely deep-equal:\n\n[\n  1\n]\n\nshould not loosely deep-equal\n\n[\n  '1'\n]"}],
  ["assert.equal(1, 2)",
   () => assert.equal(1, 2),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"1 == 2","generatedMessage":true,"operator":"==","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: 1 == 2","string":"AssertionError [ERR_ASSERTION]: 1 == 2"}],
  ["assert.equal('a', 'b')",
   () => assert.equal('a', 'b'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"'a' == 'b'","generatedMessage":true,"operator":"==","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: 'a' == 'b'","string":"AssertionError [ERR_ASSERTION]: 'a' == 'b'"}],
  ["assert.equal(null, 0)",
   () => assert.equal(null, 0),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"null == 0","generatedMessage":true,"operator":"==","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: null == 0","string":"AssertionError [ERR_ASSERTION]: null == 0"}],
  ["assert.notEqual(1, '1')",
   () => assert.notEqual(1, '1'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"1 != '1'","generatedMessage":true,"operator":"!=","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: 1 != '1'","string":"AssertionError [ERR_ASSERTION]: 1 != '1'"}],
  ["assert.notEqual(NaN, NaN)",
   () => assert.notEqual(NaN, NaN),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"NaN != NaN","generatedMessage":true,"operator":"!=","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: NaN != NaN","string":"AssertionError [ERR_ASSERTION]: NaN != NaN"}],
  ["assert.ok()",
   () => assert.ok(),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"No value argument passed to `assert.ok()`","generatedMessage":true,"operator":"==","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: No value argument passed to `assert.ok()`","string":"AssertionError [ERR_ASSERTION]: No value argument passed to `assert.ok()`"}],
  ["assert.ok(false, 'message')",
   () => assert.ok(false, 'message'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"message","generatedMessage":false,"operator":"==","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: message","string":"AssertionError [ERR_ASSERTION]: message"}],
  ["assert.ok(false, new TypeError('own error'))",
   () => assert.ok(false, new TypeError('own error')),
   {"threw":true,"name":"TypeError","message":"own error"}],
  ["assert.strict.equal(1, '1')",
   () => assert.strict.equal(1, '1'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\n1 !== '1'\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== '1'\n"}],
  ["assert.strict.deepEqual({ a: 1 }, { a: '1' })",
   () => assert.strict.deepEqual({ a: 1 }, { a: '1' }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1\n-   a: '1'\n  }","generatedMessage":true,"operator":"deepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n+   a: 1\n-   a: '1'\n  }"}],
  ["assert.strict.notEqual(1, 1)",
   () => assert.strict.notEqual(1, 1),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" to be strictly unequal to: 1","generatedMessage":true,"operator":"notStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected \"actual\" to be strictly unequal to: 1","string":"AssertionError [ERR_ASSERTION]: Expected \"actual\" to be strictly unequal to: 1"}],
  ["assert.strict.notDeepEqual({ a: 1 }, { a: 1 })",
   () => assert.strict.notDeepEqual({ a: 1 }, { a: 1 }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n","generatedMessage":true,"operator":"notDeepStrictEqual","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be strictly deep-equal to:","string":"AssertionError [ERR_ASSERTION]: Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n"}],
  ["assert.fail()",
   () => assert.fail(),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Failed","generatedMessage":true,"operator":"fail","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Failed","string":"AssertionError [ERR_ASSERTION]: Failed"}],
  ["assert.fail('boom')",
   () => assert.fail('boom'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"boom","generatedMessage":false,"operator":"fail","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: boom","string":"AssertionError [ERR_ASSERTION]: boom"}],
  ["assert.fail(new TypeError('own'))",
   () => assert.fail(new TypeError('own')),
   {"threw":true,"name":"TypeError","message":"own"}],
  ["assert.throws(() => {})",
   () => assert.throws(() => {}),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Missing expected exception.","generatedMessage":false,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Missing expected exception.","string":"AssertionError [ERR_ASSERTION]: Missing expected exception."}],
  ["assert.throws(() => {}, TypeError)",
   () => assert.throws(() => {}, TypeError),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Missing expected exception (TypeError).","generatedMessage":false,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Missing expected exception (TypeError).","string":"AssertionError [ERR_ASSERTION]: Missing expected exception (TypeError)."}],
  ["assert.throws(() => {}, TypeError, 'msg')",
   () => assert.throws(() => {}, TypeError, 'msg'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Missing expected exception (TypeError): msg","generatedMessage":false,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Missing expected exception (TypeError): msg","string":"AssertionError [ERR_ASSERTION]: Missing expected exception (TypeError): msg"}],
  ["assert.throws(() => {}, 'msg')",
   () => assert.throws(() => {}, 'msg'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Missing expected exception: msg","generatedMessage":false,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Missing expected exception: msg","string":"AssertionError [ERR_ASSERTION]: Missing expected exception: msg"}],
  ["assert.throws(() => { throw new Error('x'); }, TypeError)",
   () => assert.throws(() => { throw new Error('x'); }, TypeError),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"The error is expected to be an instance of \"TypeError\". Received \"Error\"\n\nError message:\n\nx","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: The error is expected to be an instance of \"TypeError\". Received \"Error\"","string":"AssertionError [ERR_ASSERTION]: The error is expected to be an instance of \"TypeError\". Received \"Error\"\n\nError message:\n\nx"}],
  ["assert.throws(() => { throw new TypeError('x'); }, /y/)",
   () => assert.throws(() => { throw new TypeError('x'); }, /y/),
   {"threw":false}],
  ["assert.throws(() => { throw new TypeError('x'); }, { message: 'y', name: 'TypeError' })",
   () => assert.throws(() => { throw new TypeError('x'); }, { message: 'y', name: 'TypeError' }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x',\n-   message: 'y',\n    name: 'TypeError'\n  }","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x',\n-   message: 'y',\n    name: 'TypeError'\n  }"}],
  ["assert.throws(() => { throw new TypeError('x'); }, { message: /x/, name: 'TypeError' })",
   () => assert.throws(() => { throw new TypeError('x'); }, { message: /x/, name: 'TypeError' }),
   {"threw":false}],
  ["assert.throws(() => { throw new Error('abc'); }, { message: /z/, code: 'X' })",
   () => assert.throws(() => { throw new Error('abc'); }, { message: /z/, code: 'X' }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'abc'\n-   code: 'X',\n-   message: /z/\n  }","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'abc'\n-   code: 'X',\n-   message: /z/\n  }"}],
  ["assert.throws(() => { throw new Error('abc'); }, { code: 'X' }, 'custom')",
   () => assert.throws(() => { throw new Error('abc'); }, { code: 'X' }, 'custom'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"custom","generatedMessage":false,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: custom","string":"AssertionError [ERR_ASSERTION]: custom"}],
  ["assert.throws(() => { throw new Error('abc'); }, new Error('abd'))",
   () => assert.throws(() => { throw new Error('abc'); }, new Error('abd')),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'abc',\n-   message: 'abd',\n    name: 'Error'\n  }","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'abc',\n-   message: 'abd',\n    name: 'Error'\n  }"}],
  ["assert.throws(() => { throw new TypeError('x'); }, (e) => false)",
   () => assert.throws(() => { throw new TypeError('x'); }, (e) => false),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"The validation function is expected to return \"true\". Received false\n\nCaught error:\n\nTypeError: x","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: The validation function is expected to return \"true\". Received false","string":"AssertionError [ERR_ASSERTION]: The validation function is expected to return \"true\". Received false\n\nCaught error:\n\nTypeError: x"}],
  ["assert.throws(() => { throw new TypeError('x'); }, function check() { return 'yes'; })",
   () => assert.throws(() => { throw new TypeError('x'); }, function check() { return 'yes'; }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"The \"check\" validation function is expected to return \"true\". Received 'yes'\n\nCaught error:\n\nTypeError: x","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: The \"check\" validation function is expected to return \"true\". Received 'yes'","string":"AssertionError [ERR_ASSERTION]: The \"check\" validation function is expected to return \"true\". Received 'yes'\n\nCaught error:\n\nTypeError: x"}],
  ["assert.throws(() => { throw new TypeError('x'); }, (e) => e instanceof TypeError)",
   () => assert.throws(() => { throw new TypeError('x'); }, (e) => e instanceof TypeError),
   {"threw":false}],
  ["assert.throws(() => { throw 5; }, { a: 1 })",
   () => assert.throws(() => { throw 5; }, { a: 1 }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 5\n- {\n-   a: 1\n- }","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:","string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 5\n- {\n-   a: 1\n- }"}],
  ["assert.throws(() => { throw null; }, TypeError)",
   () => assert.throws(() => { throw null; }, TypeError),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"The error is expected to be an instance of \"TypeError\". Received \"null\"","generatedMessage":true,"operator":"throws","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: The error is expected to be an instance of \"TypeError\". Received \"null\"","string":"AssertionError [ERR_ASSERTION]: The error is expected to be an instance of \"TypeError\". Received \"null\""}],
  ["assert.throws(() => { throw new Error('x'); }, 'x')",
   () => assert.throws(() => { throw new Error('x'); }, 'x'),
   {"threw":true,"name":"TypeError","code":"ERR_AMBIGUOUS_ARGUMENT","message":"The \"error/message\" argument is ambiguous. The error message \"x\" is identical to the message."}],
  ["assert.throws(() => { throw new Error('x'); }, {})",
   () => assert.throws(() => { throw new Error('x'); }, {}),
   {"threw":true,"name":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The argument 'error' may not be an empty object. Received {}"}],
  ["assert.throws(() => { throw new Error('x'); }, 5)",
   () => assert.throws(() => { throw new Error('x'); }, 5),
   {"threw":true,"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (5)"}],
  ["assert.throws(() => { throw new Error('x'); }, 'a', 'b')",
   () => assert.throws(() => { throw new Error('x'); }, 'a', 'b'),
   {"threw":true,"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type string ('a')"}],
  ["assert.throws(5)",
   () => assert.throws(5),
   {"threw":true,"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"fn\" argument must be of type function. Received type number (5)"}],
  ["assert.doesNotThrow(() => { throw new Error('x'); })",
   () => assert.doesNotThrow(() => { throw new Error('x'); }),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Got unwanted exception.\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Got unwanted exception.","string":"AssertionError [ERR_ASSERTION]: Got unwanted exception.\nActual message: \"x\""}],
  ["assert.doesNotThrow(() => { throw new Error('x'); }, 'msg')",
   () => assert.doesNotThrow(() => { throw new Error('x'); }, 'msg'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Got unwanted exception: msg\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Got unwanted exception: msg","string":"AssertionError [ERR_ASSERTION]: Got unwanted exception: msg\nActual message: \"x\""}],
  ["assert.doesNotThrow(() => { throw new Error('x'); }, TypeError)",
   () => assert.doesNotThrow(() => { throw new Error('x'); }, TypeError),
   {"threw":true,"name":"Error","message":"x"}],
  ["assert.doesNotThrow(() => { throw new Error('x'); }, /x/, 'msg')",
   () => assert.doesNotThrow(() => { throw new Error('x'); }, /x/, 'msg'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"Got unwanted exception: msg\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: Got unwanted exception: msg","string":"AssertionError [ERR_ASSERTION]: Got unwanted exception: msg\nActual message: \"x\""}],
  ["assert.doesNotThrow(() => { throw new Error('x'); }, 5)",
   () => assert.doesNotThrow(() => { throw new Error('x'); }, 5),
   {"threw":true,"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"expected\" argument must be of type function or an instance of RegExp. Received type number (5)"}],
  ["assert.doesNotThrow(() => {})",
   () => assert.doesNotThrow(() => {}),
   {"threw":false}],
  ["assert.match('abc', /x/)",
   () => assert.match('abc', /x/),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"The input did not match the regular expression /x/. Input:\n\n'abc'\n","generatedMessage":true,"operator":"match","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: The input did not match the regular expression /x/. Input:","string":"AssertionError [ERR_ASSERTION]: The input did not match the regular expression /x/. Input:\n\n'abc'\n"}],
  ["assert.match('abc', /b/)",
   () => assert.match('abc', /b/),
   {"threw":false}],
  ["assert.match(5, /x/)",
   () => assert.match(5, /x/),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"The \"string\" argument must be of type string. Received type number (5)","generatedMessage":true,"operator":"match","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: The \"string\" argument must be of type string. Received type number (5)","string":"AssertionError [ERR_ASSERTION]: The \"string\" argument must be of type string. Received type number (5)"}],
  ["assert.match('abc', 'x')",
   () => assert.match('abc', 'x'),
   {"threw":true,"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"regexp\" argument must be an instance of RegExp. Received type string ('x')"}],
  ["assert.match('abc', /x/, 'custom')",
   () => assert.match('abc', /x/, 'custom'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"custom","generatedMessage":false,"operator":"match","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: custom","string":"AssertionError [ERR_ASSERTION]: custom"}],
  ["assert.doesNotMatch('abc', /b/)",
   () => assert.doesNotMatch('abc', /b/),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n","generatedMessage":true,"operator":"doesNotMatch","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: The input was expected to not match the regular expression /b/. Input:","string":"AssertionError [ERR_ASSERTION]: The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n"}],
  ["assert.ifError(new Error('bad'))",
   () => assert.ifError(new Error('bad')),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"ifError got unwanted exception: bad","generatedMessage":false,"operator":"ifError","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: bad","string":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: bad"}],
  ["assert.ifError(new TypeError(''))",
   () => assert.ifError(new TypeError('')),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"ifError got unwanted exception: TypeError","generatedMessage":false,"operator":"ifError","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: TypeError","string":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: TypeError"}],
  ["assert.ifError('str')",
   () => assert.ifError('str'),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"ifError got unwanted exception: 'str'","generatedMessage":false,"operator":"ifError","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: 'str'","string":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: 'str'"}],
  ["assert.ifError(null)",
   () => assert.ifError(null),
   {"threw":false}],
  ["assert.ifError(0)",
   () => assert.ifError(0),
   {"threw":true,"name":"AssertionError","code":"ERR_ASSERTION","message":"ifError got unwanted exception: 0","generatedMessage":false,"operator":"ifError","keys":["generatedMessage","code","actual","expected","operator"],"header":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: 0","string":"AssertionError [ERR_ASSERTION]: ifError got unwanted exception: 0"}],
  ["assert.strictEqual(1)",
   () => assert.strictEqual(1),
   {"threw":true,"name":"TypeError","code":"ERR_MISSING_ARGS","message":"The \"actual\" and \"expected\" arguments must be specified"}],
  ["assert.deepEqual()",
   () => assert.deepEqual(),
   {"threw":true,"name":"TypeError","code":"ERR_MISSING_ARGS","message":"The \"actual\" and \"expected\" arguments must be specified"}],
  ["new assert.AssertionError(5)",
   () => new assert.AssertionError(5),
   {"threw":true,"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"options\" argument must be of type object. Received type number (5)"}],
  ["new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })",
   () => new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }),
   {"threw":false,"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\n1 !== 2\n","generatedMessage":true,"operator":"strictEqual","keys":["generatedMessage","code","actual","expected","operator"],"string":"AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n"}],
  ["new assert.AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'x' })",
   () => new assert.AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'x' }),
   {"threw":false,"name":"AssertionError","code":"ERR_ASSERTION","message":"hi","generatedMessage":false,"operator":"x","keys":["generatedMessage","code","actual","expected","operator"],"string":"AssertionError [ERR_ASSERTION]: hi"}],
];
for (const [source, f, expected] of cases) check(source, f, expected);

// Without a message, ok() quotes the failing call from the source file.
const falsy = (code) => `The expression evaluated to a falsy value:\n\n  ${code}\n`;
function falsyCheck(f, code, actual) {
  try {
    f();
  } catch (e) {
    assert.strictEqual(e.message, falsy(code));
    assert.strictEqual(e.generatedMessage, true);
    assert.strictEqual(e.operator, '==');
    assert.strictEqual(e.actual, actual);
    assert.strictEqual(e.expected, true);
    return;
  }
  throw new Error('did not throw');
}
falsyCheck(() => assert.ok(false), 'assert.ok(false)', false);
falsyCheck(() => assert(0), 'assert(0)', 0);
falsyCheck(() => assert.ok(null, undefined), 'assert.ok(null, undefined)', null);
falsyCheck(() => assert.strict.ok(''), "assert.strict.ok('')", '');
falsyCheck(() => assert.ok(typeof 'x' === 'number' ? 1 : 0), "assert.ok(typeof 'x' === 'number' ? 1 : 0)", 0);
falsyCheck(() => assert.ok('a(' === ")" && /\)/.test('')), "assert.ok('a(' === \")\" && /\\)/.test(''))", false);
falsyCheck(() => assert(
    1 === 2,
  ), 'assert(\n  1 === 2,\n  )', false);

// assert/strict and assert.strict.
assert.strictEqual(require('assert/strict'), assert.strict);
assert.strictEqual(assert.strict.strict, assert.strict);
assert.strictEqual(assert.strict.equal, assert.strictEqual);
assert.strictEqual(assert.strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(assert.ok, assert);
assert.deepStrictEqual(Object.keys(assert), [
  'fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch',
  'CallTracker', 'strict',
]);

// Passing assertions.
assert.deepStrictEqual({ a: [1, { b: new Map([[1, new Set([2])]]) }] },
                       { a: [1, { b: new Map([[1, new Set([2])]]) }] });
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual(new Set([1, { a: 1 }]), new Set(['1', { a: '1' }]));
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new TypeError('abc'); }, { name: 'TypeError', message: /b/ });
assert.doesNotThrow(() => {});
assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
assert.ifError(null);
assert.ifError(undefined);
{
  const a = { x: 1 };
  a.self = a;
  const b = { x: 1 };
  b.self = b;
  assert.deepStrictEqual(a, b);
}

// Asynchronous variants.
async function asyncChecks() {
  const shape = (e) => [e.name, e.code ?? null, e.message, e.operator ?? null];
  const rejection = async (p) => {
    try {
      await p;
    } catch (e) {
      return shape(e);
    }
    return 'resolved';
  };
  assert.deepStrictEqual(await rejection(assert.rejects(Promise.resolve(1))),
                         ["AssertionError","ERR_ASSERTION","Missing expected rejection.","rejects"]);
  assert.deepStrictEqual(await rejection(assert.rejects(() => Promise.resolve(1), TypeError)),
                         ["AssertionError","ERR_ASSERTION","Missing expected rejection (TypeError).","rejects"]);
  assert.deepStrictEqual(await rejection(assert.rejects(() => 5)),
                         ["TypeError","ERR_INVALID_RETURN_VALUE","Expected instance of Promise to be returned from the \"promiseFn\" function but got type number (5).",null]);
  assert.deepStrictEqual(await rejection(assert.rejects(5)),
                         ["TypeError","ERR_INVALID_ARG_TYPE","The \"promiseFn\" argument must be of type function or an instance of Promise. Received type number (5)",null]);
  assert.deepStrictEqual(await rejection(assert.rejects(Promise.reject(new Error('x')), { message: 'x' })),
                         'resolved');
  assert.deepStrictEqual(await rejection(assert.doesNotReject(Promise.reject(new Error('x')))),
                         ["AssertionError","ERR_ASSERTION","Got unwanted rejection.\nActual message: \"x\"","doesNotReject"]);
  assert.deepStrictEqual(await rejection(assert.doesNotReject(Promise.reject(new Error('x')), 'msg')),
                         ["AssertionError","ERR_ASSERTION","Got unwanted rejection: msg\nActual message: \"x\"","doesNotReject"]);
  assert.deepStrictEqual(await rejection(assert.doesNotReject(Promise.reject(new Error('x')), TypeError)),
                         ["Error",null,"x",null]);
  assert.deepStrictEqual(await rejection(assert.doesNotReject(Promise.resolve(1))), 'resolved');
}

asyncChecks().then(() => {
  if (failures) {
    console.error(`${failures} assert case(s) failed`);
    process.exitCode = 1;
  }
}, (err) => {
  console.error(err);
  process.exitCode = 1;
});
