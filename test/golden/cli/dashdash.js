'use strict';
// `runtime --no-warnings -- dashdash.js`: "--" ends the runtime's options and
// is not passed on.
console.log('argv.slice(2):', process.argv.slice(2));
console.log('execArgv:', process.execArgv);
console.log('argv[1] is this file:', process.argv[1] === __filename);
