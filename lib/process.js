'use strict';

// require('process') / require('node:process'): the process object itself.
module.exports = process;
