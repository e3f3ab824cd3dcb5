'use strict';
// The IPC channel between a parent and a child it started with an 'ipc'
// stdio slot (child_process.fork() and spawn). Both ends use this file: the
// parent on its ChildProcess, the child on `process` (forkChild, called by
// the bootstrap when NODE_CHANNEL_FD is set).
//
// Wire format: node's 'json' serialization, one JSON text per message,
// each ended by '\n', UTF-8, over a socketpair that is a uv_pipe_t opened
// with ipc semantics (Pipe(true)); so an eddy parent talks to a node child
// and the other way round. Messages whose `cmd` starts with 'NODE_' are
// node's internal ones: they go to 'internalMessage', not 'message'.
// Passing handles (sockets, servers) is not supported.
//
// States of a target (node's): connected and channel set; disconnect()
// asked for (connected false) while the channel still exists; channel gone
// (channel null). 'disconnect' is emitted once the handle has closed.
//
// Who keeps the loop alive: the parent's channel handle stays referenced
// until it closes (the child's exit ends it anyway). The child's starts
// unreferenced and a counter refs it while it has 'message' or
// 'disconnect' listeners, and while writes wait in libuv, so a child with
// no listeners exits by itself. channel.ref()/unref() override the counter
// for good, as in node.

const EventEmitter = require('events');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { Pipe } = internalBinding('pipe_wrap');
const { UV_EBADF, UV_EPIPE } = internalBinding('uv');

const kChannelHandle = Symbol('kChannelHandle');
const kPendingMessages = Symbol('kPendingMessages');

// Past this much unsent data, send() returns false (node: the reader is
// more than two reads behind).
const kHighWaterMark = 65536 * 2;

// `target.channel`: what users see of the pipe. The counter follows the
// listeners and the writes in flight; an explicit ref()/unref() wins.
class Control extends EventEmitter {
  #channel = null;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
    this[kPendingMessages] = [];
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' &&
    typeof message.cmd === 'string' && message.cmd.startsWith('NODE_');
}

let StringDecoder;

// Splits what was read into complete lines; the unfinished tail waits in
// `state.buffer`.
function* parseMessages(state, bytes) {
  if (bytes.length === 0) return;
  StringDecoder ??= require('string_decoder').StringDecoder;
  state.decoder ??= new StringDecoder('utf8');
  const lines = state.decoder.write(bytes).split('\n');
  const complete = lines.length - 1;
  const tail = lines[complete];
  if (complete === 0) {
    state.buffer += tail;
    return;
  }
  lines[0] = state.buffer + lines[0];
  state.buffer = tail;
  for (let i = 0; i < complete; i++) yield JSON.parse(lines[i]);
}

// Wires `channel` (an open Pipe) to `target` (a ChildProcess or process):
// send, disconnect, connected, channel, and the message events. Returns the
// Control.
function setupChannel(target, channel, onClosed) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  const state = { buffer: '', decoder: undefined };

  channel.onread = (nread, chunk) => {
    if (nread > 0) {
      for (const message of parseMessages(state, chunk)) {
        handleMessage(message, isInternal(message));
      }
      return;
    }
    // EOF, or an error (a reset): either way the other end is gone.
    channel.onread = () => {};
    if (target.connected) target.connected = false;
    target._disconnect();
  };

  // Messages that came while nobody listened are kept and delivered when
  // a 'message' listener arrives.
  target.on('newListener', function() {
    process.nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const messages = target.channel[kPendingMessages];
      if (messages.length === 0) return;
      target.channel[kPendingMessages] = [];
      for (const args of messages) target.emit(...args);
    });
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') {
      process.nextTick(callback, ex);
    } else {
      process.nextTick(() => this.emit('error', ex));
    }
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(
        'message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    if (handle) {
      const err = new Error('Passing handles over an IPC channel is not supported by eddy yet');
      err.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
      throw err;
    }

    const req = {};
    const result = channel.writeUtf8String(req, `${JSON.stringify(message)}\n`);
    if (result >= 0) {
      if (result & 1) {
        // node reports no write error here: a broken channel shows up
        // as its end ('disconnect') instead.
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else if (!options.swallowErrors) {
      // A pipe that was never connected (the spawn failed) has no fd; to
      // the sender that is a broken pipe, as node reports it.
      const ex = errnoException(result === UV_EBADF ? UV_EPIPE : result, 'write');
      if (typeof callback === 'function') {
        process.nextTick(callback, ex);
      } else {
        process.nextTick(() => this.emit('error', ex));
      }
    }
    return channel.writeQueueSize < kHighWaterMark;
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    this._disconnect();
  };

  // The channel really goes: no more messages are delivered, the handle
  // closes now and 'disconnect' comes when it has closed (after callbacks
  // already queued on nextTick, as in node). A message half read is
  // dropped.
  target._disconnect = function _disconnect() {
    if (this.channel === null) return;
    this.channel = null;
    this[kChannelHandle] = null;
    channel.onread = () => {};
    channel.close(() => target.emit('disconnect'));
    if (onClosed) onClosed();
  };

  function emit(event, message) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message, undefined);
      return;
    }
    target.channel[kPendingMessages].push([event, message, undefined]);
  }

  function handleMessage(message, internal) {
    if (!target.channel) return;
    process.nextTick(emit, internal ? 'internalMessage' : 'message', message);
  }

  channel.readStart();
  return control;
}

// The child's end: called by the bootstrap with NODE_CHANNEL_FD's value.
function forkChild(fd, serialization) {
  if (serialization !== 'json') {
    const err = new Error(`IPC serialization '${serialization}' is not supported by eddy yet`);
    err.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
    throw err;
  }
  const pipe = new Pipe(true);
  const err = pipe.open(fd);
  if (err) {
    pipe.close();
    throw errnoException(err, 'open');
  }
  pipe.unref();
  const control = setupChannel(process, pipe);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { forkChild, setupChannel };
