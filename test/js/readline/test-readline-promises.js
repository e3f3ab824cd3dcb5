'use strict';
// readline/promises: question() as a promise, aborting it, the Readline
// cursor batcher; and async iteration of lines.
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Writable } = require('stream');

assert.strictEqual(readline.promises, readlinePromises);

(async () => {
  {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d) => { out += d; });
    const rl = readlinePromises.createInterface({ input, output });
    const answer = rl.question('what? ');
    input.write('this\n');
    assert.strictEqual(await answer, 'this');
    assert.strictEqual(out, 'what? ');

    const ac = new AbortController();
    const p = rl.question('never? ', { signal: ac.signal });
    ac.abort();
    await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
    const ac2 = new AbortController();
    ac2.abort();
    await assert.rejects(rl.question('x', { signal: ac2.signal }), { name: 'AbortError' });
    // The aborted question left no callback behind: the next line is a 'line'.
    const line = new Promise((resolve) => rl.once('line', resolve));
    input.write('plain\n');
    assert.strictEqual(await line, 'plain');
    rl.close();
    await assert.rejects(rl.question('closed'), { code: 'ERR_USE_AFTER_CLOSE' });
  }

  // The callback form: an aborted signal means no callback.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const ac = new AbortController();
    let called = false;
    rl.question('q', { signal: ac.signal }, () => { called = true; });
    ac.abort();
    const line = new Promise((resolve) => rl.once('line', resolve));
    input.write('after\n');
    assert.strictEqual(await line, 'after');
    assert.strictEqual(called, false);
    rl.close();
  }

  // Async iteration: every line, the last without an ending, then done.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    setImmediate(() => {
      input.write('a\r\nb\n');
      input.end('c');
    });
    const lines = [];
    for await (const l of rl) lines.push(l);
    assert.deepStrictEqual(lines, ['a', 'b', 'c']);
  }

  // break closes the interface.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    input.write('1\n2\n3\n');
    let closed = false;
    rl.on('close', () => { closed = true; });
    for await (const l of rl) {
      assert.strictEqual(l, '1');
      break;
    }
    assert.strictEqual(closed, true);
  }

  // Readline: batched escapes, written on commit().
  {
    let written = '';
    const stream = new Writable({ write(c, e, cb) { written += c; cb(); } });
    const r = new readlinePromises.Readline(stream);
    r.cursorTo(0).cursorTo(2, 3).moveCursor(-1, 2).moveCursor(0, 0).clearLine(0)
      .clearLine(-1).clearLine(1).clearScreenDown();
    assert.strictEqual(written, '');
    await r.commit();
    assert.strictEqual(written, '\x1b[1G\x1b[4;3H\x1b[1D\x1b[2B\x1b[2K\x1b[1K\x1b[0K\x1b[0J');
    written = '';
    r.cursorTo(5).rollback();
    await r.commit();
    assert.strictEqual(written, '');
    assert.throws(() => r.cursorTo('a'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => new readlinePromises.Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
  }
})().then(() => { process.exitCode = 0; }, (err) => { console.error(err); process.exit(1); });
