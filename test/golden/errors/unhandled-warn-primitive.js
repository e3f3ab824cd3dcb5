'use strict';
Error.stackTraceLimit = 1;
const log = (...a) => console.log(...a);
process.on('warning', (w) => log('warning:', w.name, JSON.stringify(w.message.split(__dirname).join('<DIR>'))));
Promise.reject('prim');
const p = Promise.reject(new Error('later handled'));
setTimeout(() => p.catch(() => log('handled late')), 2);
