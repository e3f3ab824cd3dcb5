'use strict';
// node:module — the CommonJS loader's Module class.
module.exports = require('internal/modules/cjs/loader').Module;
