'use strict';
// -r / --require preload modules, in order, before the main module.
const path = require('path');
console.log('main: preloads ran', globalThis.preloadOrder);
console.log('main: require.main is this module', require.main === module);
const cached = Object.keys(require.cache).map((f) => path.relative(__dirname, f));
console.log('main: cache', cached.sort());
console.log('main: same module', require('./fixtures/preload-b.js'));
console.log('main: isPreloading', module.isPreloading);
console.log('execArgv:', process.execArgv);
