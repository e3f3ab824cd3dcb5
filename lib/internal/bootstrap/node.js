'use strict';
// Bootstrap: turns the native `process` object into node's process, installs
// the globals, hands the loop callbacks to C++, and exports the entry points
// C++ calls (runMain, evalScript, evalStdin, evaluate).
//
// Start-up cost matters (every `eddy -e 0` pays it), so heavy globals are
// installed as lazy accessors that load their module on first use.

require('internal/bootstrap/v8_compat');
const EventEmitter = require('events');
const { setCallbacks } = internalBinding('env');
const options = internalBinding('process_methods').getOptions();

// --- process as an EventEmitter -----------------------------------------------
Object.setPrototypeOf(Object.getPrototypeOf(process), EventEmitter.prototype);
EventEmitter.call(process);
{
  // A listener for a signal's name watches that signal (as node's, visible
  // as these two listeners).
  const { startListeningIfSignal, stopListeningIfSignal } = require('internal/process/signals');
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}
Object.defineProperty(process, Symbol.toStringTag, {
  value: 'process', writable: false, enumerable: false, configurable: true,
});
process._exiting = false;
{
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        // node 20 accepts integers and strings that are integers.
        if (!(typeof code === 'string' && code !== '' && Number.isInteger(+code))) {
          require('internal/validators').validateInteger(code, 'code');
        }
      }
      exitCode = code;
    },
  });
}

{
  const perThread = require('internal/process/per_thread');
  process.hrtime = perThread.hrtime;
  process.memoryUsage = perThread.memoryUsage;
  process.cpuUsage = perThread.cpuUsage;
  process.resourceUsage = perThread.resourceUsage;
  process.kill = perThread.kill;
  process.exit = perThread.exit;
  process.reallyExit = (code) => internalBinding('process_methods').reallyExit(code);
  process.abort = perThread.abort;
  process.cwd = perThread.cwd;
  // Read now, as node's start-up does: a script whose directory is removed
  // later still gets it from process.cwd().
  try { perThread.cwd(); } catch { /* no working directory: asked again later */ }
  process.chdir = perThread.chdir;
  process.umask = perThread.umask;
  process.uptime = perThread.uptime;
  process._rawDebug = (...args) => {
    internalBinding('process_methods').rawDebug(require('util').format(...args));
  };
  process.getuid = () => require('os').userInfo().uid;
  process.geteuid = process.getuid;
  process.getgid = () => require('os').userInfo().gid;
  process.getegid = process.getgid;
  process.features = {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, cached_builtins: true, typescript: false,
  };
  process.config = { target_defaults: {}, variables: {} };
  // The cgroup memory limit. Without one node 20 reports 2**64 (its libuv's
  // "unlimited"); Debian's libuv 1.44 says 0 or cgroup v1's 2**63 - 4096.
  const memoryLimit = () => {
    const limit = internalBinding('os').getConstrainedMemory();
    return limit > 0 && limit < 2 ** 62 ? limit : 0;
  };
  process.constrainedMemory = function constrainedMemory() {
    return memoryLimit() || 2 ** 64;
  };
  // Free memory, within the cgroup limit when there is one.
  process.availableMemory = function availableMemory() {
    const free = internalBinding('os').getFreeMem();
    const limit = memoryLimit();
    if (limit === 0) return free;
    const rss = process.memoryUsage.rss();
    return Math.min(free, limit > rss ? limit - rss : 0);
  };
  process.loadEnvFile = function loadEnvFile(path = undefined) {
    path = path === undefined ? '.env' :
      require('internal/fs/utils').getValidatedPath(path);
    const parsed = require('util').parseEnv(require('fs').readFileSync(path, 'utf8'));
    // Variables already set keep their values (as with --env-file).
    for (const key of Object.keys(parsed)) {
      if (process.env[key] === undefined) process.env[key] = parsed[key];
    }
  };
  // Source maps are not applied to stack traces; the setting is accepted.
  process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
    require('internal/validators').validateBoolean(val, 'val');
  };
  process.emitWarning = require('internal/process/warning').emitWarning;
  process.binding = function binding(name) {
    throw new Error(`No such module: ${name}`);
  };
  process._getActiveHandles = () => [];
  process._getActiveRequests = () => [];
  process.getActiveResourcesInfo = () => [];
  process.setUncaughtExceptionCaptureCallback = function(fn) {
    if (fn === null) {
      process.removeAllListeners('uncaughtException');
      return;
    }
    process.on('uncaughtException', fn);
  };
  process.hasUncaughtExceptionCaptureCallback = () =>
    process.listenerCount('uncaughtException') > 0;
  process.allowedNodeEnvironmentFlags = new Set();
  process.report = undefined;
}

if (options.noDeprecation) process.noDeprecation = true;
if (options.throwDeprecation) process.throwDeprecation = true;
if (options.traceDeprecation) process.traceDeprecation = true;
if (options.traceWarnings) process.traceProcessWarnings = true;

// stdio: created on first use.
{
  const stdio = require('internal/process/stdio');
  Object.defineProperty(process, 'stdout', {
    configurable: true, enumerable: false, get: stdio.getStdout,
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true, enumerable: false, get: stdio.getStderr,
  });
  Object.defineProperty(process, 'stdin', {
    configurable: true, enumerable: false, get: stdio.getStdin,
  });
}

// --- task queues, timers, and the C++ callbacks ------------------------------
const taskQueues = require('internal/process/task_queues');
const promises = require('internal/process/promises');
const timers = require('internal/timers');
const { onUncaught } = require('internal/process/execution');
timers.setup(taskQueues.runNextTicks);
// util.promisify(setTimeout) / (setImmediate) give timers/promises' versions.
for (const name of ['setTimeout', 'setImmediate']) {
  Object.defineProperty(timers[name], Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}
promises.setUnhandledRejectionsMode(options.unhandledRejections);
process.nextTick = taskQueues.nextTick;
process._tickCallback = taskQueues.processTicksAndRejections;

function emitProcessEvent(name) {
  if (name === 'beforeExit') {
    process.emit('beforeExit', process.exitCode || 0);
  } else if (name === 'exit') {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
  }
}

setCallbacks({
  tick: taskQueues.processTicksAndRejections,
  uncaught: onUncaught,
  promiseReject: promises.promiseRejectHandler,
  timers: timers.processTimers,
  immediate: timers.processImmediate,
  processEvent: emitProcessEvent,
});

require('internal/process/warning').setupWarningHandler();

// --- globals ---------------------------------------------------------------------
function defineLazy(target, name, load, enumerable = false) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

function defineValue(target, name, value, enumerable = false) {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
}

// node 20 has the explicit-resource-management symbols; V8 10.2 does not.
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol('Symbol.dispose') });
}
if (typeof Symbol.asyncDispose !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol('Symbol.asyncDispose') });
}

// Same names, order and enumerability as node's globals (console.log(globalThis)).
Object.defineProperty(globalThis, Symbol.toStringTag, {
  value: 'global', writable: false, enumerable: false, configurable: true,
});
defineValue(globalThis, 'global', globalThis, true);
defineValue(globalThis, 'clearImmediate', timers.clearImmediate, true);
defineValue(globalThis, 'setImmediate', timers.setImmediate, true);
defineValue(globalThis, 'clearInterval', timers.clearInterval, true);
defineValue(globalThis, 'clearTimeout', timers.clearTimeout, true);
defineValue(globalThis, 'setInterval', timers.setInterval, true);
defineValue(globalThis, 'setTimeout', timers.setTimeout, true);
defineValue(globalThis, 'queueMicrotask', taskQueues.queueMicrotask, true);
defineValue(globalThis, 'structuredClone', function structuredClone(value, options) {
  return require('internal/structured_clone').structuredClone(...arguments);
}, true);
defineLazy(globalThis, 'atob', () => require('buffer').atob, true);
defineLazy(globalThis, 'btoa', () => require('buffer').btoa, true);
defineLazy(globalThis, 'performance', () => require('internal/perf').performance, true);
// perf_hooks' classes are globals too (not enumerable), loaded on first touch.
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList',
                    'PerformanceResourceTiming']) {
  defineLazy(globalThis, name, () => require('perf_hooks')[name]);
}
defineValue(globalThis, 'process', process);
defineLazy(globalThis, 'Buffer', () => require('buffer').Buffer);
defineLazy(globalThis, 'Blob', () => require('buffer').Blob);
defineLazy(globalThis, 'File', () => require('buffer').File);
defineLazy(globalThis, 'URL', () => require('internal/url').URL);
defineLazy(globalThis, 'URLSearchParams', () => require('internal/url').URLSearchParams);
{
  // V8's own console (profile, timeStamp, context...) is put back as a plain
  // value while internal/console/global loads, so it can take those over.
  const vmConsole = globalThis.console;
  defineLazy(globalThis, 'console', () => {
    defineValue(globalThis, 'console', vmConsole);
    return require('internal/console/global');
  });
}

defineLazy(globalThis, 'TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy(globalThis, 'TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy(globalThis, 'AbortController',
           () => require('internal/abort_controller').AbortController);
defineLazy(globalThis, 'AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazy(globalThis, 'EventTarget', () => require('internal/event_target').EventTarget);
defineLazy(globalThis, 'Event', () => require('internal/event_target').Event);
defineLazy(globalThis, 'CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazy(globalThis, 'DOMException',
           () => require('internal/per_context/domexception').DOMException);
// WebCrypto: node 20's `crypto` is an accessor with no setter; the module
// loads on first touch.
Object.defineProperty(globalThis, 'crypto', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: Object.getOwnPropertyDescriptor({
    get crypto() { return require('internal/crypto/webcrypto').crypto; },
  }, 'crypto').get,
});
defineLazy(globalThis, 'Crypto', () => require('internal/crypto/webcrypto').Crypto);
defineLazy(globalThis, 'CryptoKey', () => require('internal/crypto/webcrypto').CryptoKey);
defineLazy(globalThis, 'SubtleCrypto', () => require('internal/crypto/webcrypto').SubtleCrypto);

// Web streams (node:stream/web), loaded on first touch of any of them.
for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                    'ReadableStreamDefaultController', 'TransformStream',
                    'TransformStreamDefaultController', 'WritableStream',
                    'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
                    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
                    'TextDecoderStream', 'CompressionStream', 'DecompressionStream']) {
  defineLazy(globalThis, name, () => require('stream/web')[name]);
}

// The fetch classes (lib/internal/fetch) and fetch() over eddy's http client.
for (const name of ['FormData', 'Headers', 'Request', 'Response']) {
  defineLazy(globalThis, name, () => require('internal/fetch/index')[name]);
}
defineLazy(globalThis, 'fetch', () => require('internal/fetch/fetch').fetch, true);

if (options.exposeGc === false) {
  // V8's --expose-gc (set by the CLI) installs gc itself.
}
if (options.stackTraceLimit >= 0) Error.stackTraceLimit = options.stackTraceLimit;

// --- the IPC channel of a forked child ------------------------------------------
// A parent that gave us an 'ipc' stdio slot says where in NODE_CHANNEL_FD
// (node's protocol). Without it this costs one getenv; with it the channel
// module loads and process.send & co. appear before user code runs. The
// variables are removed so our own children don't inherit them.
{
  const channelFd = process.env.NODE_CHANNEL_FD;
  if (channelFd !== undefined) {
    const fd = Number.parseInt(channelFd, 10);
    const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
    delete process.env.NODE_CHANNEL_FD;
    delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
    if (fd >= 0) require('internal/child_process/channel').forkChild(fd, serialization);
  }
}

// --- entry points called from C++ (src/runtime.cc) --------------------------------
function loader() {
  return require('internal/modules/cjs/loader');
}

function runPreloads() {
  if (options.preloadModules.length > 0) loader().loadPreloadModules(options.preloadModules);
}

function runMain(path) {
  runPreloads();
  loader().Module.runMain(path);
}

// -e / -p / stdin: the code runs as a script with require, module, exports,
// __filename and __dirname as globals, named [eval] (or [stdin]).
function evalScript(code, print, name = '[eval]') {
  runPreloads();
  const { makeEvalContext } = loader();
  makeEvalContext(name);
  const { runScript } = internalBinding('contextify');
  const result = runScript(code, name);
  if (print) {
    const { log } = require('internal/console/global');
    log(result);
  }
  return result;
}

function evalStdin(code) {
  return evalScript(code, false, '[stdin]');
}

// Runtime::Evaluate: a script in the main context, nothing printed.
// Runtime::Evaluate: a script in the main context, nothing printed; require,
// module and friends are globals as for -e (set up on the first call).
let embedderContextMade = false;
function evaluate(code, filename) {
  if (!embedderContextMade) {
    embedderContextMade = true;
    loader().makeEvalContext(filename);
  }
  const { runScript } = internalBinding('contextify');
  return runScript(code, filename);
}

// eddy with no script on a terminal, or -i: the interactive REPL.
function runRepl() {
  runPreloads();
  require('internal/repl/cli').start();
}

module.exports = { runMain, evalScript, evalStdin, evaluate, runRepl };
