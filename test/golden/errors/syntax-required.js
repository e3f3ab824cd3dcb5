'use strict';
console.log('before require');
require('./fixtures/bad-syntax');
console.log('must not run');
