'use strict';
// The REPL's tab completion (server.completer), with node 20's results:
// names, properties after '.', require('…') module names, REPL commands.
// (eddy never runs a getter on the way, node does: not asserted here.)
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.resume();
const server = repl.start({ input, output, terminal: true, useGlobal: true });
globalThis.completionObject = { gx: 1, gy: 2 };

const complete = (line) => new Promise((resolve, reject) => {
  server.completer(line, (err, value) => (err ? reject(err) : resolve(value)));
});

(async () => {
  assert.deepStrictEqual(await complete('fs.readFileS'), [['fs.readFileSync'], 'fs.readFileS']);
  assert.deepStrictEqual(await complete('require("fs/pro'), [['fs/promises'], 'fs/pro']);
  assert.deepStrictEqual(await complete("require('rea"), [['readline', 'readline/promises'], 'rea']);
  assert.deepStrictEqual(await complete('.he'), [['help'], 'he']);
  assert.deepStrictEqual(await complete('proc'), [['process'], 'proc']);
  assert.deepStrictEqual(await complete('globalThis.setTimeo'),
                         [['globalThis.setTimeout'], 'globalThis.setTimeo']);
  assert.deepStrictEqual(await complete('undefinedVar.x'), [[], 'undefinedVar.x']);
  const [list] = await complete('completionObject.g');
  assert.ok(list.includes('completionObject.gx') && list.includes('completionObject.gy'));

  // Names declared at the prompt with let are not globalThis properties.
  input.write('let myLocalVar = { deep: 1 }\r');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(await complete('myLocalV'), [['myLocalVar'], 'myLocalV']);
  assert.deepStrictEqual(await complete('myLocalVar.de'), [['myLocalVar.deep'], 'myLocalVar.de']);

  // Keys typed at the prompt: Tab completes the line.
  input.write('process.versi');
  input.write('\t');
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(server.line, 'process.version');
  server.close();
})().catch((err) => { console.error(err); process.exit(1); });
