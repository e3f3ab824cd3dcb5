'use strict';
// Socket options and createSocket options: buffer sizes (Linux reports
// twice what was set), TTLs, multicast settings and membership errors,
// reuseAddr, ipv6Only, signal, bind({ port, address }), Symbol.asyncDispose.
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 16384, sendBufferSize: 16384 });
s.bind({ port: 0, address: '127.0.0.1' }, () => {
  assert.strictEqual(s.getRecvBufferSize(), 32768);
  assert.strictEqual(s.getSendBufferSize(), 32768);
  assert.strictEqual(s.setRecvBufferSize(8192), undefined);
  assert.strictEqual(s.getRecvBufferSize(), 16384);
  s.setSendBufferSize(8192);
  assert.strictEqual(s.getSendBufferSize(), 16384);
  assert.throws(() => s.setRecvBufferSize(2 ** 31), (err) => {
    assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
    assert.deepStrictEqual(err.info, { errno: -22, code: 'EINVAL', message: 'invalid argument',
                                       syscall: 'uv_recv_buffer_size' });
    return true;
  });
  assert.throws(() => s.setRecvBufferSize(1.5), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });

  assert.strictEqual(s.setTTL(5), 5);
  assert.throws(() => s.setTTL(0), { code: 'EINVAL', syscall: 'setTTL', message: 'setTTL EINVAL' });
  assert.throws(() => s.setTTL(300), { code: 'EINVAL' });
  assert.strictEqual(s.setMulticastTTL(3), 3);
  assert.throws(() => s.setMulticastTTL('3'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(s.setMulticastLoopback(true), true);
  assert.strictEqual(s.setMulticastLoopback(0), 0);
  assert.strictEqual(s.setBroadcast(true), undefined);
  assert.strictEqual(s.setBroadcast(false), undefined);
  assert.strictEqual(s.setMulticastInterface('127.0.0.1'), undefined);
  assert.throws(() => s.setMulticastInterface('foo'),
                { code: 'EINVAL', syscall: 'setMulticastInterface' });
  assert.throws(() => s.addMembership('1.2.3.4'),
                { code: 'EINVAL', syscall: 'addMembership', message: 'addMembership EINVAL' });
  assert.throws(() => s.dropMembership('foo'), { code: 'EINVAL', syscall: 'dropMembership' });
  assert.throws(() => s.addSourceSpecificMembership('1.2.3.4', '1.2.3.5'),
                { code: 'EINVAL', syscall: 'addSourceSpecificMembership' });
  assert.throws(() => s.dropSourceSpecificMembership('1.2.3.4', 5),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(s.getSendQueueSize(), 0);
  assert.strictEqual(s.getSendQueueCount(), 0);
  s.close(reuse);
});

// Two sockets on one port with reuseAddr.
function reuse() {
  const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  a.bind(0, '127.0.0.1', () => {
    const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    b.on('error', assert.fail);
    b.bind(a.address().port, '127.0.0.1', () => {
      assert.strictEqual(b.address().port, a.address().port);
      a.close();
      b.close(ipv6Only);
    });
  });
}

// ipv6Only: '::' then leaves the IPv4 port free.
function ipv6Only() {
  const six = dgram.createSocket({ type: 'udp6', ipv6Only: true });
  six.bind(0, '::', () => {
    const four = dgram.createSocket('udp4');
    four.on('error', assert.fail);
    four.bind(six.address().port, '0.0.0.0', () => {
      four.close();
      six.close(signals);
    });
  });
}

function signals() {
  assert.throws(() => dgram.createSocket({ type: 'udp4', signal: 1 }),
                { code: 'ERR_INVALID_ARG_TYPE',
                  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
                           'Received type number (1)' });
  const early = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
  assert.throws(() => early.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
  const ac = new AbortController();
  const late = dgram.createSocket({ type: 'udp4', signal: ac.signal });
  late.on('close', dispose);
  late.bind(0, '127.0.0.1', () => ac.abort());
}

async function dispose() {
  const d = dgram.createSocket('udp4');
  let closed = false;
  d.on('close', () => { closed = true; });
  await new Promise((resolve) => d.bind(0, '127.0.0.1', resolve));
  await d[Symbol.asyncDispose]();
  assert(closed);
  await d[Symbol.asyncDispose]();  // a second time: nothing to do
  console.log('ok');
}
