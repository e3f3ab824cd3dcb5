'use strict';
// A .mjs file cannot be run or required by a runtime without ES modules; the
// failure must be an error, not a crash or a hang. (node 20.19+ loads it.)
let result;
try {
  result = require('./fixtures/esm.mjs');
} catch (err) {
  result = err.code;
}
console.log(process.features.require_module ? 'ERR_REQUIRE_ESM' : result);
