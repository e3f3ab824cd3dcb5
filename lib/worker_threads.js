'use strict';
// node:worker_threads — for now, the main thread's view only: eddy runs no
// worker runtimes yet (each would be its own isolate and loop on its own
// thread). What the main thread can answer is answered as node does —
// isMainThread, threadId 0, no parentPort or workerData, environment data —
// so code that checks where it runs (pino, and others that pick a transport)
// works; starting a Worker or opening a MessageChannel throws
// ERR_WORKER_NOT_SUPPORTED.

function notSupported(what) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(`${what}: worker threads are not supported by eddy yet`);
  err.code = 'ERR_WORKER_NOT_SUPPORTED';
  return err;
}

class Worker {
  constructor() { throw notSupported('new Worker()'); }
}

class MessageChannel {
  constructor() { throw notSupported('new MessageChannel()'); }
}

class MessagePort {
  constructor() { throw notSupported('new MessagePort()'); }
}

class BroadcastChannel {
  constructor() { throw notSupported('new BroadcastChannel()'); }
}

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

const untransferable = new WeakSet();
function markAsUntransferable(object) {
  if ((typeof object === 'object' && object !== null) || typeof object === 'function') {
    untransferable.add(object);
  }
}

function unsupported(name) {
  return function() { throw notSupported(`worker_threads.${name}()`); };
}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext: unsupported('moveMessagePortToContext'),
  receiveMessageOnPort: unsupported('receiveMessageOnPort'),
  resourceLimits: {},
  postMessageToThread: unsupported('postMessageToThread'),
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
