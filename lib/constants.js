'use strict';

// require('constants'): the old flat table of os (dlopen, errno, priority,
// signals), fs and crypto constants, frozen. Deprecated in node's docs (no
// warning); graceful-fs and so fs-extra still read it.

const { constants: os } = require('os');
const { constants: fs } = require('fs');
const { constants: crypto } = require('crypto');

const constants = Object.assign({}, os.dlopen, os.errno, os.priority, os.signals, fs, crypto);
// node's table has crypto's constants as its binding has them, without the
// cipher list that loading the crypto module adds.
delete constants.defaultCipherList;
module.exports = Object.freeze(constants);
