'use strict';
process.on('exit', (code) => console.log('exit', code));
console.log('main');
Promise.reject(new Error('rejected with error'));
setTimeout(() => console.log('timer: must not run'), 1);
