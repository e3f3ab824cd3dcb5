'use strict';
// timers run by due time, then creation order (durations are far apart so a
// stall between two setTimeout calls cannot reorder them)
const log = (s) => console.log(s);
const start = Date.now();
setTimeout(() => log('t 20ms a'), 20);
setTimeout(() => log('t 10ms a'), 10);
setTimeout(() => log('t 10ms b'), 10);
setTimeout(() => log('t 0ms a'), 0);
setTimeout(() => log('t 20ms b'), 20);
setTimeout(() => log('t 0ms b'), 0);
setTimeout(() => log('t 200ms'), 200);
setTimeout(() => log('t 100ms'), 100);
setTimeout(() => log('t 150ms'), 150);
setTimeout((a, b, c, d) => log(`t args ${a} ${b} ${c} ${d}`), 250, 1, 'two', 3, 4);
setTimeout(() => log('t -5 (treated as 1)'), -5);
setTimeout(() => log('t NaN (treated as 1)'), NaN);
setTimeout(() => log('t "30" string'), '30');
setTimeout(() => log('t 10.9 (list of 10)'), 10.9);
// busy-wait: everything up to 30ms is due when the loop starts, so the
// order below comes from the timer lists, not from the clock
while (Date.now() - start < 40);
