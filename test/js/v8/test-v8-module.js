'use strict';
// require('v8'): heap statistics shapes, the serializer's wire format (bytes
// as node 20 writes them), round trips, subclassed Serializer/Deserializer,
// errors, heap snapshots. Expected values from node 20.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const v8 = require('v8');

assert.deepStrictEqual(Object.keys(v8.getHeapStatistics()), [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
  'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
  'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory',
]);
const stats = v8.getHeapStatistics();
assert.ok(stats.used_heap_size > 0 && stats.heap_size_limit > stats.used_heap_size);
assert.deepStrictEqual(Object.keys(v8.getHeapCodeStatistics()), [
  'code_and_metadata_size', 'bytecode_and_metadata_size', 'external_script_source_size',
  'cpu_profiler_metadata_size',
]);
const spaces = v8.getHeapSpaceStatistics();
assert.ok(spaces.length > 0);
for (const s of spaces) {
  assert.deepStrictEqual(Object.keys(s), [
    'space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size',
  ]);
}
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');

// node's wire format: views are host objects (type index, length, bytes).
assert.strictEqual(v8.serialize({ a: 1 }).toString('hex'), 'ff0f6f22016149027b01');
const wire = [
  [Buffer.from([1, 2]), 'ff0f5c0a020102'],
  [new Uint8Array([1, 2]), 'ff0f5c01020102'],
  [new Int16Array([1]), 'ff0f5c03020100'],
  [new DataView(new ArrayBuffer(2)), 'ff0f5c09020000'],
  [new Float64Array([1]), 'ff0f5c0808000000000000f03f'],
  [new BigInt64Array([1n]), 'ff0f5c0b080100000000000000'],
  [new Uint8ClampedArray(1), 'ff0f5c020100'],
  [new Float32Array(1), 'ff0f5c070400000000'],
  [new Int8Array(1), 'ff0f5c000100'],
  [new Uint16Array(1), 'ff0f5c04020000'],
  [new Int32Array(1), 'ff0f5c050400000000'],
  [new Uint32Array(1), 'ff0f5c060400000000'],
  [new BigUint64Array(1), 'ff0f5c0c080000000000000000'],
];
for (const [value, hex] of wire) {
  const bytes = v8.serialize(value);
  assert.ok(Buffer.isBuffer(bytes));
  assert.strictEqual(bytes.toString('hex'), hex, value.constructor.name);
  const back = v8.deserialize(bytes);
  assert.strictEqual(back.constructor, value.constructor);
  assert.strictEqual(back.byteLength, value.byteLength);
}
assert.deepStrictEqual(v8.deserialize(v8.serialize(new Map([[1, { b: new Date(0), r: /x/g, s: new Set(['q']) }]]))),
                       new Map([[1, { b: new Date(0), r: /x/g, s: new Set(['q']) }]]));
assert.deepStrictEqual(v8.deserialize(v8.serialize({ a: [1, 2n, 'x', null, undefined] })),
                       { a: [1, 2n, 'x', null, undefined] });

assert.throws(() => v8.serialize(() => 1), { name: 'Error', message: '() => 1 could not be cloned.' });
assert.throws(() => v8.deserialize('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'buffer must be a TypedArray or a DataView',
});
assert.throws(() => v8.setFlagsFromString(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (1)',
});
assert.throws(() => {
  const s = new v8.Serializer();
  s.writeHeader();
  s.writeValue(new SharedArrayBuffer(4));
}, { name: 'Error', message: '#<SharedArrayBuffer> could not be cloned.' });
assert.throws(() => v8.Serializer(), { message: "Class constructor Serializer cannot be invoked without 'new'" });
assert.throws(() => new v8.Deserializer(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(v8.Serializer.length, 0);
assert.strictEqual(v8.Deserializer.length, 1);

const d = new v8.Deserializer(v8.serialize({ a: [1] }));
assert.strictEqual(d.readHeader(), true);
assert.strictEqual(d.getWireFormatVersion(), 15);
assert.deepStrictEqual(d.readValue(), { a: [1] });
assert.strictEqual(d.buffer.length, 15);

// Subclasses write and read their own host objects.
class S extends v8.Serializer {
  _writeHostObject() {
    this.writeUint32(7);
    this.writeUint64(1, 2);
    this.writeDouble(1.5);
    this.writeRawBytes(Buffer.from('ab'));
  }
}
class D extends v8.Deserializer {
  _readHostObject() {
    return { u: this.readUint32(), q: this.readUint64(), dd: this.readDouble(), raw: this.readRawBytes(2).toString() };
  }
}
const s = new S();
s._setTreatArrayBufferViewsAsHostObjects(true);
s.writeHeader();
s.writeValue([new Uint8Array(1)]);
const buf = s.releaseBuffer();
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString('hex'), 'ff0f41015c078280808010000000000000f83f6162240001');
const dd = new D(buf);
dd.readHeader();
assert.deepStrictEqual(dd.readValue(), [{ u: 7, q: [1, 2], dd: 1.5, raw: 'ab' }]);

assert.strictEqual(v8.startupSnapshot.isBuildingSnapshot(), 0);
assert.throws(() => v8.startupSnapshot.addSerializeCallback(() => {}), {
  code: 'ERR_NOT_BUILDING_SNAPSHOT',
  message: 'Operation cannot be invoked when not building startup snapshot',
});
assert.throws(() => v8.setHeapSnapshotNearHeapLimit('x'), { code: 'ERR_INVALID_ARG_TYPE' });

const file = path.join(os.tmpdir(), `eddy-v8-test-${process.pid}.heapsnapshot`);
assert.strictEqual(v8.writeHeapSnapshot(file), file);
const snap = JSON.parse(fs.readFileSync(file, 'utf8'));
fs.unlinkSync(file);
assert.deepStrictEqual(snap.snapshot.meta.node_fields.slice(0, 3), ['type', 'name', 'id']);
const chunks = [];
const stream = v8.getHeapSnapshot();
assert.strictEqual(stream.constructor.name, 'HeapSnapshotStream');
stream.on('data', (c) => chunks.push(c)).on('end', () => {
  assert.strictEqual(JSON.parse(Buffer.concat(chunks).toString()).snapshot.meta.node_fields[0], 'type');
});
