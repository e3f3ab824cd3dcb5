// Buffer write/copy/concat argument handling (each reads a typed array's
// length once since the fourth session): offsets, lengths, encodings in
// either position, targets shorter than the source, and the errors.
const out = [];
function t(name, f) { try { out.push(name + ' ' + JSON.stringify(f())); } catch (e) { out.push(name + ' ERR ' + e.code + ' ' + e.name + ' ' + e.message); } }
const b = () => Buffer.alloc(8, 0x61);
t('w1', () => { const x = b(); return [x.write('héllo'), x.toString()]; });
t('w2', () => { const x = b(); return [x.write('hi', 6), x.toString()]; });
t('w3', () => { const x = b(); return [x.write('hi', 'hex'), x.toString('hex')]; });
t('w4', () => { const x = b(); return [x.write('6869', 2, 'hex'), x.toString('hex')]; });
t('w5', () => { const x = b(); return [x.write('abcdef', 4, 10), x.toString()]; });
t('w6', () => b().write(5));
t('w7', () => b().write(5, 1));
t('w8', () => b().write('x', 9));
t('w9', () => b().write('x', 8));
t('w10', () => b().write('x', -1));
t('w11', () => b().write('x', 1, 9));
t('w12', () => b().write('', 2));
t('w13', () => b().write('x', 1.5));
t('w14', () => b().write('abc', 0, 2, 'latin1'));
t('w15', () => b().write('abc', 'bogus'));
t('w16', () => b().write('€€€', 6));
t('c1', () => { const x = Buffer.from('abcdef'), y = b(); return [x.copy(y, 4), y.toString()]; });
t('c2', () => { const x = Buffer.from('abcdef'), y = b(); return [x.copy(y, 0, 2, 4), y.toString()]; });
t('c3', () => { const x = Buffer.from('abcdef'), y = b(); return [x.copy(y, 10), y.toString()]; });
t('c4', () => { const x = Buffer.from('abcdef'), y = b(); return [x.copy(y, 0, 7)]; });
t('c5', () => { const x = Buffer.from('abcdef'), y = new Uint8Array(3); return [x.copy(y), Array.from(y)]; });
t('c6', () => { const x = new Uint8Array([1,2,3]), y = b(); return [Buffer.prototype.copy.call(x, y, 1), y.toString('hex')]; });
t('c7', () => Buffer.from('ab').copy({}));
t('k1', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]).toString());
t('k2', () => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3).toString());
t('k3', () => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 6).toString('hex'));
t('k4', () => Buffer.concat([Buffer.from('ab'), 'x']));
t('k5', () => Buffer.concat([Buffer.from('ab'), { length: 2 }]));
t('k6', () => Buffer.concat([]).length);
t('k7', () => Buffer.concat([Buffer.from('ab')], 0).length);
console.log(out.join('\n'));
