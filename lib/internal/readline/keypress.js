'use strict';
// readline.emitKeypressEvents(stream): decodes the bytes a terminal sends into
// 'keypress' events (str, { sequence, name, ctrl, meta, shift, code }), as
// node names them. A decoder is a small state machine over characters, so an
// escape sequence split across two 'data' chunks still decodes as one key; a
// lone ESC waits escapeCodeTimeout ms for the rest before it counts as Escape.

const { StringDecoder } = require('string_decoder');

const kDecoder = Symbol('keypressDecoder');
const kEscapeTimeout = 500;

// CSI / SS3 final characters and `n~` codes → key names.
const kCodeNames = {
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear',
  '[F': 'end', '[H': 'home', 'OA': 'up', 'OB': 'down', 'OC': 'right',
  'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end',
  '[5~': 'pageup', '[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5',
  '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12', '[200~': 'paste-start', '[201~': 'paste-end',
  '[Z': 'tab',
  // rxvt's shifted and ctrl'd arrows
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
};
const kRxvtShift = new Set(['[a', '[b', '[c', '[d', '[e', '[Z']);
const kRxvtCtrl = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe']);

function makeKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// One key from a sequence that is not an escape sequence (meta: it followed ESC).
function plainKey(ch, meta) {
  const key = makeKey(meta ? `\x1b${ch}` : ch);
  key.meta = meta;
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch.length === 1 && ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9a-z]$/.test(ch)) {
    key.name = ch;
  } else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

// `body` is what follows ESC: '[' or 'O', parameters, a final character.
function escapeKey(body, escapes) {
  const key = makeKey('\x1b'.repeat(escapes) + body);
  key.meta = escapes > 1;
  const lead = body[0];
  let params = body.slice(1, -1);
  const final = body[body.length - 1];
  let modifier = 0;
  let code;
  if (lead === '[' && params.startsWith('[')) {
    code = `[${params}${final}`;
  } else {
    // "1;5C" → code "[C" with modifier 5; "3;5~" → "[3~" with modifier 5.
    const parts = params.split(';');
    if (parts.length > 1) {
      modifier = (parseInt(parts[1], 10) || 1) - 1;
      params = parts[0] === '1' && final !== '~' ? '' : parts[0];
    }
    code = `${lead}${params}${final}`;
  }
  key.code = code;
  if (modifier) {
    key.shift = !!(modifier & 1);
    key.meta = key.meta || !!(modifier & 10);
    key.ctrl = !!(modifier & 4);
  }
  key.name = kCodeNames[code] ?? 'undefined';
  if (key.name === 'undefined') key.name = undefined;
  if (kRxvtShift.has(code)) key.shift = true;
  if (kRxvtCtrl.has(code)) key.ctrl = true;
  return key;
}

class KeyDecoder {
  constructor(stream, iface) {
    this.stream = stream;
    this.iface = iface;
    this.pending = '';  // an unfinished escape sequence
    this.timer = null;
  }

  emit(str, key) {
    this.stream.emit('keypress', str, key);
  }

  write(s) {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    s = this.pending + s;
    this.pending = '';
    let i = 0;
    while (i < s.length) {
      const ch = String.fromCodePoint(s.codePointAt(i));
      if (ch !== '\x1b') {
        this.emit(ch, plainKey(ch, false));
        i += ch.length;
        continue;
      }
      const consumed = this.escape(s, i);
      if (consumed === 0) {
        // Incomplete: wait for the rest, or for the timeout to say "Escape".
        this.pending = s.slice(i);
        const timeout = this.iface.escapeCodeTimeout ?? kEscapeTimeout;
        this.timer = setTimeout(() => this.flush(), timeout);
        return;
      }
      i += consumed;
    }
  }

  // Emits the key starting at s[i] (an ESC); returns how many characters it
  // took, 0 if the sequence is not complete yet.
  escape(s, i) {
    let j = i;
    let escapes = 0;
    while (s[j] === '\x1b' && escapes < 2) {
      j++;
      escapes++;
    }
    if (j >= s.length) return 0;
    const c = s[j];
    if (c === '[' || c === 'O') {
      let k = j + 1;
      if (c === '[' && s[k] === '[') k++;  // linux console F1-F5: ESC [ [ A
      while (k < s.length && /[0-9;]/.test(s[k])) k++;
      if (k >= s.length) return 0;
      if (c === 'O' && k === j + 1 && !/[A-Za-z]/.test(s[k])) {
        // ESC O followed by something else: meta-O.
        this.emit(undefined, plainKey('O', true));
        return j + 1 - i;
      }
      const body = s.slice(j, k + 1);
      this.emit(undefined, escapeKey(body, escapes));
      return k + 1 - i;
    }
    if (escapes === 2) {
      // ESC ESC x: meta-escape, then x on its own.
      const key = plainKey('\x1b', true);
      this.emit(undefined, key);
      return 2;
    }
    const ch = String.fromCodePoint(s.codePointAt(j));
    this.emit(undefined, plainKey(ch, true));
    return j + ch.length - i;
  }

  // The timeout after a lone ESC (or ESC [ without its end): what came is
  // taken as typed.
  flush() {
    this.timer = null;
    const s = this.pending;
    this.pending = '';
    if (s === '') return;
    if (s === '\x1b') {
      this.emit(undefined, plainKey('\x1b', false));
      return;
    }
    if (s === '\x1b\x1b') {
      this.emit(undefined, plainKey('\x1b', true));
      return;
    }
    // ESC followed by an unfinished sequence: meta + its first character,
    // the rest as plain keys.
    this.emit(undefined, plainKey(s[1], true));
    for (const ch of s.slice(2)) this.emit(ch, plainKey(ch, false));
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  const decoder = new KeyDecoder(stream, iface);
  stream[kDecoder] = decoder;
  const utf8 = new StringDecoder('utf8');

  function onData(b) {
    if (stream.listenerCount('keypress') > 0) {
      const s = typeof b === 'string' ? b : utf8.write(b);
      if (s) decoder.write(s);
    } else {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents };
