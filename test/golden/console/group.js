'use strict';
// group / groupCollapsed / groupEnd indentation on both streams.
console.group('Level 1');
console.log('inside 1');
console.log('multi\nline\ntext');
console.group();
console.info('inside 2 (group without label)');
console.error('stderr is indented too');
console.groupCollapsed('collapsed %s', 'label');
console.warn('inside 3');
console.table([{ a: 1 }]);
console.dir({ a: { b: 1 } });
console.groupEnd();
console.log('back in 2');
console.groupEnd();
console.log('back in 1');
console.groupEnd();
console.groupEnd(); // one too many: harmless
console.log('top level');

const { Console } = require('console');
const wide = new Console({ stdout: process.stdout, groupIndentation: 4 });
wide.group('four spaces');
wide.log('indented by 4');
wide.group();
wide.log('indented by 8');
wide.groupEnd();
wide.groupEnd();
wide.log('not indented');
const none = new Console({ stdout: process.stdout, groupIndentation: 0 });
none.group('zero');
none.log('not indented either');
