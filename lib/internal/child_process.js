'use strict';
// ChildProcess: one child over internalBinding('process_wrap').Process.
//
// Lifetime: spawn() makes a Pipe handle for each 'pipe' stdio slot, starts
// the child and wraps the pipes in net.Sockets (stdin write-only, the others
// read-only). 'close' needs one "close" per readable pipe plus one for the
// exit; maybeClose counts them, so 'close' comes after 'exit' and after every
// output stream ended. When the child exits, output nobody reads is resumed
// (flushStdio) so that its streams can end. A spawn that fails the way a
// missing or forbidden file does (ENOENT, EACCES, ...) is reported as an
// 'error' event from the handle's exit path on the next tick, with stdio
// streams present but unconnected; any other spawn failure throws.
//
// An 'ipc' stdio slot is a Pipe(true) the child finds through
// NODE_CHANNEL_FD; the channel itself (send, 'message', disconnect) is
// internal/child_process/channel.js. It counts as one more "close": 'close'
// waits for the channel to end as well as for the exit.

const EventEmitter = require('events');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const { validateObject, validateOneOf, validateString } = require('internal/validators');

const { Process } = internalBinding('process_wrap');
const { Pipe } = internalBinding('pipe_wrap');
const {
  UV_EACCES, UV_EAGAIN, UV_EMFILE, UV_ENFILE, UV_ENOENT, UV_ESRCH, UV_EINVAL, UV_ENOSYS,
} = internalBinding('uv');

let signalNames;  // number → name
function signalsTable() { return require('os').constants.signals; }
function signalName(num) {
  if (signalNames === undefined) {
    signalNames = { __proto__: null };
    const table = signalsTable();
    for (const name of Object.keys(table)) {
      if (signalNames[table[name]] === undefined) signalNames[table[name]] = name;
    }
  }
  return signalNames[num] ?? null;
}

// A signal name or number → its number; throws ERR_UNKNOWN_SIGNAL.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== null) return signal;
  if (typeof signal === 'string') {
    const num = signalsTable()[signal.toUpperCase()];
    if (num !== undefined) return num;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

let net;
function lazyNet() {
  net ??= require('net');
  return net;
}

// The stdio option → [{ type: 'pipe'|'ignore'|'fd', handle?, fd?, ipc? }];
// the array's `ipc` and `ipcFd` name the IPC slot's pipe and index.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = [...stdio];
  while (stdio.length < 3) stdio.push(undefined);

  const out = [];
  const cleanup = () => {
    for (const slot of out) if (slot.handle) slot.handle.close();
  };
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' ||
               (typeof s === 'number' && s < 0)) {
      const slot = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) slot.handle = new Pipe(false);
      out.push(slot);
    } else if (s === 'ipc') {
      if (sync || out.ipc !== undefined) {
        cleanup();
        throw sync ? new ERR_IPC_SYNC_FORK() : new ERR_IPC_ONE_PIPE();
      }
      out.ipc = new Pipe(true);
      out.ipcFd = i;
      out.push({ type: 'pipe', handle: out.ipc, ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (s._handle && typeof s._handle.fd === 'number' && s._handle.fd >= 0) {
      out.push({ type: 'fd', fd: s._handle.fd });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      }
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return out;
}

function onErrorNT(child, err) {
  child._handle.onexit(err, 0);
}

function onSpawnNT(child) {
  child.emit('spawn');
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// After the exit, output streams nobody consumes are resumed so they end.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    if (stream.listenerCount('data') > 0) continue;
    stream.resume();
  }
}

function createSocket(handle, readable) {
  const Socket = lazyNet().Socket;
  return new Socket({ handle, readable });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle.onexit = (exitCode, signalNum) => {
      if (signalNum) {
        this.signalCode = signalName(signalNum);
      } else {
        this.exitCode = exitCode;
      }
      if (this.stdin) this.stdin.destroy();
      if (this._handle) this._handle.close();
      this._handle = null;

      if (exitCode < 0) {
        // The child never ran: its IPC channel ends too, after what is
        // already queued (a send's callback with EPIPE), as in node.
        if (this.channel) {
          process.nextTick(() => {
            if (!this.channel) return;
            this.connected = false;
            this._disconnect();
          });
        }
        const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
        const err = errnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
  }

  // options: the normalized form child_process.spawn builds.
  spawn(options) {
    validateObject(options, 'options');
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      if (!Array.isArray(options.args)) {
        throw new ERR_INVALID_ARG_TYPE('options.args', 'Array', options.args);
      }
      this.spawnargs = options.args;
    }
    if (options.envPairs !== undefined && !Array.isArray(options.envPairs)) {
      throw new ERR_INVALID_ARG_TYPE('options.envPairs', 'Array', options.envPairs);
    }
    validateOneOf(options.serialization, 'options.serialization',
                  [undefined, 'json', 'advanced']);
    const serialization = options.serialization || 'json';
    if (serialization === 'advanced') {
      const err = new Error("IPC serialization 'advanced' is not supported by eddy yet");
      err.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
      throw err;
    }
    const stdio = getValidStdio(options.stdio || 'pipe', false);
    options.stdio = stdio;
    const ipc = stdio.ipc;
    if (ipc !== undefined) {
      // How the child finds its end (node's names, so either runtime can
      // be on either side).
      options.envPairs = [...(options.envPairs ?? []),
                          `NODE_CHANNEL_FD=${stdio.ipcFd}`,
                          `NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`];
    }

    const err = this._handle.spawn(options);
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
        err === UV_ENFILE || err === UV_ENOENT) {
      // Reported as an 'error' event, as a run-time failure.
      process.nextTick(onErrorNT, this, err);
      if (err === UV_EMFILE || err === UV_ENFILE) {
        for (const slot of stdio) if (slot.handle) slot.handle.close();
        return err;
      }
    } else if (err) {
      this._handle.close();
      this._handle = null;
      for (const slot of stdio) if (slot.handle) slot.handle.close();
      throw errnoException(err, 'spawn');
    } else {
      process.nextTick(onSpawnNT, this);
    }
    this.pid = this._handle.pid;

    this.stdio = [];
    for (let i = 0; i < stdio.length; i++) {
      const slot = stdio[i];
      if (slot.ipc) {
        this._closesNeeded++;
        this.stdio.push(null);
        continue;
      }
      if (slot.type !== 'pipe') {
        this.stdio.push(null);
        continue;
      }
      let handle = slot.handle;
      if (err) {  // the child never ran: its pipes are not connected
        handle.close();
        handle = null;
      }
      const socket = createSocket(handle, i > 0);
      if (i > 0 && handle !== null) {
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
      this.stdio.push(socket);
    }
    this.stdin = this.stdio.length >= 1 && this.stdio[0] != null ? this.stdio[0] : null;
    this.stdout = this.stdio.length >= 2 && this.stdio[1] != null ? this.stdio[1] : null;
    this.stderr = this.stdio.length >= 3 && this.stdio[2] != null ? this.stdio[2] : null;
    if (ipc !== undefined) {
      require('internal/child_process/channel').setupChannel(this, ipc, () => maybeClose(this));
    }
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already gone; 'exit' is on its way.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  ref() { if (this._handle) this._handle.ref(); }
  unref() { if (this._handle) this._handle.unref(); }
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  signalName,
};
