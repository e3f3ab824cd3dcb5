'use strict';
const p = Promise.reject(new Error('x'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => p.catch(() => {}), 10);
