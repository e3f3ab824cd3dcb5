'use strict';
// util.MIMEType / util.MIMEParams: parsing (whitespace, case, quoting,
// dropped parameters), serialization, setters and node 20's
// ERR_INVALID_MIME_SYNTAX messages. Expected output from node 20.
const { MIMEType, MIMEParams, inspect } = require('util');
const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar; foo=baz; q="a\\"b"');
console.log(m.type, m.subtype, m.essence, String(m), JSON.stringify(m), [...m.params], m.params.get('charset'), String(m.params));
m.type = 'Application'; console.log(String(m));
for (const f of [() => { m.type = 'a b'; }, () => new MIMEType('text'), () => new MIMEType('/x'), () => new MIMEType('text/')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
m.params.set('x', 'has space'); m.params.set('y', ''); console.log(String(m));
try { m.params.set('a b', 'c'); } catch (e) { console.log(e.code, e.message); }
try { m.params.set('ok', '\u0100'); } catch (e) { console.log(e.code, e.message); }
console.log(inspect(m), inspect(m.params));
console.log(String(new MIMEType('  text/plain ; a=b ;; c ; d="e;f"  ')));
console.log(String(new MIMEType('text/plain;a="unterminated')), String(new MIMEType('text/plain;a=b c')));
console.log(typeof MIMEParams, new MIMEParams().toString(), Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
for (const s of ['a b/c', 'text/a b', 'te(xt/html', 'text/ht@ml', ' text/html ', 'text/html;', 'text/html;a', 'text/html;a=', 'text/html;A=B;a=c', 'text/html;a="x', 'text/html;a="x\\', 'text/html;a="x" junk;b=c', '\ttext/html\n', 'TEXT/HTML;CHARSET=UTF-8', 'text/html;a=\u00ff', 'text/html;a=\u0100', 'text/html ;a=b', 'text/html; a = b', '', 'x/y/z', 'a b', 'text/html;a="\\\\"', 'a/b;x=";"']) {
  try { const t = new MIMEType(s); console.log(JSON.stringify(s), '->', String(t), [...t.params.keys()]); } catch (e) { console.log(JSON.stringify(s), e.message); }
}
const n = new MIMEType('a/b'); for (const v of ['c d', 'C', '']) { try { n.subtype = v; console.log('sub', String(n)); } catch (e) { console.log(e.message); } }
n.params.set('A', 'x'); console.log(String(n), n.params.get('a'), n.params.get('A'), n.params.has('A'));
n.params.delete('a'); console.log(String(n), n.params.get('zz'));
n.type = 5; console.log(String(n), Object.keys(n), m.params === m.params, [...m.params.values()]);
