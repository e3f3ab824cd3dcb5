'use strict';
console.log('must not run');
let x = {;
