'use strict';
// process.on('SIGTERM', …): a signal with a listener has a Signal handle
// (src/signal_wrap.cc), unreferenced so that it doesn't keep the program
// alive, made when the first listener comes and closed when the last goes.
// While it watches, the signal's default action (ending the process) is off;
// listeners get the signal's name and number, as in node.

const { errnoException } = require('internal/errors');
const { signals } = internalBinding('constants');

const signalWraps = new Map();

function isSignal(type) {
  return typeof type === 'string' && type.startsWith('SIG') && signals[type] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || signalWraps.has(type)) return;
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = process.emit.bind(process, type, type);
  const err = wrap.start(signals[type]);
  if (err) {
    wrap.close();
    throw errnoException(err, 'uv_signal_start');
  }
  signalWraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = signalWraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalWraps.delete(type);
  }
}

module.exports = { startListeningIfSignal, stopListeningIfSignal };
