'use strict';
// -C custom --conditions=other: user conditions join require/node/default;
// the package's key order decides between them, and "import" never applies.
require('./fixtures/use-cond')();
console.log('execArgv:', process.execArgv);
