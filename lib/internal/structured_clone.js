'use strict';
// structuredClone(value[, { transfer }]) on V8's serializer (one native call).

const { structuredClone: clone, transferArrayBuffer } = internalBinding('serdes');

// The ArrayBuffers of options.transfer, checked as node checks them.
function transferList(transfer) {
  if (transfer === null || typeof transfer !== 'object' ||
      typeof transfer[Symbol.iterator] !== 'function') {
    const err = new TypeError('Optional transferList argument must be an iterable');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const { isArrayBuffer } = require('internal/util/types');
  const list = [];
  for (const item of transfer) {
    if (!isArrayBuffer(item)) throw new TypeError('Found invalid object in transferList');
    if (list.includes(item)) {
      throw new globalThis.DOMException('Transfer list contains duplicate ArrayBuffer',
                                        'DataCloneError');
    }
    list.push(item);
  }
  return list;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // node's (native) wording, without quotes around the name.
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError("Failed to execute 'structuredClone' on 'Window': " +
                        "The provided value is not of type 'StructuredSerializeOptions'.");
  }
  const transfer = options?.transfer === undefined ? undefined : transferList(options.transfer);
  try {
    const result = clone(value);
    // The clone has its own copy of the bytes; a transferred buffer is then
    // detached, as after a real transfer (its views read as empty).
    if (transfer !== undefined) {
      for (const ab of transfer) transferArrayBuffer(ab);
    }
    return result;
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' &&
        !(err instanceof globalThis.DOMException)) {
      throw new globalThis.DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
}

module.exports = { structuredClone };
