'use strict';

// FormData (https://xhr.spec.whatwg.org/#interface-formdata) and its two
// wire forms for fetch bodies: multipart/form-data (serialize and parse,
// https://html.spec.whatwg.org/#multipart-form-data) and
// application/x-www-form-urlencoded (parse; serializing is URLSearchParams').
// Entries are [name, value] pairs; a value is a string or a File.

const { File, isBlob, kHandle } = require('internal/blob');
const { customInspectSymbol: kInspect } = require('internal/util');
const { defineIterable, requireArgs } = require('internal/fetch/util');

const kEntries = Symbol('kEntries');

let lazyInspect;
let encoder;
let decoder;

function utf8(string) {
  encoder ??= new TextEncoder();
  return encoder.encode(string);
}

function utf8Decode(bytes) {
  decoder ??= new TextDecoder();
  return decoder.decode(bytes);
}

function isFormData(value) {
  return value != null && typeof value === 'object' && value[kEntries] !== undefined;
}

function checkThis(self) {
  if (!isFormData(self)) throw new TypeError('Illegal invocation');
}

function toUSVString(value) {
  const string = `${value}`;
  return typeof string.toWellFormed === 'function' ? string.toWellFormed() :
    string.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
                   '\uFFFD');
}

// "create an entry": a Blob becomes a File named "blob" (or filename).
function makeEntry(name, value, filename, method, argCount) {
  name = toUSVString(name);
  if (argCount === 3 && !isBlob(value)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  if (!isBlob(value)) return [name, toUSVString(value)];
  const isFile = value instanceof File;
  if (isFile && filename === undefined) return [name, value];
  const options = { type: value.type };
  if (isFile) options.lastModified = value.lastModified;
  return [name, new File([value], filename === undefined ? 'blob' : toUSVString(filename), options)];
}

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'FormData.append');
    this[kEntries].push(makeEntry(name, value, filename, 'append', arguments.length));
  }

  delete(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.delete');
    name = toUSVString(name);
    this[kEntries] = this[kEntries].filter((entry) => entry[0] !== name);
  }

  get(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.get');
    name = toUSVString(name);
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.getAll');
    name = toUSVString(name);
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'FormData.has');
    name = toUSVString(name);
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'FormData.set');
    const entry = makeEntry(name, value, filename, 'set', arguments.length);
    const entries = this[kEntries];
    const index = entries.findIndex((e) => e[0] === entry[0]);
    if (index === -1) {
      entries.push(entry);
      return;
    }
    entries[index] = entry;
    this[kEntries] = entries.filter((e, i) => i <= index || e[0] !== entry[0]);
  }

  [kInspect](depth, options) {
    lazyInspect ??= require('internal/util/inspect').inspect;
    const object = {};
    for (const [name, value] of this[kEntries]) {
      if (!Object.prototype.hasOwnProperty.call(object, name)) object[name] = value;
      else if (Array.isArray(object[name])) object[name].push(value);
      else object[name] = [object[name], value];
    }
    return `FormData ${lazyInspect(object, options)}`;
  }
}

defineIterable(FormData, 'FormData', (fd) => fd[kEntries], isFormData,
               ['append', 'delete', 'get', 'getAll', 'has', 'set']);

// --- multipart/form-data ----------------------------------------------------------------
const kLineBreaks = /\r(?!\n)|(?<!\r)\n/g;

function normalizeLineBreaks(string) {
  return string.replace(kLineBreaks, '\r\n');
}

function escapeName(string) {
  return string.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function makeBoundary() {
  let digits = '';
  for (let i = 0; i < 11; i++) digits += Math.floor(Math.random() * 10);
  return `----formdata-eddy-0${digits}`;
}

// The multipart body of `formData` as one Uint8Array (File bytes are in
// memory already), with its boundary.
function serializeMultipart(formData) {
  const boundary = makeBoundary();
  const parts = [];
  let length = 0;
  const add = (bytes) => {
    parts.push(bytes);
    length += bytes.length;
  };
  for (const [name, value] of formData[kEntries]) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; ` +
      `name="${escapeName(normalizeLineBreaks(name))}"`;
    if (typeof value === 'string') {
      add(utf8(`${head}\r\n\r\n${normalizeLineBreaks(value)}\r\n`));
    } else {
      head += `; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
      add(utf8(head));
      add(value[kHandle]);
      add(utf8('\r\n'));
    }
  }
  add(utf8(`--${boundary}--\r\n`));
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { bytes, boundary, type: `multipart/form-data; boundary=${boundary}` };
}

function parseError() {
  return new TypeError('Failed to parse body as FormData.');
}

function unescapeName(string) {
  return string.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

// The value of `param` (quoted or token) in a header's parameters.
function headerParam(value, param) {
  const match = new RegExp(`;\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(value);
  if (match === null) return undefined;
  return match[1] ?? match[2];
}

// Parses a multipart/form-data body (Uint8Array) into a FormData.
function parseMultipart(bytes, boundary) {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const formData = new FormData();
  let pos = data.indexOf(delimiter);
  if (pos === -1) throw parseError();
  pos += delimiter.length;
  for (;;) {
    if (data[pos] === 0x2D && data[pos + 1] === 0x2D) return formData;  // "--": the end
    if (data[pos] !== 0x0D || data[pos + 1] !== 0x0A) throw parseError();
    pos += 2;
    const headerEnd = data.indexOf('\r\n\r\n', pos, 'latin1');
    if (headerEnd === -1) throw parseError();
    let name;
    let filename;
    let contentType;
    for (const line of data.toString('latin1', pos, headerEnd).split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) throw parseError();
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        if (!/^form-data\s*(;|$)/i.test(value)) throw parseError();
        name = headerParam(value, 'name');
        filename = headerParam(value, 'filename');
      } else if (key === 'content-type') {
        contentType = value;
      }
    }
    if (name === undefined) throw parseError();
    const bodyStart = headerEnd + 4;
    const next = data.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), bodyStart);
    if (next === -1) throw parseError();
    const body = data.subarray(bodyStart, next);
    name = utf8Decode(Buffer.from(unescapeName(name), 'latin1'));
    if (filename !== undefined) {
      filename = utf8Decode(Buffer.from(unescapeName(filename), 'latin1'));
      formData[kEntries].push([name, new File([body], filename, { type: contentType ?? 'text/plain' })]);
    } else {
      formData[kEntries].push([name, utf8Decode(body)]);
    }
    pos = next + 2 + delimiter.length;
  }
}

function parseUrlencoded(bytes) {
  const formData = new FormData();
  for (const [name, value] of new URLSearchParams(utf8Decode(bytes))) {
    formData[kEntries].push([name, value]);
  }
  return formData;
}

module.exports = {
  FormData,
  headerParam,
  isFormData,
  parseMultipart,
  parseUrlencoded,
  serializeMultipart,
};
