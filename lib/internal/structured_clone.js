'use strict';
// structuredClone(value[, { transfer }]) on V8's serializer (one native call).

const { structuredClone: clone } = internalBinding('serdes');

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
