'use strict';

// Public 'util/types' module: the same object as require('util').types.
module.exports = require('internal/util/types');
