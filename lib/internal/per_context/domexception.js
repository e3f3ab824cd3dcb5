'use strict';

// DOMException (WebIDL). Plain V8 has none. It is not a subclass of Error
// (util.types.isNativeError() is false for it, as in browsers and node) but
// its prototype chain goes through Error.prototype, and each instance gets a
// captured `stack`. Private fields hold the state so that nothing but `stack`
// shows up as an own property (inspect would print own enumerable symbols).
//
// This file must not depend on other lib files: it is used while errors are
// being set up.

// Error names with a legacy numeric code (WebIDL "DOMException names" table).
// The deprecated names (DOMStringSizeError, ...) are not in the table: their
// code is 0, like any other name.
const nameToCode = new Map([
  ['IndexSizeError', 1],
  ['HierarchyRequestError', 3],
  ['WrongDocumentError', 4],
  ['InvalidCharacterError', 5],
  ['NoModificationAllowedError', 7],
  ['NotFoundError', 8],
  ['NotSupportedError', 9],
  ['InUseAttributeError', 10],
  ['InvalidStateError', 11],
  ['SyntaxError', 12],
  ['InvalidModificationError', 13],
  ['NamespaceError', 14],
  ['InvalidAccessError', 15],
  ['TypeMismatchError', 17],
  ['SecurityError', 18],
  ['NetworkError', 19],
  ['AbortError', 20],
  ['URLMismatchError', 21],
  ['QuotaExceededError', 22],
  ['TimeoutError', 23],
  ['InvalidNodeTypeError', 24],
  ['DataCloneError', 25],
]);

// The legacy code constants, exposed on both the class and its prototype.
const legacyCodes = [
  ['INDEX_SIZE_ERR', 1],
  ['DOMSTRING_SIZE_ERR', 2],
  ['HIERARCHY_REQUEST_ERR', 3],
  ['WRONG_DOCUMENT_ERR', 4],
  ['INVALID_CHARACTER_ERR', 5],
  ['NO_DATA_ALLOWED_ERR', 6],
  ['NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NOT_FOUND_ERR', 8],
  ['NOT_SUPPORTED_ERR', 9],
  ['INUSE_ATTRIBUTE_ERR', 10],
  ['INVALID_STATE_ERR', 11],
  ['SYNTAX_ERR', 12],
  ['INVALID_MODIFICATION_ERR', 13],
  ['NAMESPACE_ERR', 14],
  ['INVALID_ACCESS_ERR', 15],
  ['VALIDATION_ERR', 16],
  ['TYPE_MISMATCH_ERR', 17],
  ['SECURITY_ERR', 18],
  ['NETWORK_ERR', 19],
  ['ABORT_ERR', 20],
  ['URL_MISMATCH_ERR', 21],
  ['QUOTA_EXCEEDED_ERR', 22],
  ['TIMEOUT_ERR', 23],
  ['INVALID_NODE_TYPE_ERR', 24],
  ['DATA_CLONE_ERR', 25],
];

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      // new DOMException(message, { name, cause })
      // As in node, a missing name becomes the string 'undefined'.
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null,
          value: options.cause,
          configurable: true,
          writable: true,
          enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    // After the fields are set, so the stack's first line is "name: message".
    Error.captureStackTrace(this);
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#message in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return nameToCode.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

for (const name of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (const [key, value] of legacyCodes) {
  const descriptor = { __proto__: null, value, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, key, descriptor);
  Object.defineProperty(DOMException.prototype, key, descriptor);
}

module.exports = { DOMException };
