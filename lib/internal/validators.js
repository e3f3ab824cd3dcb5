'use strict';

// Argument validation shared by the public modules. Every helper throws the
// error node 20 throws for the same bad input (same class, code, message).
//
// These run on hot paths, so the success path is just the type/range test.
// On failure the error's stack is re-captured from the caller of the
// validator, so traces point at the API the user called, not at this file.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
  captureStackFrom,
  hideStackFrames,
} = require('internal/errors');

const hostIsNode = typeof internalBinding !== 'function';

// Attach the stack to `fn`'s caller and hand the error back for `throw`.
function fromCaller(err, fn) {
  return captureStackFrom(err, fn);
}

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// File modes may be numbers or octal strings ('755'); `def` is used when
// `value` is null or undefined.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) {
      throw fromCaller(new ERR_INVALID_ARG_VALUE(name, value, modeDesc), parseFileMode);
    }
    value = parseInt(value, 8);
  }
  checkUint32(value, name, false, parseFileMode);
  return value;
}

// Shared by the integer validators: type, integrality, then range.
function checkInteger(value, name, min, max, caller) {
  if (typeof value !== 'number') {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'number', value), caller);
  }
  if (!Number.isInteger(value)) {
    throw fromCaller(new ERR_OUT_OF_RANGE(name, 'an integer', value), caller);
  }
  if (value < min || value > max) {
    throw fromCaller(new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value), caller);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
                         max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    checkInteger(value, name, min, max, validateInteger);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    checkInteger(value, name, min, max, validateInt32);
  }
}

function checkUint32(value, name, positive, caller) {
  const min = positive ? 1 : 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min ||
      value > 4294967295) {
    checkInteger(value, name, min, 4294967295, caller);
  }
}

function validateUint32(value, name, positive = false) {
  checkUint32(value, name, positive, validateUint32);
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'string', value), validateString);
  }
}

// Describes the accepted range for ERR_OUT_OF_RANGE: '>= 0', '<= 5',
// '>= 0 && <= 5'.
function rangeText(min, max) {
  let text = '';
  if (min != null) text += `>= ${min}`;
  if (min != null && max != null) text += ' && ';
  if (max != null) text += `<= ${max}`;
  return text;
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'number', value), validateNumber);
  }
  if (min == null && max == null) return;
  // NaN fails any requested bound.
  if ((min != null && !(value >= min)) || (max != null && !(value <= max))) {
    throw fromCaller(new ERR_OUT_OF_RANGE(name, rangeText(min, max), value), validateNumber);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf
      .map((v) => (typeof v === 'string' ? `'${v}'` : String(v)))
      .join(', ');
    const reason = `must be one of: ${allowed}`;
    throw fromCaller(new ERR_INVALID_ARG_VALUE(name, value, reason), validateOneOf);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'boolean', value), validateBoolean);
  }
}

// Flags for validateObject's third argument.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable |
  kValidateObjectAllowArray | kValidateObjectAllowFunction;

// `options` is a kValidateObject* bit set, or (older style, still accepted)
// an object { nullable, allowArray, allowFunction }.
function validateObject(value, name, options = kValidateObjectNone) {
  let flags = options;
  if (typeof options === 'object' && options !== null) {
    flags = (options.nullable ? kValidateObjectAllowNullable : 0) |
      (options.allowArray ? kValidateObjectAllowArray : 0) |
      (options.allowFunction ? kValidateObjectAllowFunction : 0);
  }
  let ok;
  if (value === null) {
    ok = (flags & kValidateObjectAllowNullable) !== 0;
  } else if (typeof value === 'object') {
    ok = (flags & kValidateObjectAllowArray) !== 0 || !Array.isArray(value);
  } else {
    ok = typeof value === 'function' && (flags & kValidateObjectAllowFunction) !== 0;
  }
  if (!ok) {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'Object', value), validateObject);
  }
}

// Any object or function, or null/undefined (as WebIDL dictionaries accept).
function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value), validateDictionary);
  }
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'Array', value), validateArray);
  }
  if (value.length < minLength) {
    const reason = `must be longer than ${minLength}`;
    throw fromCaller(new ERR_INVALID_ARG_VALUE(name, value, reason), validateArray);
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') {
      throw fromCaller(new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]),
                       validateStringArray);
    }
  }
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'boolean') {
      throw fromCaller(new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]),
                       validateBooleanArray);
    }
  }
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const signal = value[i];
    if (signal == null || typeof signal !== 'object' || !('aborted' in signal)) {
      throw fromCaller(new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'AbortSignal', signal),
                       validateAbortSignalArray);
    }
  }
}

let signalTable;
function lazySignals() {
  if (signalTable === undefined) {
    if (hostIsNode) {
      signalTable = require('os').constants.signals;
    } else {
      // eddy's constants binding has the signal table at top level (node's
      // nests it under `os`); accept both.
      const constants = internalBinding('constants');
      signalTable = constants.os ? constants.os.signals : constants.signals;
    }
  }
  return signalTable;
}

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  const signals = lazySignals();
  if (signals[signal] === undefined) {
    if (signals[signal.toUpperCase()] !== undefined) {
      throw fromCaller(
        new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`),
        validateSignalName);
    }
    throw fromCaller(new ERR_UNKNOWN_SIGNAL(signal), validateSignalName);
  }
}

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw fromCaller(
      new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer),
      validateBuffer);
  }
}

// Hex data must have an even number of digits.
function validateEncoding(data, encoding) {
  if (typeof encoding !== 'string' || (encoding !== 'hex' && encoding.toLowerCase() !== 'hex')) {
    return;
  }
  const length = data.length;
  if (length % 2 !== 0) {
    throw fromCaller(
      new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`),
      validateEncoding);
  }
}

// Accepts numbers and numeric strings in [0, 65535] (0 only with allowZero);
// returns the port as a number.
function validatePort(port, name = 'Port', allowZero = true) {
  const type = typeof port;
  if ((type !== 'number' && type !== 'string') ||
      (type === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw fromCaller(new ERR_SOCKET_BAD_PORT(name, port, allowZero), validatePort);
  }
  return port | 0;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal), validateAbortSignal);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'Function', value), validateFunction);
  }
}

let isAsyncFunction;
function validatePlainFunction(value, name) {
  if (isAsyncFunction === undefined) {
    isAsyncFunction = hostIsNode ?
      require('util').types.isAsyncFunction :
      internalBinding('types').isAsyncFunction;
  }
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'Function', value), validatePlainFunction);
  }
}

function validateUndefined(value, name) {
  if (value !== undefined) {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'undefined', value), validateUndefined);
  }
}

// `value` must be one of `union`; the message lists them as ('a'|'b').
function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value),
                     validateUnion);
  }
}

// A `this` check for methods of classes whose instances carry `fieldKey`.
function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null ||
      !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw fromCaller(new ERR_INVALID_ARG_TYPE('this', className, object), validateInternalField);
  }
}

// For optional numeric options: undefined and NaN mean "use the default"
// (false), finite numbers are fine (true), anything else throws.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  if (typeof number !== 'number') {
    throw fromCaller(new ERR_INVALID_ARG_TYPE(name, 'number', number), validateFiniteNumber);
  }
  throw fromCaller(new ERR_OUT_OF_RANGE(name, 'a finite number', number), validateFiniteNumber);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw fromCaller(new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number),
                     checkRangesOrGetDefault);
  }
  return number;
}

// Link header values (103 Early Hints): '<url>; rel=preload; as=style'.
const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    checkLinkHeader(hints);
    return hints;
  }
  if (Array.isArray(hints)) {
    for (let i = 0; i < hints.length; i++) checkLinkHeader(hints[i]);
    return hints.join(', ');
  }
  throw fromCaller(new ERR_INVALID_ARG_VALUE(
    'hints', hints,
    'must be an array or string of format "</styles.css>; rel=preload; as=style"'),
  validateLinkHeaderValue);
}

function checkLinkHeader(value) {
  if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
    throw fromCaller(new ERR_INVALID_ARG_VALUE(
      'hints', value,
      'must be an array or string of format "</styles.css>; rel=preload; as=style"'),
    validateLinkHeaderValue);
  }
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateLinkHeaderValue,
  validateInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
  hideStackFrames,
};
