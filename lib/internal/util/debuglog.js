'use strict';
// node's internal/util/debuglog, where node's own modules take debuglog from.
const { debuglog } = require('internal/util');
module.exports = { debuglog };
