'use strict';
// Argument checks, with node's error codes and messages.
const assert = require('assert');
const cp = require('child_process');

function check(fn, code, name, message) {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.name, name);
    if (message !== undefined) assert.strictEqual(e.message, message);
    return true;
  });
}

check(() => cp.spawn(1), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "file" argument must be of type string. Received type number (1)');
check(() => cp.spawn(''), 'ERR_INVALID_ARG_VALUE', 'TypeError',
      "The argument 'file' cannot be empty. Received ''");
check(() => cp.spawn('a', 'b'), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "args" argument must be of type object. Received type string (\'b\')');
check(() => cp.spawn('a', [], 'x'), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "options" argument must be of type object. Received type string (\'x\')');
check(() => cp.spawn('a\0b'), 'ERR_INVALID_ARG_VALUE', 'TypeError',
      "The argument 'file' must be a string without null bytes. Received 'a\\x00b'");
check(() => cp.spawn('a', ['\0']), 'ERR_INVALID_ARG_VALUE', 'TypeError',
      "The argument 'args[0]' must be a string without null bytes. Received '\\x00'");
check(() => cp.spawn('a', { cwd: 1 }), 'ERR_INVALID_ARG_TYPE', 'TypeError');
check(() => cp.spawn('a', { stdio: 'foo' }), 'ERR_INVALID_ARG_VALUE', 'TypeError',
      "The argument 'stdio' is invalid. Received 'foo'");
check(() => cp.spawn('a', { stdio: ['foo'] }), 'ERR_INVALID_SYNC_FORK_INPUT', 'TypeError');
check(() => cp.spawn('a', { uid: 'x' }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "options.uid" property must be int32. Received type string (\'x\')');
check(() => cp.spawn('a', { gid: 1.5 }), 'ERR_INVALID_ARG_TYPE', 'TypeError');
check(() => cp.spawn('a', { timeout: -1 }), 'ERR_OUT_OF_RANGE', 'RangeError',
      'The value of "timeout" is out of range. It must be an unsigned integer. Received -1');
check(() => cp.spawn('a', { killSignal: 'FOO' }), 'ERR_UNKNOWN_SIGNAL', 'TypeError',
      'Unknown signal: FOO');
check(() => cp.spawn('a', { signal: 1 }), 'ERR_INVALID_ARG_TYPE', 'TypeError');
check(() => cp.spawn('a', { shell: 1 }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "options.shell" property must be one of type boolean or string. Received type number (1)');
check(() => cp.spawn('a', { argv0: 1 }), 'ERR_INVALID_ARG_TYPE', 'TypeError');
check(() => cp.spawn('a', { detached: 1 }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "options.detached" property must be of type boolean. Received type number (1)');
check(() => cp.exec(1), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "command" argument must be of type string. Received type number (1)');
check(() => cp.execFile('a', { maxBuffer: -1 }), 'ERR_OUT_OF_RANGE', 'RangeError',
      'The value of "options.maxBuffer" is out of range. It must be a positive number. Received -1');
check(() => cp.execFile('a', [], {}, 'cb'), 'ERR_INVALID_ARG_TYPE', 'TypeError');
check(() => cp.execSync(1), 'ERR_INVALID_ARG_TYPE', 'TypeError');
check(() => cp.spawnSync('a', { input: 1 }), 'ERR_INVALID_ARG_TYPE', 'TypeError',
      'The "options.stdio[0]" property must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (1)');
check(() => cp.spawnSync('a', { maxBuffer: 'x' }), 'ERR_OUT_OF_RANGE', 'RangeError');
check(() => cp.spawnSync('a', { timeout: 1.5 }), 'ERR_OUT_OF_RANGE', 'RangeError');
