'use strict';
process.on('exit', (c) => { console.log('exit', c); process.exit(3); });
process.on('exit', (c) => console.log('exit 2', c));
process.exitCode = 2;
