'use strict';
// vm's argument checks: node 20's error codes and messages.
const assert = require('assert');
const vm = require('vm');

const s = new vm.Script('1');
const cases = [
  [() => new vm.Script('x', { cachedData: 'a' }), 'ERR_INVALID_ARG_TYPE',
   'The "options.cachedData" property must be an instance of Buffer, TypedArray, or DataView. ' +
   "Received type string ('a')"],
  [() => new vm.Script('1', { filename: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.filename" property must be of type string. Received type number (1)'],
  [() => new vm.Script('1', { lineOffset: 'a' }), 'ERR_INVALID_ARG_TYPE',
   'The "options.lineOffset" property must be of type number. Received type string (\'a\')'],
  [() => new vm.Script('1', { produceCachedData: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.produceCachedData" property must be of type boolean. Received type number (1)'],
  [() => new vm.Script('1', 5), 'ERR_INVALID_ARG_TYPE',
   'The "options" argument must be of type object. Received type number (5)'],
  [() => s.runInContext({}), 'ERR_INVALID_ARG_TYPE',
   'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object'],
  [() => s.runInContext(1), 'ERR_INVALID_ARG_TYPE',
   'The "object" argument must be of type object. Received type number (1)'],
  [() => s.runInThisContext({ timeout: -1 }), 'ERR_OUT_OF_RANGE',
   'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received -1'],
  [() => s.runInThisContext({ timeout: 0 }), 'ERR_OUT_OF_RANGE',
   'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received 0'],
  [() => s.runInThisContext({ timeout: 'a' }), 'ERR_INVALID_ARG_TYPE',
   'The "options.timeout" property must be of type number. Received type string (\'a\')'],
  [() => s.runInThisContext({ displayErrors: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.displayErrors" property must be of type boolean. Received type number (1)'],
  [() => s.runInThisContext({ breakOnSigint: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.breakOnSigint" property must be of type boolean. Received type number (1)'],
  [() => s.runInThisContext(1), 'ERR_INVALID_ARG_TYPE',
   'The "options" argument must be of type object. Received type number (1)'],
  [() => vm.createContext(1), 'ERR_INVALID_ARG_TYPE',
   'The "object" argument must be of type object. Received type number (1)'],
  [() => vm.createContext({}, { name: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.name" property must be of type string. Received type number (1)'],
  [() => vm.createContext({}, { origin: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.origin" property must be of type string. Received type number (1)'],
  [() => vm.createContext({}, { codeGeneration: { strings: 1 } }), 'ERR_INVALID_ARG_TYPE',
   'The "options.codeGeneration.strings" property must be of type boolean. Received type number (1)'],
  [() => vm.createContext({}, { microtaskMode: 'x' }), 'ERR_INVALID_ARG_VALUE',
   "The property 'options.microtaskMode' must be one of: 'afterEvaluate', undefined. Received 'x'"],
  [() => vm.isContext(1), 'ERR_INVALID_ARG_TYPE',
   'The "object" argument must be of type object. Received type number (1)'],
  [() => vm.isContext(null), 'ERR_INVALID_ARG_TYPE',
   'The "object" argument must be of type object. Received null'],
  [() => vm.runInContext('1', {}), 'ERR_INVALID_ARG_TYPE',
   'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object'],
  [() => vm.runInNewContext('1', 1), 'ERR_INVALID_ARG_TYPE',
   'The "object" argument must be of type object. Received type number (1)'],
  [() => vm.runInNewContext('1', {}, { contextName: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.contextName" property must be of type string. Received type number (1)'],
  [() => vm.compileFunction(1), 'ERR_INVALID_ARG_TYPE',
   'The "code" argument must be of type string. Received type number (1)'],
  [() => vm.compileFunction('a', 'b'), 'ERR_INVALID_ARG_TYPE',
   'The "params" argument must be an instance of Array. Received type string (\'b\')'],
  [() => vm.compileFunction('a', [1]), 'ERR_INVALID_ARG_TYPE',
   'The "params[0]" argument must be of type string. Received type number (1)'],
  [() => vm.compileFunction('a', [], { parsingContext: {} }), 'ERR_INVALID_ARG_TYPE',
   'The "options.parsingContext" property must be an instance of Context. ' +
   'Received an instance of Object'],
  [() => vm.compileFunction('a', [], { contextExtensions: 1 }), 'ERR_INVALID_ARG_TYPE',
   'The "options.contextExtensions" property must be an instance of Array. ' +
   'Received type number (1)'],
  [() => vm.compileFunction('a', [], { contextExtensions: [1] }), 'ERR_INVALID_ARG_TYPE',
   'The "options.contextExtensions[0]" property must be of type object. Received type number (1)'],
  [() => vm.measureMemory({ mode: 'x' }), 'ERR_INVALID_ARG_VALUE',
   "The property 'options.mode' must be one of: 'summary', 'detailed'. Received 'x'"],
];
process.on('warning', () => {});  // measureMemory's ExperimentalWarning
for (const [fn, code, message] of cases) {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.code, code, `${fn}`);
    assert.strictEqual(e.message, message, `${fn}`);
    return true;
  });
}
// String options are a filename; the script still runs.
assert.strictEqual(new vm.Script('5', 'name.js').runInThisContext(), 5);
