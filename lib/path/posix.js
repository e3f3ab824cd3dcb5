'use strict';

// require('path/posix'): path.posix.
module.exports = require('path').posix;
