'use strict';
// The process warnings console emits for misused labels, and the global
// console's shape.
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

const out = new EventEmitter();
out.chunks = [];
out.write = (chunk) => { out.chunks.push(chunk); return true; };
const c = new Console(out);

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

c.timeEnd('nope');
c.timeLog('nope');
c.countReset('nope');
c.time('dup');
c.time('dup');
c.countReset();
// count() stringifies its label but countReset() looks it up as given.
c.count(1);
c.countReset(1);
c.countReset('1');

assert.deepStrictEqual(out.chunks, ['1: 1\n']);

// The global console.
assert.strictEqual(require('console'), console);
assert.ok(console instanceof Console);
assert.strictEqual(console.Console, Console);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');
assert.strictEqual(typeof Object.getPrototypeOf(console), 'object');
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(console)), Object.prototype);
for (const name of ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
                    'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug',
                    'info', 'dirxml', 'error', 'groupCollapsed']) {
  assert.strictEqual(typeof console[name], 'function', name);
  assert.strictEqual(console[name].name, name);
  assert.ok(Object.prototype.propertyIsEnumerable.call(console, name), name);
}
// Methods are bound to the console.
const { count } = console;
assert.strictEqual(typeof count, 'function');

setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    "Warning: No such label 'nope' for console.timeEnd()",
    "Warning: No such label 'nope' for console.timeLog()",
    "Warning: Count for 'nope' does not exist",
    "Warning: Label 'dup' already exists for console.time()",
    "Warning: Count for 'default' does not exist",
    "Warning: Count for '1' does not exist",
  ]);
});
