'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown and
// emitKeypressEvents: the escapes written and the keys decoded.
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

let written = [];
const stream = new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } });

assert.strictEqual(readline.cursorTo(stream, 3), true);
readline.cursorTo(stream, 3, 4);
readline.moveCursor(stream, 2, -1);
readline.moveCursor(stream, -2, 3);
readline.clearLine(stream, -1);
readline.clearLine(stream, 1);
readline.clearLine(stream, 0);
readline.clearScreenDown(stream);
assert.deepStrictEqual(written, ['\x1b[4G', '\x1b[5;4H', '\x1b[2C\x1b[1A', '\x1b[2D\x1b[3B',
                                 '\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[0J']);
written = [];
assert.strictEqual(readline.moveCursor(stream, 0, 0), true);
assert.strictEqual(readline.cursorTo(stream), true);
assert.strictEqual(readline.cursorTo(null, 1), true);
assert.strictEqual(readline.clearLine(undefined, 0), true);
assert.deepStrictEqual(written, []);
assert.throws(() => readline.cursorTo(stream, undefined, 2), { code: 'ERR_INVALID_CURSOR_POS' });
assert.throws(() => readline.cursorTo(stream, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.clearLine(stream, 0, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
let called = 0;
readline.moveCursor(stream, 0, 0, () => called++);
readline.cursorTo(stream, 1, () => called++);
setImmediate(() => assert.strictEqual(called, 2));

// Keypress decoding.
const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);  // a second call changes nothing
const keys = [];
input.on('keypress', (s, k) => keys.push([s, k.name, k.ctrl, k.meta, k.shift, k.sequence]));
input.write('a');
input.write('B');
input.write('\r\n\t\x7f\x03 ');
input.write('\x1b[A\x1b[1;5C\x1b[3~\x1bOH\x1b[1;2D');
input.write('\x1bb');
input.write('\x1b[');            // split across chunks
input.write('B');
input.write('é');
assert.deepStrictEqual(keys, [
  ['a', 'a', false, false, false, 'a'],
  ['B', 'b', false, false, true, 'B'],
  ['\r', 'return', false, false, false, '\r'],
  ['\n', 'enter', false, false, false, '\n'],
  ['\t', 'tab', false, false, false, '\t'],
  ['\x7f', 'backspace', false, false, false, '\x7f'],
  ['\x03', 'c', true, false, false, '\x03'],
  [' ', 'space', false, false, false, ' '],
  [undefined, 'up', false, false, false, '\x1b[A'],
  [undefined, 'right', true, false, false, '\x1b[1;5C'],
  [undefined, 'delete', false, false, false, '\x1b[3~'],
  [undefined, 'home', false, false, false, '\x1bOH'],
  [undefined, 'left', false, false, true, '\x1b[1;2D'],
  [undefined, 'b', false, true, false, '\x1bb'],
  [undefined, 'down', false, false, false, '\x1b[B'],
  ['é', undefined, false, false, false, 'é'],
]);
input.destroy();
