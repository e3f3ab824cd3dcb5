'use strict';
// An error thrown while a required module loads, uncaught: the report names
// the required file, its line, and the frames in both files.
require('./fixtures/throws-at-load');
