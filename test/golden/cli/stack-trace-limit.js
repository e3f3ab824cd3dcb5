'use strict';
// --stack-trace-limit=2: Error.stackTraceLimit and the frames kept.
function a() { return b(); }
function b() { return c(); }
function c() { return new Error('deep'); }
console.log('Error.stackTraceLimit:', Error.stackTraceLimit);
const frames = a().stack.split('\n').slice(1).map((l) => l.trim().split(' ')[1]);
console.log('frames:', frames);
