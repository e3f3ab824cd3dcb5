'use strict';
require('./fixtures/throws-on-load');
