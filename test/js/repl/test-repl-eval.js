'use strict';
// repl.start over plain streams (no terminal, the global context — eddy has
// no other): what each input prints, as
// node 20 prints it. Lines are sent one at a time, each after the prompt.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const repl = require('repl');
const { PassThrough } = require('stream');

function session(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  let waiter = null;
  output.on('data', (d) => {
    out += d;
    if (waiter && /(?:> |\.\.\. )$/.test(out)) {
      const w = waiter;
      waiter = null;
      const text = out;
      out = '';
      w(text);
    }
  });
  const server = repl.start({ input, output, prompt: '> ', terminal: false, useGlobal: true, ...options });
  // send(line) → what the REPL printed in answer, up to its next prompt.
  const send = (line) => new Promise((resolve) => {
    out = '';
    waiter = resolve;
    input.write(`${line}\n`);
  });
  return { server, input, output, send };
}

(async () => {
  const { server, send } = session();
  assert.strictEqual(server.context, globalThis);
  assert.deepStrictEqual(Object.keys(server.commands).sort(),
                         ['break', 'clear', 'exit', 'help', 'load', 'save']);
  const expect = async (line, printed) => assert.strictEqual(await send(line), printed, line);

  await expect('1 + 1', '2\n> ');
  await expect('let x = 5', 'undefined\n> ');
  await expect('x * 2', '10\n> ');
  await expect('const {a, b: [c]} = await Promise.resolve({a: 1, b: [2]})', 'undefined\n> ');
  await expect('a + c', '3\n> ');
  await expect('await 5', '5\n> ');
  await expect('let z = await 1; z + 1', '2\n> ');
  await expect('async function g() { return 3 }', 'undefined\n> ');
  await expect('await g()', '3\n> ');
  await expect('var v = await 2; v', '2\n> ');
  await expect('for (const i of [1, 2]) { await i }', 'undefined\n> ');
  await expect('class K { m() { return 1 } }; new K().m()', '1\n> ');
  await expect('const s1 = `x${await 2}y`', 'undefined\n> ');
  await expect('s1', "'x2y'\n> ");
  await expect('await (async () => 7)()', '7\n> ');
  await expect('let [p, q] = await Promise.all([1, 2]); p + q', '3\n> ');
  await expect('1', '1\n> ');
  await expect('_', '1\n> ');
  await expect('foo', 'Uncaught ReferenceError: foo is not defined\n> ');
  await expect('_error.message', "'foo is not defined'\n> ");
  await expect("function f() { throw new Error('boom') }", 'undefined\n> ');
  assert.match(await send('f()'), /^Uncaught Error: boom\n {4}at f \(REPL\d+:1:22\)\n> $/);
  await expect("throw 'str'", "Uncaught 'str'\n> ");
  await expect('throw null', 'Uncaught null\n> ');
  await expect('throw Object.assign(new Error("x"), {code: 1})', 'Uncaught [Error: x] { code: 1 }\n> ');
  await expect('{ a: 1 }', '{ a: 1 }\n> ');
  await expect('{ a: 1, b: [1,2] }', '{ a: 1, b: [ 1, 2 ] }\n> ');
  await expect('{ a: await 1 }', '{ a: 1 }\n> ');
  await expect('if (true) {', '... ');
  await expect('  x = 10', '... ');
  await expect('}', '10\n> ');
  await expect('`multi', '... ');
  await expect('line`', "'multi\\nline'\n> ");
  await expect('1 +', '... ');
  await expect('2', '3\n> ');
  await expect('[1,', '... ');
  await expect('.break', '> ');
  await expect('let x = 3', "Uncaught SyntaxError: Identifier 'x' has already been declared\n> ");
  await expect('1 +* 2', "1 +* 2\n   ^\n\nUncaught SyntaxError: Unexpected token '*'\n> ");
  await expect("fs.existsSync('/')", 'true\n> ');
  await expect("typeof path.join + typeof require + typeof module", "'functionfunctionobject'\n> ");
  await expect('.nope', 'Invalid REPL keyword\n> ');
  await expect('.5', '0.5\n> ');
  await expect('undefined', 'undefined\n> ');
  await expect('null', 'null\n> ');
  await expect('class A {}', 'undefined\n> ');
  await expect('new A()', 'A {}\n> ');
  await expect('', '> ');
  await expect('_ = 3', 'Expression assignment to _ now disabled.\n3\n> ');
  await expect('4', '4\n> ');
  await expect('_', '3\n> ');
  assert.match(await send("await Promise.reject(new Error('r'))"), /^Uncaught Error: r\n {4}at REPL\d+:1:\d+\n> $/);
  await expect('.help', '.break   Sometimes you get stuck, this gets you out\n' +
    '.clear   Alias for .break\n' +
    '.exit    Exit the REPL\n' +
    '.help    Print this help message\n' +
    '.load    Load JS from a file into the REPL session\n' +
    '.save    Save all evaluated commands in this REPL session to a file\n' +
    '\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n> ');

  // .save writes the session's lines, .load replays a file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-repl-'));
  try {
    const saved = path.join(dir, 'saved.js');
    assert.match(await send(`.save ${saved}`), /^Session saved to: .*saved\.js\n> $/);
    const text = fs.readFileSync(saved, 'utf8');
    assert.ok(text.startsWith('1 + 1\nlet x = 5\nx * 2\n'), text);
    const file = path.join(dir, 'load.js');
    fs.writeFileSync(file, 'const loaded = 40;\nfunction plus(n) {\n  return n + 2;\n}\n');
    await send(`.load ${file}`);
    await expect('plus(loaded)', '42\n> ');
    assert.match(await send(`.load ${path.join(dir, 'missing.js')}`), /^Failed to load: .*missing\.js\n> $/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // defineCommand, displayPrompt, and 'exit' after .exit.
  server.defineCommand('hi', {
    help: 'Say hello',
    action(name) {
      this.clearBufferedCommand();
      this.output.write(`hello ${name}\n`);
      this.displayPrompt();
    },
  });
  await expect('.hi there', 'hello there\n> ');
  assert.throws(() => server.defineCommand('bad', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  let exited = false;
  server.on('exit', () => { exited = true; });
  server.input.write('.exit\n');
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(exited, true);

  // Options: ignoreUndefined, writer, a custom eval (with Recoverable).
  {
    const s = session({
      ignoreUndefined: true,
      writer: (v) => `<${typeof v}:${v}>`,
    });
    assert.strictEqual(await s.send('void 0'), '> ');
    assert.strictEqual(await s.send('7'), '<number:7>\n> ');
    s.server.close();
  }
  {
    let calls = 0;
    const s = session({
      eval(code, context, file, cb) {
        calls++;
        assert.strictEqual(context, s.server.context);
        assert.strictEqual(typeof file, 'string');
        if (code.trim() === 'more') return cb(new repl.Recoverable(new SyntaxError('x')));
        cb(null, code.trim().toUpperCase());
      },
    });
    assert.strictEqual(await s.send('abc'), "'ABC'\n> ");
    assert.strictEqual(await s.send('more'), '... ');
    assert.strictEqual(await s.send('done'), "'MORE\\nDONE'\n> ");
    assert.strictEqual(calls, 3);
    s.server.close();
  }
})().catch((err) => { console.error(err); process.exit(1); });
