'use strict';

// require('console') is the global console object (whose .Console property
// is the Console class).
module.exports = require('internal/console/global');
