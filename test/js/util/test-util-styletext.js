'use strict';
// util.styleText.
const assert = require('assert');
const { styleText, inspect } = require('util');

const noValidate = { validateStream: false };
assert.strictEqual(styleText('red', 'text', noValidate), '\u001b[31mtext\u001b[39m');
assert.strictEqual(styleText('bold', '', noValidate), '\u001b[1m\u001b[22m');
assert.strictEqual(styleText('grey', 'g', noValidate), '\u001b[90mg\u001b[39m');
assert.strictEqual(styleText('bgBlueBright', 'b', noValidate), '\u001b[104mb\u001b[49m');
assert.strictEqual(styleText(['bold', 'underline', 'red'], 'x', noValidate),
                   '\u001b[1m\u001b[4m\u001b[31mx\u001b[39m\u001b[24m\u001b[22m');
for (const name of Object.keys(inspect.colors)) {
  const [open, close] = inspect.colors[name];
  assert.strictEqual(styleText(name, 'x', noValidate), `\u001b[${open}mx\u001b[${close}m`);
}

// Validation.
const formats = Object.keys(inspect.colors).map((k) => `'${k}'`).join(', ');
assert.throws(() => styleText('nope', 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: `The argument 'format' must be one of: ${formats}. Received 'nope'`,
});
assert.throws(() => styleText(['red', 'nope'], 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => styleText(5, 'x', noValidate), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => styleText('red', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (5)',
});
assert.throws(() => styleText('nope', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => styleText('red', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. Received type number (1)',
});
assert.throws(() => styleText('red', 'x', { stream: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
    'Received an instance of Object',
});

// With stream validation, colors only go to a stream that shows them.
const fakeTTY = {
  isTTY: true,
  getColorDepth() { return 8; },
  hasColors() { return true; },
  write() {},
  on() {},
};
const fakeFile = { isTTY: false, write() {}, on() {} };
const forced = process.env.FORCE_COLOR;
if (forced === undefined) {
  assert.strictEqual(styleText('red', 'x', { stream: fakeTTY }), '\u001b[31mx\u001b[39m');
  assert.strictEqual(styleText('red', 'x', { stream: fakeFile }), 'x');
}
