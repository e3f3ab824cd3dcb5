'use strict';
// The one shape of "eddy doesn't do this yet" for modules that load with
// node's API but can't perform some operations (tls, https, http2,
// worker_threads): an Error with a feature-specific code, thrown by the
// functions and constructors that would need the missing piece.

function notSupported(what, feature, code) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(`${what} needs ${feature}, which eddy does not support yet`);
  err.code = code;
  return err;
}

// A function that throws it when called.
function unsupportedFunction(what, feature, code) {
  return function() { throw notSupported(what, feature, code); };
}

// A class that throws it when constructed.
function unsupportedClass(name, feature, code) {
  const holder = {
    [name]: class {
      constructor() { throw notSupported(`new ${name}()`, feature, code); }
    },
  };
  return holder[name];
}

module.exports = { notSupported, unsupportedClass, unsupportedFunction };
