'use strict';

// require('v8'): V8's heap and code statistics, heap snapshots, flags, and
// the serialization API (V8's ValueSerializer with node's format for
// TypedArrays and Buffers: each is a host object written as a type index,
// a byte length and the bytes).

const binding = internalBinding('v8');
const { Serializer, Deserializer } = internalBinding('serdes');
const { Buffer } = require('buffer');
const {
  codes: { ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const { validateString, validateNumber, validateObject } = require('internal/validators');

const heapStatisticsFields = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size',
  'total_available_size', 'used_heap_size', 'heap_size_limit', 'malloced_memory',
  'peak_malloced_memory', 'does_zap_garbage', 'number_of_native_contexts',
  'number_of_detached_contexts', 'total_global_handles_size', 'used_global_handles_size',
  'external_memory',
];
const heapStatisticsBuffer = new Float64Array(heapStatisticsFields.length);

function getHeapStatistics() {
  binding.heapStatistics(heapStatisticsBuffer);
  const result = {};
  for (let i = 0; i < heapStatisticsFields.length; i++) {
    result[heapStatisticsFields[i]] = heapStatisticsBuffer[i];
  }
  return result;
}

function getHeapSpaceStatistics() {
  return binding.heapSpaceStatistics();
}

const heapCodeStatisticsBuffer = new Float64Array(4);
function getHeapCodeStatistics() {
  binding.heapCodeStatistics(heapCodeStatisticsBuffer);
  return {
    code_and_metadata_size: heapCodeStatisticsBuffer[0],
    bytecode_and_metadata_size: heapCodeStatisticsBuffer[1],
    external_script_source_size: heapCodeStatisticsBuffer[2],
    cpu_profiler_metadata_size: heapCodeStatisticsBuffer[3],
  };
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

// --- heap snapshots ------------------------------------------------------------

let snapshotSeq = 0;
function defaultSnapshotName() {
  // Heap.20261127.220500.1234.0.001.heapsnapshot, as node names them.
  const d = new Date();
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const date = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `Heap.${date}.${time}.${process.pid}.0.${pad(++snapshotSeq, 3)}.heapsnapshot`;
}

function writeHeapSnapshot(filename, options) {
  if (filename !== undefined) {
    const { getValidatedPath } = require('internal/fs/utils');
    filename = getValidatedPath(filename);
  } else {
    filename = defaultSnapshotName();
  }
  if (options !== undefined) validateObject(options, 'options');
  const err = binding.writeHeapSnapshot(String(filename));
  if (err < 0) {
    const { UVException } = require('internal/errors');
    throw new UVException({ errno: err, syscall: 'open', path: String(filename) });
  }
  return String(filename);
}

function getHeapSnapshot(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { Readable } = require('stream');
  const chunks = binding.heapSnapshotChunks();
  let i = 0;
  class HeapSnapshotStream extends Readable {
    _read() {
      this.push(i < chunks.length ? Buffer.from(chunks[i].buffer, 0, chunks[i++].length) : null);
    }
  }
  return new HeapSnapshotStream();
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateNumber(limit, 'limit', 1);
  // Heap snapshots on reaching the heap limit are not taken (no
  // --heapsnapshot-near-heap-limit support).
}

// --- serialization -------------------------------------------------------------

Serializer.prototype._getDataCloneError = Error;

// The native releaseBuffer hands over a Uint8Array; node's gives a Buffer.
{
  const releaseBytes = Serializer.prototype.releaseBuffer;
  Serializer.prototype.releaseBuffer = function releaseBuffer() {
    const bytes = releaseBytes.call(this);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  };
}

Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  const b = this.buffer;
  return Buffer.from(b.buffer, b.byteOffset + offset, length);
};

// Type indexes of views written as host objects (node's wire format).
const viewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array,
];

function viewTypeIndex(view) {
  if (Buffer.isBuffer(view)) return 10;
  for (let i = 0; i < viewTypes.length; i++) {
    if (i !== 10 && view instanceof viewTypes[i]) return i;
  }
  return -1;
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    const index = ArrayBuffer.isView(abView) ? viewTypeIndex(abView) : -1;
    if (index === -1) {
      throw new this._getDataCloneError(
        `Unserializable host object: ${require('internal/util/inspect').inspect(abView)}`);
    }
    this.writeUint32(index);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const ctor = viewTypes[index];
    if (ctor === undefined) throw new Error('Unknown host object type');
    const elementSize = ctor === DataView || ctor === Buffer ? 1 : ctor.BYTES_PER_ELEMENT;
    const start = this.buffer.byteOffset + offset;
    if (ctor === Buffer) return Buffer.from(this.buffer.buffer, start, byteLength);
    if (start % elementSize === 0) {
      return ctor === DataView ? new DataView(this.buffer.buffer, start, byteLength) :
        new ctor(this.buffer.buffer, start, byteLength / elementSize);
    }
    // Not aligned for the element type: a copy of the bytes.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, start, byteLength));
    return ctor === DataView ? new DataView(copy.buffer) : new ctor(copy.buffer);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// --- the rest ------------------------------------------------------------------

// Coverage is collected only with NODE_V8_COVERAGE, which eddy does not do.
function takeCoverage() {}
function stopCoverage() {}

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}
const startupSnapshot = {
  addSerializeCallback: notBuildingSnapshot,
  addDeserializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  // node 20 answers with a number here.
  isBuildingSnapshot() { return 0; },
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
};
