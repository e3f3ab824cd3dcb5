'use strict';
// require('internal/test/binding') under --expose-internals: native bindings
// for eddy's own tests, as node offers for its tests.
module.exports = { internalBinding };
