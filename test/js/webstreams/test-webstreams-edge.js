'use strict';
// Edge cases of the streams' state machines, each logged as node 20 logs
// them: use after cancel/abort/close/release, pipes to closed or errored
// ends, partial BYOB reads, bad sizes, TransformStream terminate/flush/
// cancel/abort, ReadableStream.from with failing iterators, iterator
// return. The expected lines are node 20's output of this same script.
const assert = require('assert');
const { test } = require('./harness');

function logger() {
  const lines = [];
  const L = (...a) => lines.push(a.map((x) => (x instanceof Error ? `${x.name}:${x.code}:${x.message}` :
    typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' '));
  const settle = (label, p) => p.then((v) => L(label, 'ok', v), (e) => L(label, 'err', e));
  return { lines, L, settle };
}

test('readable and writable misuse, pipes to ended streams', async () => {
  const { lines, L, settle } = logger();
  let c;
  const rs = new ReadableStream({ start(cc) { c = cc; } });
  await rs.cancel('x');
  try { c.enqueue(1); } catch (e) { L('enqueue after cancel', e); }
  L('desired after cancel', c.desiredSize);
  const ws = new WritableStream();
  const w = ws.getWriter();
  w.abort('ab');
  await settle('write after abort', w.write(1));
  await settle('ready after abort', w.ready);
  await settle('close after abort', w.close());
  const ws2 = new WritableStream({ write() { return new Promise((r) => setTimeout(r, 5)); } });
  const w2 = ws2.getWriter();
  const pw = w2.write('a');
  w2.releaseLock();
  await settle('pending write after release', pw);
  const w3 = ws2.getWriter();
  await settle('new writer ready', w3.ready);
  // closed dest
  const closedWs = new WritableStream();
  await closedWs.close();
  let canceled;
  await settle('pipe to closed', new ReadableStream({ cancel(r) { canceled = r; } }).pipeTo(closedWs));
  L('canceled with', canceled);
  // errored source at start
  const erroredRs = new ReadableStream({ start(cc) { cc.error(new Error('E0')); } });
  let aborted;
  await settle('pipe errored source', erroredRs.pipeTo(new WritableStream({ abort(r) { aborted = r; } })));
  L('aborted with', aborted);
  // errored dest at start
  const erroredWs = new WritableStream({ start(cc) { cc.error(new Error('W0')); } });
  await new Promise((r) => setTimeout(r, 1));
  let canceled2;
  await settle('pipe errored dest', new ReadableStream({ cancel(r) { canceled2 = r; } }).pipeTo(erroredWs));
  L('canceled2 with', canceled2);
  // closed source, preventClose
  const dest = new WritableStream({ close() { L('dest closed'); } });
  await settle('pipe closed src preventClose', new ReadableStream({ start(cc) { cc.close(); } }).pipeTo(dest, { preventClose: true }));
  L('dest locked', dest.locked);
  // reader cancel with pending reads
  const rs3 = new ReadableStream();
  const r3 = rs3.getReader();
  settle('pending read', r3.read());
  await settle('reader cancel', r3.cancel('c'));
  // byte controller close with partial element
  const rs4 = new ReadableStream({ type: 'bytes', pull(cc) { cc.byobRequest.view[0] = 1; cc.byobRequest.respond(1); try { cc.close(); } catch (e) { L('partial close', e); } } });
  await settle('u16 read', rs4.getReader({ mode: 'byob' }).read(new Uint16Array(2)));
  // respond too big
  const rs5 = new ReadableStream({ type: 'bytes', pull(cc) { try { cc.byobRequest.respond(10); } catch (e) { L('respond big', e); cc.error(e); } } });
  await settle('read after respond big', rs5.getReader({ mode: 'byob' }).read(new Uint8Array(2)));
  // tee after read
  const rs6 = ReadableStream.from([1, 2, 3]);
  const r6 = rs6.getReader(); await r6.read(); r6.releaseLock();
  const [a6, b6] = rs6.tee();
  const ra6 = []; for await (const x of a6) ra6.push(x);
  L('tee after read', ra6);
  // writer desiredSize after close
  const ws7 = new WritableStream(); const w7 = ws7.getWriter(); await w7.close(); L('desired closed', w7.desiredSize);
  // size returning NaN
  const ws8 = new WritableStream({}, { size() { return NaN; } });
  await settle('nan size write', ws8.getWriter().write(1));
  const rs9 = new ReadableStream({ start(cc) { try { cc.enqueue(1); } catch (e) { L('nan enqueue', e); } } }, { size() { return -1; } });
  assert.deepStrictEqual(lines, [
    'enqueue after cancel TypeError:ERR_INVALID_STATE:Invalid state: Controller is already closed',
    'desired after cancel 0',
    'write after abort err ab',
    'ready after abort err ab',
    'close after abort err TypeError:ERR_INVALID_STATE:Invalid state: WritableStream is closed',
    'pending write after release ok undefined',
    'new writer ready ok undefined',
    'pipe to closed err TypeError:ERR_INVALID_STATE:Invalid state: Destination WritableStream is closed',
    'canceled with TypeError:ERR_INVALID_STATE:Invalid state: Destination WritableStream is closed',
    'pipe errored source err Error:undefined:E0',
    'aborted with Error:undefined:E0',
    'pipe errored dest err Error:undefined:W0',
    'canceled2 with Error:undefined:W0',
    'pipe closed src preventClose ok undefined',
    'dest locked false',
    'pending read ok {"done":true}',
    'reader cancel ok undefined',
    'partial close TypeError:ERR_INVALID_STATE:Invalid state: Partial read',
    'u16 read err TypeError:ERR_INVALID_STATE:Invalid state: Partial read',
    "respond big RangeError:ERR_INVALID_ARG_VALUE:The argument 'bytesWritten' is invalid. Received 10",
    "read after respond big err RangeError:ERR_INVALID_ARG_VALUE:The argument 'bytesWritten' is invalid. Received 10",
    'tee after read [2,3]',
    'desired closed 0',
    "nan size write err RangeError:ERR_INVALID_ARG_VALUE:The argument 'size' is invalid. Received NaN",
    "nan enqueue RangeError:ERR_INVALID_ARG_VALUE:The argument 'size' is invalid. Received -1"
  ]);
});

test('transform streams, from() and iterators', async () => {
  const { lines, L, settle } = logger();

  const ts = new TransformStream({ transform(ch, cc) { cc.terminate(); try { cc.enqueue(ch); } catch (e) { L('enqueue after terminate', e); } } });
  const tw = ts.writable.getWriter();
  settle('write to terminating', tw.write(1));
  settle('ts readable', ts.readable.getReader().read());
  await new Promise((r) => setTimeout(r, 5));
  const ts2 = new TransformStream({ flush() { L('flush'); } });
  const tw2 = ts2.writable.getWriter();
  settle('tw2 close', tw2.close());
  await settle('ts2 readable read', ts2.readable.getReader().read());
  const ts3 = new TransformStream({ flush() { throw new Error('F'); } });
  const tw3 = ts3.writable.getWriter();
  settle('tw3 close', tw3.close());
  await settle('ts3 read', ts3.readable.getReader().read());
  const ts4 = new TransformStream({ cancel(r) { L('t cancel', r); throw new Error('C'); } });
  await settle('ts4 cancel', ts4.readable.cancel('rr'));
  await settle('ts4 writer closed', ts4.writable.getWriter().closed);
  const ts5 = new TransformStream({ cancel(r) { L('t5 cancel', r); } });
  await settle('ts5 abort', ts5.writable.abort('aa'));
  await settle('ts5 read', ts5.readable.getReader().read());
  const ts6 = new TransformStream({}, undefined, { highWaterMark: 2 });
  const w6 = ts6.writable.getWriter();
  L('w6 desired', w6.desiredSize);
  w6.write(1); w6.write(2); w6.write(3);
  await new Promise((r) => setTimeout(r, 1));
  L('w6 desired after', w6.desiredSize);
  const it = ReadableStream.from((function* () { yield 1; throw new Error('gen'); })());
  const got = [];
  try { for await (const x of it) got.push(x); } catch (e) { L('from gen err', e, got); }
  const it2 = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 1; } }; } });
  await settle('bad next', it2.getReader().read());
  const itr = ReadableStream.from([1, 2]).values();
  L(await itr.next()); L(await itr.return('v')); L(await itr.next());
  const itr2 = ReadableStream.from([1]).values();
  const [p1, p2, p3] = [itr2.next(), itr2.next(), itr2.next()];
  L(await p1, await p2, await p3);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(lines, [
    'enqueue after terminate TypeError:ERR_INVALID_STATE:Invalid state: Unable to enqueue',
    'ts readable ok {"done":true}',
    'write to terminating ok undefined',
    'flush',
    'ts2 readable read ok {"done":true}',
    'tw2 close ok undefined',
    'ts3 read err Error:undefined:F',
    't cancel rr',
    'tw3 close err Error:undefined:F',
    'ts4 cancel err Error:undefined:C',
    'ts4 writer closed err Error:undefined:C',
    't5 cancel aa',
    'ts5 abort ok undefined',
    'ts5 read err aa',
    'w6 desired 1',
    'w6 desired after 0',
    'from gen err Error:undefined:gen [1]',
    'bad next err TypeError:ERR_INVALID_STATE:Invalid state: The iterator.next() method must return an object',
    '{"value":1,"done":false}',
    '{"done":true,"value":"v"}',
    '{"done":true}',
    '{"value":1,"done":false} {"done":true} {"done":true}'
  ]);
});
