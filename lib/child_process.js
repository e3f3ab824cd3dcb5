'use strict';
// child_process: spawn/exec/execFile over ChildProcess
// (lib/internal/child_process.js), and the synchronous forms over
// internalBinding('process_wrap').spawnSync, which runs the child to
// completion on a private loop. Arguments are checked here with node's
// errors; the native side trusts the normalized options object (see the
// layout at the top of src/process_wrap.cc). fork() is spawn() of
// process.execPath with an 'ipc' stdio slot (the channel is
// lib/internal/child_process/channel.js).

const {
  AbortError,
  genericNodeError,
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  errnoException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');
const { kCustomPromisifiedSymbol, getSystemErrorName } = require('internal/util');
const { Buffer } = require('buffer');
const {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  signalName,
} = require('internal/child_process');

const MAX_BUFFER = 1024 * 1024;

function lazyBinding() { return internalBinding('process_wrap'); }

// --- argument normalization -----------------------------------------------

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function validateNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

// (file, args, options) → { file, args (argv0 first), envPairs, ... }.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = [...args];
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) validateNullBytes(args[i], `args[${i}]`);

  if (options === undefined) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  options = { ...options };

  let cwd = options.cwd;
  if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  for (const key of ['uid', 'gid']) {
    const id = options[key];
    if (id != null && !(Number.isInteger(id) && id >= -2147483648 && id <= 2147483647)) {
      throw new ERR_INVALID_ARG_TYPE(`options.${key}`, 'int32', id);
    }
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateNullBytes(options.shell, 'options.shell');
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value === undefined) continue;
    validateNullBytes(key, `options.env['${key}']`);
    validateNullBytes(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

// --- spawn ----------------------------------------------------------------

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = options.killSignal === undefined ? undefined :
    convertToValidSignal(options.killSignal);

  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }

  const signal = options.signal;
  if (signal) {
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// --- fork -----------------------------------------------------------------

// 'pipe' / 'inherit' / ... → the array form, with `channel` ('ipc') added.
function stdioStringToArray(stdio, channel) {
  const out = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      out.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      out.push(0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) out.push(channel);
  return out;
}

// The parent's own -e/-p code is not passed on: the child would run it
// again (and fork again).
const kEvalFlags = new Set(['-e', '--eval', '-p', '--print', '-pe', '-ep']);
function withoutEval(execArgv) {
  const index = execArgv.findIndex((arg) => kEvalFlags.has(arg));
  if (index === -1) return execArgv;
  const out = [...execArgv];
  out.splice(index, 2);
  return out;
}

function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateNullBytes(options.execPath, 'options.execPath');

  let execArgv = options.execArgv || process.execArgv;
  if (!Array.isArray(execArgv)) {
    throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', execArgv);
  }
  for (let i = 0; i < execArgv.length; i++) {
    validateNullBytes(execArgv[i], `options.execArgv[${i}]`);
  }
  if (execArgv === process.execArgv) execArgv = withoutEval(execArgv);
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    // stdin, stdout and stderr are the parent's unless `silent`; the
    // channel goes at fd 3.
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

// --- execFile / exec ------------------------------------------------------

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = [...args];
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null || typeof options === 'function') options = {};
  if (callback != null) validateFunction(callback, 'callback');
  // execFile's options.argv0 may be given as a string only.
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = convertToValidSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding && options.encoding !== 'buffer' &&
    Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId = null;
  let ex = null;
  let cmd = file;

  function decode(chunks) {
    const buf = Buffer.concat(chunks);
    return encoding ? buf.toString(encoding) : buf;
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = decode(stdoutChunks);
    const stderr = decode(stderrChunks);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args.length !== 0) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, name, getLen, addLen) {
    stream.on('data', (chunk) => {
      const room = options.maxBuffer - getLen();
      if (chunk.length > room) {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        addLen(Math.max(room, 0));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
        addLen(chunk.length);
      }
    });
  }
  if (child.stdout) {
    collect(child.stdout, stdoutChunks, 'stdout', () => stdoutLen, (n) => { stdoutLen += n; });
  }
  if (child.stderr) {
    collect(child.stderr, stderrChunks, 'stderr', () => stderrLen, (n) => { stderrLen += n; });
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function customPromiseExec(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(execFile, kCustomPromisifiedSymbol, {
  __proto__: null, enumerable: false, value: customPromiseExec(execFile),
});

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

Object.defineProperty(exec, kCustomPromisifiedSymbol, {
  __proto__: null, enumerable: false, value: customPromiseExec(exec),
});

// --- the synchronous forms --------------------------------------------------

function spawnSync(file, args, options) {
  options = {
    maxBuffer: MAX_BUFFER,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = convertToValidSignal(options.killSignal === undefined ? 'SIGTERM' :
    options.killSignal);

  const stdio = getValidStdio(options.stdio || 'pipe', true);
  if (options.input != null) {
    const input = options.input;
    if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]',
                                     ['string', 'Buffer', 'TypedArray', 'DataView'], input);
    }
    if (stdio[0].type === 'pipe') stdio[0].input = input;
  }
  for (let i = 0; i < stdio.length; i++) {
    const input = stdio[i].input;
    if (typeof input === 'string') {
      stdio[i].input = Buffer.from(input, options.encoding);
    } else if (input != null && !(input instanceof Uint8Array)) {
      stdio[i].input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    }
  }

  const result = lazyBinding().spawnSync({
    file: options.file,
    args: options.args,
    envPairs: options.envPairs,
    cwd: options.cwd,
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
    stdio,
    timeout: options.timeout || 0,
    maxBuffer: options.maxBuffer == null ? Infinity : options.maxBuffer,
    killSignal: options.killSignal,
  });

  const encoding = options.encoding && options.encoding !== 'buffer' &&
    Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const out = {};
  if (result.output !== undefined) {
    const output = result.output.map((u8) => {
      if (u8 === null) return null;
      const buf = Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
      return encoding ? buf.toString(encoding) : buf;
    });
    out.status = null;
    out.signal = null;
    out.output = output;
    out.pid = result.pid;
    out.stdout = output[1] ?? null;
    out.stderr = output[2] ?? null;
    if (result.signal) {
      out.signal = signalName(result.signal);
    } else {
      out.status = result.status;
    }
  } else {
    out.pid = 0;
    out.output = null;
    out.stdout = null;
    out.stderr = null;
    out.status = null;
    out.signal = null;
  }
  if (result.error) {
    out.error = errnoException(result.error, `spawnSync ${options.file}`);
    out.error.path = options.file;
    out.error.spawnargs = options.args.slice(1);
  }
  // node's key order: [error,] status, signal, output, pid, stdout, stderr
  return {
    ...(out.error ? { error: out.error } : {}),
    status: out.status,
    signal: out.signal,
    output: out.output,
    pid: out.pid,
    stdout: out.stdout,
    stderr: out.stderr,
  };
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...args], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
