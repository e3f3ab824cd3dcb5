'use strict';
// readline in terminal mode over plain streams: line editing keys, history,
// tab completion, SIGINT, Ctrl-D — checked on rl.line / rl.cursor and the
// events, as node 20 leaves them.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function make(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, ...options });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  const type = (s) => input.write(s);
  return { rl, input, output, lines, type };
}

// Cursor movement and deletion.
{
  const { rl, lines, type } = make();
  assert.strictEqual(rl.terminal, true);
  type('hello world');
  assert.strictEqual(rl.line, 'hello world');
  assert.strictEqual(rl.cursor, 11);
  type('\x1b[D\x1b[D');                  // left left
  assert.strictEqual(rl.cursor, 9);
  type('\x01');                          // Ctrl-A
  assert.strictEqual(rl.cursor, 0);
  type('\x05');                          // Ctrl-E
  assert.strictEqual(rl.cursor, 11);
  type('\x1b[H');                        // Home
  assert.strictEqual(rl.cursor, 0);
  type('\x1b[F');                        // End
  assert.strictEqual(rl.cursor, 11);
  type('\x1bb');                         // Meta-b: word left
  assert.strictEqual(rl.cursor, 6);
  type('\x1b[1;5D');                     // Ctrl-Left: word left
  assert.strictEqual(rl.cursor, 0);
  type('\x1bf');                         // Meta-f: word right
  assert.strictEqual(rl.cursor, 6);
  type('\x1b[1;5C');                     // Ctrl-Right
  assert.strictEqual(rl.cursor, 11);
  rl.line = 'foo.bar  baz';
  rl.cursor = 0;
  const rights = [];
  for (let i = 0; i < 4; i++) { type('\x1bf'); rights.push(rl.cursor); }
  assert.deepStrictEqual(rights, [3, 4, 9, 12]);
  const lefts = [];
  for (let i = 0; i < 4; i++) { type('\x1bb'); lefts.push(rl.cursor); }
  assert.deepStrictEqual(lefts, [9, 4, 3, 0]);
  type('\x1bd');                         // Meta-d: delete word right
  assert.strictEqual(rl.line, '.bar  baz');
  rl.line = 'hello world';
  rl.cursor = 11;
  type('\x17');                          // Ctrl-W: delete word left
  assert.strictEqual(rl.line, 'hello ');
  type('\x7f');                          // Backspace
  assert.strictEqual(rl.line, 'hello');
  type('\x1b[D\x1b[D\x0b');              // Ctrl-K
  assert.strictEqual(rl.line, 'hel');
  type('\x1b[D\x15');                    // Ctrl-U
  assert.strictEqual(rl.line, 'l');
  assert.strictEqual(rl.cursor, 0);
  type('\x1b[3~');                       // Delete
  assert.strictEqual(rl.line, '');
  type('ab\x1b[Dx');                     // insert in the middle
  assert.strictEqual(rl.line, 'axb');
  assert.strictEqual(rl.cursor, 2);
  type('\x02\x02\x06');                  // Ctrl-B Ctrl-B Ctrl-F
  assert.strictEqual(rl.cursor, 1);
  type('\x04');                          // Ctrl-D on a non-empty line deletes right
  assert.strictEqual(rl.line, 'ab');
  type('\r');
  assert.deepStrictEqual(lines, ['ab']);
  assert.strictEqual(rl.line, '');
  rl.close();
}

// \r\n is one Enter; \n alone is one too.
{
  const { rl, lines, type } = make();
  type('a\r\nb\nc\r');
  assert.deepStrictEqual(lines, ['a', 'b', 'c']);
  rl.close();
}

// History: newest first, up/down, duplicates, size, the 'history' event.
{
  const { rl, type } = make({ historySize: 3, removeHistoryDuplicates: true });
  const seen = [];
  rl.on('history', (h) => seen.push([...h]));
  type('one\rtwo\rthree\rtwo\r   \r');
  assert.deepStrictEqual(rl.history, ['two', 'three', 'one']);
  assert.deepStrictEqual(seen[seen.length - 1], ['two', 'three', 'one']);
  assert.strictEqual(seen.length, 4);
  type('\x1b[A');
  assert.strictEqual(rl.line, 'two');
  type('\x1b[A');
  assert.strictEqual(rl.line, 'three');
  type('\x1b[A');
  assert.strictEqual(rl.line, 'one');
  type('\x1b[A');                        // past the oldest: what was typed
  assert.strictEqual(rl.line, '');
  type('\x1b[B');
  assert.strictEqual(rl.line, 'one');
  type('\x1b[B\x1b[B');
  assert.strictEqual(rl.line, 'two');
  type('\x1b[B');
  assert.strictEqual(rl.line, '');
  assert.strictEqual(rl.historyIndex, -1);
  type('\x10\x10');                      // Ctrl-P Ctrl-P
  assert.strictEqual(rl.line, 'three');
  type('\x0e');                          // Ctrl-N
  assert.strictEqual(rl.line, 'two');
  type('\x0e');
  assert.strictEqual(rl.line, '');
  // Up searches history for what was typed before it.
  type('t\x1b[A');
  assert.strictEqual(rl.line, 'two');
  type('\x1b[A');
  assert.strictEqual(rl.line, 'three');
  type('\x1b[A');
  assert.strictEqual(rl.line, 't');
  rl.close();
}

// A history given at creation, historySize 0.
{
  const { rl, type } = make({ history: ['b', 'a'] });
  type('\x1b[A');
  assert.strictEqual(rl.line, 'b');
  rl.close();
  const m = make({ historySize: 0 });
  m.type('x\r');
  assert.deepStrictEqual(m.rl.history, []);
  assert.deepStrictEqual(m.lines, ['x']);
  m.rl.close();
}

// Tab completion: one match inserted, common prefix, list on a second Tab.
{
  const words = ['apple', 'apricot', 'banana'];
  let out = '';
  const { rl, output, type } = make({
    completer(line) {
      const hits = words.filter((w) => w.startsWith(line));
      return [hits, line];
    },
  });
  output.on('data', (d) => { out += d; });
  type('b\t');
  assert.strictEqual(rl.line, 'banana');
  type('\x15a');
  type('\t');
  assert.strictEqual(rl.line, 'ap');
  out = '';
  type('\t');
  assert.strictEqual(rl.line, 'ap');
  assert.strictEqual(out, '\r\napple\r\napricot\r\n\r\n\x1b[1G\x1b[0J> ap\x1b[5G');
  type('r\t');
  assert.strictEqual(rl.line, 'apricot');
  rl.close();
}

// An asynchronous completer (two parameters).
{
  let done = false;
  const { rl, type } = make({
    completer(line, cb) {
      setImmediate(() => {
        cb(null, [['hello'], line]);
        assert.strictEqual(rl.line, 'hello');
        done = true;
        rl.close();
      });
    },
  });
  type('he\t');
  process.on('exit', () => assert.ok(done));
}

// Without a completer, Tab is typed.
{
  const { rl, type } = make();
  type('a\tb');
  assert.strictEqual(rl.line, 'a\tb');
  rl.close();
}

// Ctrl-C: 'SIGINT' when listened to, else close; Ctrl-D on an empty line closes.
{
  const { rl, type } = make();
  let sigint = 0;
  rl.on('SIGINT', () => sigint++);
  type('abc\x03');
  assert.strictEqual(sigint, 1);
  assert.notStrictEqual(rl.closed, true);
  rl.close();

  const m = make();
  const events = [];
  m.rl.on('pause', () => events.push('pause'));
  m.rl.on('close', () => events.push('close'));
  m.type('\x03');
  assert.deepStrictEqual(events, ['pause', 'close']);

  const d = make();
  let closed = false;
  d.rl.on('close', () => { closed = true; });
  d.type('\x04');
  assert.strictEqual(closed, true);
}

// The prompt and getCursorPos (wide characters count twice, tabs to tabSize).
{
  const { rl, type } = make({ prompt: '>> ', tabSize: 4 });
  type('ab');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 5 });
  type('\x15漢字');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 7 });
  type('\x15\t');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 4 });
  rl.close();
}

// rl.write(data, key) simulates keys.
{
  const { rl, lines } = make();
  rl.write('abc');
  rl.write(null, { ctrl: true, name: 'u' });
  rl.write('xyz');
  rl.write(null, { ctrl: true, name: 'a' });
  assert.strictEqual(rl.cursor, 0);
  rl.write('\n');
  assert.deepStrictEqual(lines, ['xyz']);
  rl.close();
}

// A question in terminal mode writes its query as the prompt.
{
  const { rl, output, type } = make({ prompt: '> ' });
  let out = '';
  output.on('data', (d) => { out += d; });
  rl.question('Q? ', (a) => {
    assert.strictEqual(a, 'yes');
    assert.strictEqual(rl.getPrompt(), '> ');
    assert.ok(out.includes('Q? '));
    rl.close();
  });
  type('yes\r');
}
