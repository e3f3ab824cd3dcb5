'use strict';
// fs.watch (FSWatcher over the binding's FSEvent), fs.watchFile /
// fs.unwatchFile (StatWatcher over the binding's StatWatcher), and the async
// iterator behind fs.promises.watch.
//
// Recursive watching: libuv's inotify backend watches one directory, so on
// Linux (as node 20 does) `recursive: true` is emulated in JS: one FSEvent per
// directory of the tree, added and dropped as directories come and go;
// filenames are reported relative to the watched root ('sub/file').

const binding = internalBinding('fs');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  AbortError,
  uvException,
  codes: {
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateUint32,
} = require('internal/validators');

let utils;
function lazyUtils() {
  if (utils === undefined) utils = require('internal/fs/utils');
  return utils;
}

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kSignalCleanup = Symbol('kSignalCleanup');

function pathString(path) {
  if (typeof path === 'string') return path;
  return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

function validatedPathString(filename) {
  return pathString(lazyUtils().getValidatedPath(filename));
}

function watchError(errno, path) {
  const err = uvException({ errno, syscall: 'watch', path });
  err.filename = path;
  return err;
}

// Filenames come from the binding as strings; other encodings as node does.
function encodeFilename(name, encoding) {
  if (name == null || encoding === 'utf8' || encoding === 'utf-8' || !encoding) return name;
  const buf = Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function emitCloseNT(watcher) {
  watcher.emit('close');
}

function attachSignal(watcher, signal) {
  if (signal === undefined) return;
  if (signal.aborted) {
    process.nextTick(() => watcher.close());
    return;
  }
  const onAbort = () => watcher.close();
  signal.addEventListener('abort', onAbort, { once: true });
  watcher.once('close', () => signal.removeEventListener('abort', onAbort));
}

// ---------------------------------------------------------------------------
// FSWatcher: one FSEvent handle.

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  // Throws node's system error (syscall 'watch') when the watch fails.
  start(filename, persistent, recursive, encoding) {
    if (this._handle !== null) return;  // started already (node ignores it)
    const path = validatedPathString(filename);
    const handle = new binding.FSEvent();
    this._handle = handle;
    handle.onchange = (status, eventType, name) => {
      if (status < 0) {
        const err = watchError(status, path);
        if (this._handle !== null) {
          this._handle.close();
          this._handle = null;
        }
        this.emit('error', err);
        return;
      }
      this.emit('change', eventType, encodeFilename(name, encoding));
    };
    const err = handle.start(path, persistent !== false, !!recursive);
    if (err) {
      handle.close();
      this._handle = null;
      throw watchError(err, path);
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(emitCloseNT, this);
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

// ---------------------------------------------------------------------------
// Recursive watching on Linux: one FSEvent per directory.

const kDirType = () => binding.UV_DIRENT_DIR ?? 2;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

function lstatKind(path) {
  // -> 'dir', 'other' or null (gone)
  try {
    const st = binding.lstat(path, false);
    return (st[1] & S_IFMT) === S_IFDIR ? 'dir' : 'other';
  } catch {
    return null;
  }
}

function listDir(path) {
  // -> [[name, isDir], ...]; [] when it cannot be read
  let result;
  try {
    result = binding.readdir(path, true);
  } catch {
    return [];
  }
  const names = result[0];
  const types = result[1];
  const dirType = kDirType();
  const out = [];
  for (let i = 0; i < names.length; i++) {
    let isDir = types[i] === dirType;
    if (!isDir && types[i] === 0 /* UV_DIRENT_UNKNOWN */) {
      isDir = lstatKind(pathModule.join(path, names[i])) === 'dir';
    }
    out.push([names[i], isDir]);
  }
  return out;
}

const kState = Symbol('kState');

class RecursiveFSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kState] = {
      root: '',
      rootIsDir: true,
      persistent: true,
      encoding: 'utf8',
      dirs: new Map(),  // absolute directory -> FSEvent
      closed: false,
      refed: true,
    };
  }

  start(filename, persistent, recursive, encoding) {
    const st = this[kState];
    const root = pathModule.resolve(validatedPathString(filename));
    st.persistent = persistent !== false;
    st.encoding = encoding;
    st.root = root;
    // node 20 stats the root first: a missing root fails with syscall 'stat'.
    binding.stat(root, false);
    st.rootIsDir = lstatKind(root) === 'dir';
    watchTreeDir(this, root, true);
    if (st.rootIsDir) scanTree(this, root, false);
  }

  close() {
    const st = this[kState];
    if (st.closed) return;
    st.closed = true;
    for (const handle of st.dirs.values()) handle.close();
    st.dirs.clear();
    process.nextTick(emitCloseNT, this);
  }

  ref() {
    const st = this[kState];
    st.refed = true;
    for (const handle of st.dirs.values()) handle.ref();
    return this;
  }

  unref() {
    const st = this[kState];
    st.refed = false;
    for (const handle of st.dirs.values()) handle.unref();
    return this;
  }
}

// Watch `dir`; throwOnError for the root only.
function watchTreeDir(watcher, dir, throwOnError) {
  const st = watcher[kState];
  if (st.closed || st.dirs.has(dir)) return;
  const handle = new binding.FSEvent();
  handle.onchange = (status, eventType, name) => {
    if (st.closed) return;
    if (status < 0) {
      if (dir === st.root) {
        const err = watchError(status, st.root);
        watcher.close();
        watcher.emit('error', err);
      } else {
        unwatchTree(watcher, dir);
      }
      return;
    }
    onTreeEvent(watcher, dir, eventType, name);
  };
  const err = handle.start(dir, st.persistent, false);
  if (err) {
    handle.close();
    if (throwOnError) throw watchError(err, dir);
    return;
  }
  if (!st.refed) handle.unref();
  st.dirs.set(dir, handle);
}

// Watch every directory under `dir`; with emitEntries, report each entry
// found (a directory moved or created in the tree brings its contents).
function scanTree(watcher, dir, emitEntries) {
  const st = watcher[kState];
  const stack = [dir];
  while (stack.length > 0 && !st.closed) {
    const d = stack.pop();
    for (const [name, isDir] of listDir(d)) {
      const full = pathModule.join(d, name);
      if (emitEntries) emitTreeChange(watcher, 'rename', full);
      if (isDir) {
        watchTreeDir(watcher, full, false);
        stack.push(full);
      }
    }
  }
}

function unwatchTree(watcher, dir) {
  const dirs = watcher[kState].dirs;
  const prefix = dir + pathModule.sep;
  for (const [d, handle] of dirs) {
    if (d === dir || d.startsWith(prefix)) {
      handle.close();
      dirs.delete(d);
    }
  }
}

function emitTreeChange(watcher, eventType, fullPath) {
  const st = watcher[kState];
  let rel = pathModule.relative(st.root, fullPath);
  if (rel === '') rel = pathModule.basename(fullPath);
  watcher.emit('change', eventType, encodeFilename(rel, st.encoding));
}

function onTreeEvent(watcher, dir, eventType, name) {
  const st = watcher[kState];
  if (name == null || !st.rootIsDir) {
    // A watched file reports its own name.
    emitTreeChange(watcher, eventType, dir);
    return;
  }
  const full = pathModule.join(dir, name);
  emitTreeChange(watcher, eventType, full);
  if (eventType === 'rename') {
    const kind = lstatKind(full);
    if (kind === 'dir') {
      if (!st.dirs.has(full)) {
        watchTreeDir(watcher, full, false);
        scanTree(watcher, full, true);
      }
    } else if (st.dirs.has(full)) {
      unwatchTree(watcher, full);
    }
  }
}
Object.defineProperty(RecursiveFSWatcher, 'name', { __proto__: null, value: 'FSWatcher' });

// Native recursive watching exists on macOS and Windows only.
const nativeRecursive = process.platform === 'darwin' || process.platform === 'win32';

function normalizeWatchOptions(options) {
  // -> { persistent, recursive, encoding, signal } (validated)
  const opts = { ...lazyUtils().getOptions(options, {}) };
  if (opts.persistent === undefined) opts.persistent = true;
  if (opts.recursive === undefined) opts.recursive = false;
  return opts;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = normalizeWatchOptions(options);
  // The path is checked first, as node does.
  lazyUtils().getValidatedPath(filename);
  validateBoolean(options.recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');

  let watcher;
  if (options.recursive && !nativeRecursive) {
    watcher = new RecursiveFSWatcher();
  } else {
    watcher = new FSWatcher();
  }
  watcher.start(filename, options.persistent, options.recursive, options.encoding);

  if (listener !== undefined && listener !== null) {
    validateFunction(listener, 'listener');
    watcher.addListener('change', listener);
  }
  attachSignal(watcher, options.signal);
  return watcher;
}

// ---------------------------------------------------------------------------
// StatWatcher: polling with stat (fs.watchFile).

function zeroStats(bigint) {
  return bigint ? new BigInt64Array(18) : new Float64Array(18);
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = !!bigint;
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    const path = validatedPathString(filename);
    validateUint32(interval, 'interval');
    const handle = new binding.StatWatcher(this[kUseBigint]);
    this._handle = handle;
    handle.onchange = (status, current, previous) => {
      const cur = current || zeroStats(this[kUseBigint]);
      const prev = previous || zeroStats(this[kUseBigint]);
      // libuv calls back on every stat change and on each change of error;
      // node filters one case only: status -1 (EPERM) twice with the same nlink.
      if (this[kOldStatus] === -1 && status === -1 && cur[2] === prev[2]) return;
      this[kOldStatus] = status;
      const { getStatsFromBinding } = lazyUtils();
      this.emit('change', getStatsFromBinding(cur), getStatsFromBinding(prev));
    };
    const err = handle.start(path, interval);
    if (err) {
      handle.close();
      this._handle = null;
      throw watchError(err, path);
    }
    if (persistent === false) handle.unref();
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  const path = pathModule.resolve(validatedPathString(filename));

  // Anything but an object in the options place is the listener.
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = {};
  }
  const persistent = options.persistent === undefined ? true : options.persistent;
  const interval = options.interval === undefined ? 5007 : options.interval;
  const bigint = !!options.bigint;
  validateFunction(listener, 'listener');

  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher(bigint);
    watcher.start(path, persistent, interval);
    statWatchers.set(path, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const path = pathModule.resolve(validatedPathString(filename));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;

  if (typeof listener === 'function') {
    watcher.removeListener('change', listener);
  } else {
    watcher.removeAllListeners('change');
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
}

// ---------------------------------------------------------------------------
// fs.promises.watch: an async iterator of { eventType, filename }.

async function* watchIterator(filename, options = {}) {
  lazyUtils().getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    // (node 20 passes the two arguments the other way round)
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const watcher = recursive && !nativeRecursive ?
    new RecursiveFSWatcher() : new FSWatcher();
  watcher.start(filename, persistent, recursive, encoding);

  const queue = [];
  let failure = null;
  let wake = null;
  const notify = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  let onAbort;
  if (signal) {
    onAbort = () => {
      failure = new AbortError(undefined, { cause: signal.reason });
      notify();
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }

  try {
    while (true) {
      while (queue.length > 0) {
        if (failure !== null) throw failure;
        yield queue.shift();
      }
      if (failure !== null) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

module.exports = {
  watch,
  watchFile,
  unwatchFile,
  watchIterator,
  FSWatcher,
  StatWatcher,
};
