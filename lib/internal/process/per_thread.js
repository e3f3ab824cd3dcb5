'use strict';
// The process methods that wrap internalBinding('process_methods') with
// node's argument checking: hrtime, memoryUsage, cpuUsage, kill, exit, ...

const binding = internalBinding('process_methods');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL,
  },
  errnoException,
} = require('internal/errors');
const { validateNumber, validateObject } = require('internal/validators');

const hrValues = new Uint32Array(3);

function hrtime(time) {
  binding.hrtime(hrValues);
  const sec = hrValues[0] * 0x100000000 + hrValues[1];
  const nsec = hrValues[2];
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    let s = sec - time[0];
    let ns = nsec - time[1];
    if (ns < 0) {
      s -= 1;
      ns += 1e9;
    }
    return [s, ns];
  }
  return [sec, nsec];
}
hrtime.bigint = binding.hrtimeBigInt;

const memValues = new Float64Array(5);
function memoryUsage() {
  binding.memoryUsage(memValues);
  return {
    rss: memValues[0],
    heapTotal: memValues[1],
    heapUsed: memValues[2],
    external: memValues[3],
    arrayBuffers: memValues[4],
  };
}
memoryUsage.rss = binding.rss;

const cpuValues = new Float64Array(2);
function previousValueIsValid(num) {
  return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0;
}
function cpuUsage(prevValue) {
  binding.cpuUsage(cpuValues);
  if (prevValue) {
    validateObject(prevValue, 'prevValue');
    validateNumber(prevValue.user, 'prevValue.user');
    if (!previousValueIsValid(prevValue.user)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
    }
    validateNumber(prevValue.system, 'prevValue.system');
    if (!previousValueIsValid(prevValue.system)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
    }
    return {
      user: cpuValues[0] - prevValue.user,
      system: cpuValues[1] - prevValue.system,
    };
  }
  return { user: cpuValues[0], system: cpuValues[1] };
}

const resValues = new Float64Array(16);
function resourceUsage() {
  binding.resourceUsage(resValues);
  return {
    userCPUTime: resValues[0],
    systemCPUTime: resValues[1],
    maxRSS: resValues[2],
    sharedMemorySize: resValues[3],
    unsharedDataSize: resValues[4],
    unsharedStackSize: resValues[5],
    minorPageFault: resValues[6],
    majorPageFault: resValues[7],
    swappedOut: resValues[8],
    fsRead: resValues[9],
    fsWrite: resValues[10],
    ipcSent: resValues[11],
    ipcReceived: resValues[12],
    signalsCount: resValues[13],
    voluntaryContextSwitches: resValues[14],
    involuntaryContextSwitches: resValues[15],
  };
}

function kill(pid, sig) {
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signal;
  if (sig === (sig | 0)) {
    signal = sig;
  } else {
    if (sig === undefined) sig = 'SIGTERM';
    const { signals } = internalBinding('constants');
    signal = signals[sig];
    if (signal === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = binding.kill(pid, signal);
  if (err) throw errnoException(err, 'kill');
  return true;
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(process.exitCode || 0);
}

function abort() {
  binding.reallyExit(134);
}

// As node's main thread: the directory is asked for once and kept until
// process.chdir() (path.resolve() calls this for every relative path).
let cachedCwd = '';
function cwd() {
  if (cachedCwd === '') cachedCwd = binding.cwd();
  return cachedCwd;
}

function chdir(directory) {
  if (typeof directory !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('directory', 'string', directory);
  }
  cachedCwd = '';
  const err = binding.chdir(directory);
  if (err) {
    // The directory the process stays in; '' if it is gone.
    let before = '';
    try { before = binding.cwd(); } catch { /* removed */ }
    // node: "ENOENT: no such file or directory, chdir /cwd -> 'dir'"
    const { errname, getErrorMessage } = internalBinding('uv');
    const code = errname(err);
    const e = new Error(`${code}: ${getErrorMessage(err)}, chdir '${before}' -> '${directory}'`);
    e.errno = err;
    e.code = code;
    e.syscall = 'chdir';
    e.path = before;
    e.dest = directory;
    throw e;
  }
}

function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer ' +
                                      'or an octal string');
    }
    mask = parseInt(mask, 8);
  } else if (typeof mask !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('mask', 'number', mask);
  }
  require('internal/validators').validateUint32(mask, 'mask');
  return binding.umask(mask);
}

function uptime() { return binding.uptime(); }

module.exports = {
  hrtime, memoryUsage, cpuUsage, resourceUsage, kill, exit, abort, cwd, chdir, umask, uptime,
};
