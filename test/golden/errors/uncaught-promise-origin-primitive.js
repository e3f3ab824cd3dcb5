'use strict';
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.name, err.code, origin);
  console.log(err.message);
});
Promise.reject(Symbol('s'));
