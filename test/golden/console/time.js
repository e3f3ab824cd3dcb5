'use strict';
// console.time / timeLog / timeEnd formatting. The clock (process.hrtime,
// which console reads) is replaced so that the output is deterministic.
let elapsed = [0, 0];
process.hrtime = function hrtime(start) {
  return start === undefined ? [1000, 0] : elapsed.slice();
};

const cases = [
  [0, 0], [0, 1], [0, 1000], [0, 500000], [0, 1234567], [0, 100000000],
  [0, 999999999], [1, 0], [1, 234567890], [59, 999999999], [60, 0],
  [61, 500000000], [125, 5000000], [3599, 999600000], [3600, 0],
  [3725, 5000000], [108000, 1],
];
for (const c of cases) {
  console.time('t');
  elapsed = c;
  console.timeEnd('t');
}

console.time();
elapsed = [0, 1500000];
console.timeLog();
console.timeLog(undefined, 'with', { data: 1 }, 'and %s', 'no format');
console.timeEnd();

console.time(42);
console.timeEnd('42');
console.time('grouped');
console.group('group');
console.timeEnd('grouped');
console.groupEnd();
