'use strict';
// util.parseArgs.
const assert = require('assert');
const { parseArgs } = require('util');

const nullProto = (obj) => Object.assign(Object.create(null), obj);

// Basics.
assert.deepStrictEqual(
  parseArgs({ args: ['--foo', '--bar', 'b'], options: { foo: { type: 'boolean' }, bar: { type: 'string' } } }),
  { values: nullProto({ foo: true, bar: 'b' }), positionals: [] });
assert.deepStrictEqual(parseArgs({ args: [] }), { values: nullProto({}), positionals: [] });
assert.deepStrictEqual(parseArgs({ options: null, args: [] }), { values: nullProto({}), positionals: [] });

// Short options, groups and inline values.
const opts = {
  all: { type: 'boolean', short: 'a' },
  brief: { type: 'boolean', short: 'b' },
  file: { type: 'string', short: 'f' },
  multi: { type: 'string', short: 'm', multiple: true },
};
assert.deepStrictEqual(parseArgs({ args: ['-ab', '-f', 'x.txt'], options: opts }).values,
                       nullProto({ all: true, brief: true, file: 'x.txt' }));
assert.deepStrictEqual(parseArgs({ args: ['-abfvalue'], options: opts }).values,
                       nullProto({ all: true, brief: true, file: 'value' }));
assert.deepStrictEqual(parseArgs({ args: ['-fvalue', '--file=other'], options: opts }).values,
                       nullProto({ file: 'other' }));
assert.deepStrictEqual(parseArgs({ args: ['-m', '1', '--multi=2', '-m3'], options: opts }).values,
                       nullProto({ multi: ['1', '2', '3'] }));
assert.deepStrictEqual(parseArgs({ args: ['--file', '-'], options: opts }).values, nullProto({ file: '-' }));

// Positionals and the terminator.
assert.deepStrictEqual(
  parseArgs({ args: ['a', '--all', '--', '--not-an-option', '-b'], options: opts, allowPositionals: true }),
  { values: nullProto({ all: true }), positionals: ['a', '--not-an-option', '-b'] });
assert.deepStrictEqual(parseArgs({ args: ['-'], allowPositionals: true }).positionals, ['-']);

// Defaults.
{
  const def = ['d'];
  const { values } = parseArgs({
    args: ['--given', 'g'],
    options: {
      given: { type: 'string', default: 'unused' },
      str: { type: 'string', default: 'def' },
      bool: { type: 'boolean', default: false },
      list: { type: 'string', multiple: true, default: def },
    },
  });
  assert.deepStrictEqual(values, nullProto({ given: 'g', str: 'def', bool: false, list: ['d'] }));
  assert.strictEqual(values.list, def);
}

// Non-strict mode stores whatever is given.
assert.deepStrictEqual(
  parseArgs({ args: ['--unknown', '-xyz', '--val=1', '--bool=str', 'pos'], strict: false, options: { bool: { type: 'boolean' } } }),
  { values: nullProto({ unknown: true, x: true, y: true, z: true, val: '1', bool: 'str' }), positionals: ['pos'] });
assert.deepStrictEqual(parseArgs({ args: ['--__proto__', '--constructor'], strict: false }).values,
                       nullProto({ constructor: true }));

// allowNegative.
assert.deepStrictEqual(
  parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean', default: true } }, allowNegative: true }).values,
  nullProto({ color: false }));
assert.deepStrictEqual(
  parseArgs({ args: ['--color', '--no-color'], options: { color: { type: 'boolean', multiple: true } }, allowNegative: true }).values,
  nullProto({ color: [true, false] }));
assert.throws(() => parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } } }),
              { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--no-color'" });
assert.throws(() => parseArgs({ args: ['--no-name'], options: { name: { type: 'string' } }, allowNegative: true }),
              { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });

// Tokens.
assert.deepStrictEqual(
  parseArgs({ args: ['-ab', '--file', 'f', '--', 'p'], options: opts, allowPositionals: true, tokens: true }).tokens,
  [
    { kind: 'option', name: 'all', rawName: '-a', index: 0, value: undefined, inlineValue: undefined },
    { kind: 'option', name: 'brief', rawName: '-b', index: 0, value: undefined, inlineValue: undefined },
    { kind: 'option', name: 'file', rawName: '--file', index: 1, value: 'f', inlineValue: false },
    { kind: 'option-terminator', index: 3 },
    { kind: 'positional', index: 4, value: 'p' },
  ]);
assert.deepStrictEqual(
  parseArgs({ args: ['--x=1', '-fv'], options: opts, strict: false, tokens: true }).tokens,
  [
    { kind: 'option', name: 'x', rawName: '--x', index: 0, value: '1', inlineValue: true },
    { kind: 'option', name: 'file', rawName: '-f', index: 1, value: 'v', inlineValue: true },
  ]);

// Strict-mode errors.
assert.throws(() => parseArgs({ args: ['--nope'] }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', name: 'TypeError', message: "Unknown option '--nope'",
});
assert.throws(() => parseArgs({ args: ['-q'], allowPositionals: true }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  message: "Unknown option '-q'. To specify a positional argument starting with a '-', " +
    "place it at the end of the command after '--', as in '-- \"-q\"",
});
assert.throws(() => parseArgs({ args: ['pos'] }), {
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  name: 'TypeError',
  message: "Unexpected argument 'pos'. This command does not take positional arguments",
});
assert.throws(() => parseArgs({ args: ['--file'], options: opts }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  name: 'TypeError',
  message: "Option '-f, --file <value>' argument missing",
});
assert.throws(() => parseArgs({ args: ['--all=yes'], options: opts }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '-a, --all' does not take an argument",
});
assert.throws(() => parseArgs({ args: ['--file', '-x'], options: opts }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  message: "Option '--file' argument is ambiguous.\nDid you forget to specify the option argument for '--file'?\n" +
    "To specify an option argument starting with a dash use '--file=-XYZ'.",
});
assert.throws(() => parseArgs({ args: ['-f', '-x'], options: opts }), {
  message: "Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\n" +
    "To specify an option argument starting with a dash use '--file=-XYZ' or '-f-XYZ'.",
});

// Configuration validation.
const invalid = [
  [{ args: 'x' }, 'ERR_INVALID_ARG_TYPE', 'The "args" argument must be an instance of Array. Received type string (\'x\')'],
  [{ strict: 1 }, 'ERR_INVALID_ARG_TYPE', 'The "strict" argument must be of type boolean. Received type number (1)'],
  [{ tokens: 'yes' }, 'ERR_INVALID_ARG_TYPE', 'The "tokens" argument must be of type boolean. Received type string (\'yes\')'],
  [{ allowNegative: 'x' }, 'ERR_INVALID_ARG_TYPE', 'The "allowNegative" argument must be of type boolean. Received type string (\'x\')'],
  [{ options: [] }, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received an instance of Array'],
  [{ options: { f: 5 } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f" property must be of type object. Received type number (5)'],
  [{ options: { f: { type: 'bad' } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f.type" property must be (\'string|boolean\'). Received type string (\'bad\')'],
  [{ options: { f: { type: 'string', short: 'ab' } } }, 'ERR_INVALID_ARG_VALUE', "The property 'options.f.short' must be a single character. Received 'ab'"],
  [{ options: { f: { type: 'string', short: 5 } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f.short" property must be of type string. Received type number (5)'],
  [{ options: { f: { type: 'string', multiple: 'x' } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f.multiple" property must be of type boolean. Received type string (\'x\')'],
  [{ options: { f: { type: 'string', default: 5 } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f.default" property must be of type string. Received type number (5)'],
  [{ options: { f: { type: 'boolean', default: 'x' } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f.default" property must be of type boolean. Received type string (\'x\')'],
  [{ options: { f: { type: 'string', multiple: true, default: ['a', 5] } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f.default[1]" property must be of type string. Received type number (5)'],
  [{ options: { f: { type: 'string', multiple: true, default: 'a' } } }, 'ERR_INVALID_ARG_TYPE', 'The "options.f.default" property must be an instance of Array. Received type string (\'a\')'],
];
for (const [config, code, message] of invalid) {
  assert.throws(() => parseArgs({ args: [], ...config }), { code, message }, JSON.stringify(config));
}
assert.throws(() => parseArgs(null), TypeError);

// Without args it reads process.argv after the script.
assert.deepStrictEqual(parseArgs({ strict: false }).positionals, process.argv.slice(2));
