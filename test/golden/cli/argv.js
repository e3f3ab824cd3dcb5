'use strict';
// argv.args runs this file with arguments: everything after the script name
// (even "--" and option-like words) belongs to the script; options before it
// are in execArgv. (argv[0]/execPath name the runtime, so they are not printed.)
const path = require('path');
console.log('argv.slice(2):', process.argv.slice(2));
console.log('execArgv:', process.execArgv);
console.log('argv[1] is this file:', process.argv[1] === __filename);
console.log('argv[1] is absolute:', path.isAbsolute(process.argv[1]));
console.log('argv.length:', process.argv.length);
console.log('argv0 is a string:', typeof process.argv0 === 'string');
console.log('Error.stackTraceLimit:', Error.stackTraceLimit);
