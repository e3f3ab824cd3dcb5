'use strict';
// console.trace: "Trace: message" then the caller's stack. Stack frames differ
// between runtimes below the script, so only the first lines are printed.
const { Console } = require('console');
const EventEmitter = require('events');

let captured = '';
const stderr = new EventEmitter();
stderr.write = (s) => { captured += s; };
const c = new Console({ stdout: stderr, stderr });

function outer() {
  inner();
}
function inner() {
  c.trace('hello %s', 'world', { a: 1 });
}
outer();
let lines = captured.split('\n');
console.log(lines[0]);
console.log(lines[1].trim().startsWith('at inner ('));
console.log(lines[2].trim().startsWith('at outer ('));

captured = '';
c.trace();
lines = captured.split('\n');
console.log(JSON.stringify(lines[0]));
console.log(lines[1].trim().startsWith('at '));

// Inside a group every line of the trace is indented.
c.group('g');
captured = '';
c.trace('in group');
lines = captured.split('\n');
console.log(JSON.stringify(lines[0]));
console.log(JSON.stringify(lines[1].slice(0, 9)));
