'use strict';
// --title sets process.title; assigning it changes it again.
console.log('title:', process.title);
process.title = 'eddy-golden-renamed';
console.log('title after assignment:', process.title);
console.log('execArgv:', process.execArgv);
