'use strict';
// node:worker_threads — for now, the main thread's view only: eddy runs no
// worker runtimes yet (each would be its own isolate and loop on its own
// thread). What the main thread can answer is answered as node does —
// isMainThread, threadId 0, no parentPort or workerData, environment data —
// so code that checks where it runs (pino, and others that pick a transport)
// works; starting a Worker or opening a MessageChannel throws
// ERR_WORKER_NOT_SUPPORTED.

const { unsupportedClass, unsupportedFunction } = require('internal/not_supported');

const kFeature = 'worker threads';
const kCode = 'ERR_WORKER_NOT_SUPPORTED';
const Worker = unsupportedClass('Worker', kFeature, kCode);
const MessageChannel = unsupportedClass('MessageChannel', kFeature, kCode);
const MessagePort = unsupportedClass('MessagePort', kFeature, kCode);
const BroadcastChannel = unsupportedClass('BroadcastChannel', kFeature, kCode);

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

const unsupported = (name) => unsupportedFunction(`worker_threads.${name}()`, kFeature, kCode);

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
