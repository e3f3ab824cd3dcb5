'use strict';

// require('_stream_writable'): the legacy name of stream.Writable.
module.exports = require('stream').Writable;
