'use strict';
// new Console(...) with custom streams, colour modes and options. Output is
// collected from fake streams and printed as JSON, so colours are visible.
const { Console } = require('console');
const EventEmitter = require('events');

function sink() {
  const s = new EventEmitter();
  s.chunks = [];
  s.write = (chunk) => { s.chunks.push(chunk); return true; };
  return s;
}
function show(label, stream) {
  console.log(label, JSON.stringify(stream.chunks));
  stream.chunks.length = 0;
}

// Positional arguments; stderr defaults to stdout.
{
  const out = sink();
  const c = new Console(out);
  c.log('to out');
  c.error('also to out');
  show('positional:', out);
}

// Options object, separate streams.
{
  const out = sink();
  const err = sink();
  const c = new Console({ stdout: out, stderr: err });
  c.log('log', 1);
  c.info('info');
  c.debug('debug');
  c.warn('warn');
  c.error('error');
  c.assert(false, 'assert');
  show('stdout:', out);
  show('stderr:', err);
}

// Colours: forced on, forced off, and auto (on only for a colour TTY).
{
  const out = sink();
  new Console({ stdout: out, colorMode: true }).log({ a: 1, s: 'x' }, 'plain', 5);
  show('colorMode true:', out);
  new Console({ stdout: out, colorMode: false }).log({ a: 1 });
  show('colorMode false:', out);
  new Console({ stdout: out }).log({ a: 1 });
  show('auto, not a TTY:', out);
  out.isTTY = true;
  out.getColorDepth = () => 8;
  new Console({ stdout: out }).log({ a: 1 });
  show('auto, colour TTY:', out);
  out.getColorDepth = () => 1;
  new Console({ stdout: out }).log({ a: 1 });
  show('auto, mono TTY:', out);
}

// inspectOptions apply to log and dir.
{
  const out = sink();
  const c = new Console({ stdout: out, inspectOptions: { depth: 0, breakLength: Infinity } });
  c.log({ a: { b: 1 } });
  c.dir({ a: { b: 1 } });
  c.dir({ a: { b: 1 } }, { depth: 2 });
  show('inspectOptions:', out);
}

// Methods are bound, named, and Console works without `new`.
{
  const out = sink();
  const c = Console(out);
  const { log, count, group, groupEnd } = c;
  log('bound log');
  group('g');
  count();
  groupEnd();
  show('bound:', out);
  console.log(log.name, count.name, c instanceof Console, console instanceof Console,
              typeof console.Console, console.Console === Console);
  console.log(Object.keys(c).join(','));
}

// Errors from the constructor.
for (const args of [[], [{}], [{ stdout: sink(), stderr: {} }],
                    [{ stdout: sink(), colorMode: 'x' }],
                    [{ stdout: sink(), groupIndentation: 1001 }],
                    [{ stdout: sink(), groupIndentation: 'a' }],
                    [{ stdout: sink(), inspectOptions: 5 }],
                    [{ stdout: sink(), inspectOptions: { colors: true }, colorMode: true }]]) {
  try {
    new Console(...args);
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
}

// Write errors are swallowed by default, thrown with ignoreErrors: false.
{
  const bad = new EventEmitter();
  bad.write = () => { throw new Error('EPIPE-like'); };
  new Console(bad).log('swallowed');
  console.log('listeners after swallowed write:', bad.listenerCount('error'));
  try {
    new Console({ stdout: bad, ignoreErrors: false }).log('thrown');
  } catch (err) {
    console.log('ignoreErrors false:', err.message);
  }
}

// table() validation and clear() on a non-TTY.
{
  const out = sink();
  const c = new Console(out);
  try {
    c.table([], 'a');
  } catch (err) {
    console.log(`${err.name} [${err.code}]: ${err.message}`);
  }
  c.clear();
  show('clear on non-TTY:', out);
  out.isTTY = true;
  c.clear();
  show('clear on TTY:', out);
}
