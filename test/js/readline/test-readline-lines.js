'use strict';
// readline over plain streams: line splitting (\n, \r\n, \r, a \r\n split
// across chunks), events and their order, question(), close().
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function collect(rl) {
  const events = [];
  for (const e of ['line', 'close', 'pause', 'resume', 'history']) {
    rl.on(e, (arg) => events.push(e === 'line' ? `line:${arg}` : e));
  }
  return events;
}

// Endings of every kind, and a last line without one.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  assert.strictEqual(rl.terminal, false);
  const events = collect(rl);
  input.write('a\r\nb\nc\r');
  input.write('\nd\re\n\n');
  input.end('last');
  rl.on('close', () => {
    assert.deepStrictEqual(events, ['line:a', 'line:b', 'line:c', 'line:d', 'line:e',
                                    'line:', 'line:last', 'pause', 'close']);
  });
}

// Multi-byte characters split across chunks.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  const bytes = Buffer.from('héllo wörld €\n');
  for (const b of bytes) input.write(Buffer.from([b]));
  input.end();
  rl.on('close', () => assert.deepStrictEqual(lines, ['héllo wörld €']));
}

// question() with a callback, then the prompt is restored.
{
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output, prompt: '$ ' });
  assert.strictEqual(rl.getPrompt(), '$ ');
  rl.question('name? ', (answer) => {
    assert.strictEqual(answer, 'eddy');
    assert.strictEqual(rl.getPrompt(), '$ ');
    rl.setPrompt('# ');
    rl.prompt();
    rl.close();
    assert.throws(() => rl.question('again?', () => {}), { code: 'ERR_USE_AFTER_CLOSE' });
    setImmediate(() => assert.strictEqual(written, 'name? # '));
  });
  input.write('eddy\n');
}

// pause/resume events, close() once.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const events = collect(rl);
  rl.pause();
  rl.pause();
  rl.resume();
  rl.resume();
  rl.close();
  rl.close();
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause', 'close']);
  assert.strictEqual(rl.closed, true);
}

// Option validation.
{
  const input = new PassThrough();
  assert.throws(() => readline.createInterface({ input, historySize: -1 }),
                { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
  assert.throws(() => readline.createInterface({ input, history: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => readline.createInterface({ input, completer: 'x' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => readline.createInterface({ input, tabSize: 0 }),
                { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => readline.createInterface({ input, signal: 1 }),
                { code: 'ERR_INVALID_ARG_TYPE' });
}

// An AbortSignal closes the interface.
{
  const input = new PassThrough();
  const ac = new AbortController();
  const rl = readline.createInterface({ input, signal: ac.signal });
  let closed = false;
  rl.on('close', () => { closed = true; });
  ac.abort();
  assert.strictEqual(closed, true);
}

// rl.write() in non-terminal mode feeds the line splitter.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.write('one\ntwo');
  rl.write('\n');
  assert.deepStrictEqual(lines, ['one', 'two']);
  rl.close();
}

// The input's errors are the interface's.
{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  let seen;
  rl.on('error', (err) => { seen = err; });
  const err = new Error('boom');
  input.emit('error', err);
  assert.strictEqual(seen, err);
  rl.close();
}

// readline.Interface is callable without new, and from an old-style subclass.
{
  const util = require('util');
  const rl = readline.Interface(new PassThrough());
  assert.ok(rl instanceof readline.Interface);
  assert.strictEqual(rl.terminal, false);
  rl.close();
  function Sub(input) {
    readline.Interface.call(this, input);
  }
  util.inherits(Sub, readline.Interface);
  const input = new PassThrough();
  const sub = new Sub(input);
  const lines = [];
  sub.on('line', (l) => lines.push(l));
  input.write('x\n');
  assert.deepStrictEqual(lines, ['x']);
  sub.question('q', (a) => assert.strictEqual(a, 'y'));
  input.write('y\n');
  sub.close();
}
