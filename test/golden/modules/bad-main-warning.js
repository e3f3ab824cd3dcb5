'use strict';
// A package.json "main" that does not exist falls back to index.js with a
// DEP0128 deprecation warning.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.code,
                                          w.message.replace(__dirname, '<DIR>')));
console.log(require('./fixtures/bad-main'));
