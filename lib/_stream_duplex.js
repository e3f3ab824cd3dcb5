'use strict';

// require('_stream_duplex'): the legacy name of stream.Duplex.
module.exports = require('stream').Duplex;
