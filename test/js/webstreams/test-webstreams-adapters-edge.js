'use strict';
// Edge cases of the node <-> web stream adapters, logged as node 20 logs
// them: ended and destroyed sources, Writable.toWeb backpressure (counted in
// chunks), signals, option errors (with node's argument order), errored
// web sinks, Duplex.fromWeb defaults. Expected lines: node 20's output.
const { Readable, Writable, Duplex } = require('stream');
const assert = require('assert');
const { test } = require('./harness');

test('adapter edge cases', async () => {
  const lines = [];
  const L = (...a) => lines.push(a.map((x) => (x instanceof Error ? `${x.name}:${x.code}:${x.message}` :
    typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' '));
  // ended readable
  const r = Readable.from([]);
  await new Promise((res) => { r.resume(); r.on('end', res); });
  const rs = Readable.toWeb(r);
  L('ended toWeb', await rs.getReader().read());
  // destroyed readable
  const r2 = new Readable({ read() {} }); r2.destroy();
  L('destroyed toWeb', await Readable.toWeb(r2).getReader().read());
  // destroyed writable
  const w = new Writable({ write(c, e, cb) { cb(); } }); w.destroy();
  const ws = Writable.toWeb(w);
  L('destroyed writable state', require('util').inspect(ws));
  // writable backpressure
  const slow = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } });
  const wsw = Writable.toWeb(slow).getWriter();
  L('desired', wsw.desiredSize);
  const p1 = wsw.write(new Uint8Array(3));
  L('desired after', wsw.desiredSize);
  await p1; L('p1 done');
  await wsw.close(); L('closed', slow.writableFinished);
  // fromWeb with signal
  const ac = new AbortController();
  const fr = Readable.fromWeb(new ReadableStream({ pull(c) { c.enqueue('x'); } }), { signal: ac.signal, objectMode: true });
  fr.on('error', (e) => L('fromWeb signal error', e));
  ac.abort();
  await new Promise((res) => fr.on('close', res));
  // fromWeb error in options
  try { Readable.fromWeb(new ReadableStream(), { encoding: 'nope' }); } catch (e) { L('bad encoding', e); }
  try { Readable.fromWeb(new ReadableStream(), 1); } catch (e) { L('bad options', e); }
  try { Writable.fromWeb(new WritableStream(), { decodeStrings: 1 }); } catch (e) { L('bad decodeStrings', e); }
  // Writable.fromWeb on errored stream
  const ews = new WritableStream({ start(c) { c.error(new Error('pre')); } });
  await new Promise((r) => setTimeout(r, 1));
  const ew = Writable.fromWeb(ews);
  ew.on('error', (e) => L('fromWeb errored', e));
  ew.write('a', (err) => L('write cb', err));
  await new Promise((res) => ew.on('close', res));
  // Duplex.fromWeb halfOpen
  const d = Duplex.fromWeb({ readable: ReadableStream.from([]), writable: new WritableStream() });
  L('allowHalfOpen', d.allowHalfOpen, d.readableObjectMode);
  d.resume();
  await new Promise((res) => d.on('close', res)); L('duplex closed', d.writableEnded);
  // toWeb of Duplex errors
  try { Duplex.toWeb({}); } catch (e) { L('duplex toWeb bad', e); }
  assert.deepStrictEqual(lines, [
    'ended toWeb {"done":true}',
    'destroyed toWeb {"done":true}',
    "destroyed writable state WritableStream { locked: false, state: 'writable' }",
    'desired 2',
    'desired after 1',
    'p1 done',
    'closed true',
    'fromWeb signal error AbortError:ABORT_ERR:The operation was aborted',
    "bad encoding TypeError:ERR_INVALID_ARG_VALUE:The argument 'nope' is invalid. Received 'options.encoding'",
    'bad options TypeError:ERR_INVALID_ARG_TYPE:The "options" argument must be of type object. Received type number (1)',
    'bad decodeStrings TypeError:ERR_INVALID_ARG_TYPE:The "options.decodeStrings" property must be of type boolean. Received type number (1)',
    'write cb Error:undefined:pre',
    'fromWeb errored Error:undefined:pre',
    'allowHalfOpen false false',
    'duplex closed true',
    'duplex toWeb bad TypeError:ERR_INVALID_ARG_TYPE:The "duplex" argument must be an stream.Duplex. Received an instance of Object',
  ]);
});
