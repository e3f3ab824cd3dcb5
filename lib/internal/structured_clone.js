'use strict';
// structuredClone(value[, { transfer }]) on V8's serializer (one native call).

const { structuredClone: clone } = internalBinding('serdes');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('value');
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError("Failed to execute 'structuredClone' on 'Window': " +
                        "The provided value is not of type 'StructuredSerializeOptions'.");
  }
  try {
    return clone(value);
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' &&
        !(err instanceof globalThis.DOMException)) {
      throw new globalThis.DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
}

module.exports = { structuredClone };
