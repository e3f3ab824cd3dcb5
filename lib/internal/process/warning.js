'use strict';
// process.emitWarning and the default 'warning' listener that prints
//   (node:PID) Type: message
//   (Use `eddy --trace-warnings ...` to show where the warning was created)

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let traceWarningHelperShown = false;
let options;
function getOptions() {
  if (options === undefined) options = internalBinding('process_methods').getOptions();
  return options;
}

function writeOut(message) {
  process.stderr.write(message + '\n');
}

let disableWarningSet;
function onWarning(warning) {
  if (disableWarningSet === undefined) {
    // --disable-warning=CODE|Type, once the CLI passes it on.
    disableWarningSet = new Set(getOptions().disableWarning || []);
  }
  if ((warning?.code && disableWarningSet.has(warning.code)) ||
      (warning?.name && disableWarningSet.has(warning.name))) return;
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings ||
                (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`${process.release.name} ${flag} ...\` to show where the warning ` +
           'was created)';
    traceWarningHelperShown = true;
  }
  writeOut(msg);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  if (Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable) {
    Error.stackTraceLimit = 0;
  }
  // eslint-disable-next-line no-restricted-syntax
  warning = new Error(warning);
  if (Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable) {
    Error.stackTraceLimit = limit;
  }
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  // Fast path: nothing to build when deprecations are silenced.
  if (process.noDeprecation && type === 'DeprecationWarning') return;
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown on the next tick (as node does), so the call itself returns.
      return process.nextTick(() => { throw warning; });
    }
  }
  process.nextTick(doEmitWarning, warning);
}

// For callers that need the 'warning' event now (node's emitWarningSync).
function emitWarningSync(warning, type, code, ctor) {
  process.emit('warning', createWarningObject(warning, type, code, ctor));
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

function setupWarningHandler() {
  if (!getOptions().noWarnings && process.env.NODE_NO_WARNINGS !== '1') {
    process.on('warning', onWarning);
  }
}

module.exports = {
  emitWarning, emitWarningSync, onWarning, setupWarningHandler, createWarningObject,
};
