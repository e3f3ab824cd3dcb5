'use strict';
const log = (...a) => console.log(...a);
process.on('warning', (w) => log('warning:', w.name, w.message.split('\n')[0]));
process.on('exit', (code) => log('exit', code, process.exitCode));
Promise.reject(new Error('mode test'));
setTimeout(() => log('timer runs'), 1);
