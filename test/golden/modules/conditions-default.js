'use strict';
// No -C: only require/node/default apply.
require('./fixtures/use-cond')();
