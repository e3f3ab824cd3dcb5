'use strict';

// `require('assert/strict')`: the strict-mode assert API.
module.exports = require('assert').strict;
