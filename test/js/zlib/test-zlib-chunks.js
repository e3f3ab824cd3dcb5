'use strict';
// 'data' events of a stream come in the sizes node's give: one chunkSize
// window at a time, cut where the output buffer's windows end (eddy lets one
// thread-pool step fill several windows and cuts them apart). Fingerprints
// (count, crc32 of the sizes joined by commas) come from node 20 on the same
// input: a zlib stream made by python3 (zlib.compress(data, 6)) of
// bytes ((i * 7 + (i >> 5)) & 0xff) for i < 300000.
const assert = require('assert');
const zlib = require('zlib');

const deflated = Buffer.from([
  'eJzt2fkf2HMdwHERc8RKMhLpmg5WkkVI14qYIouQDtNlJayQVBop62KpqKg5ysq1LkeO6WC6LBWd5h4q65CR0vf+',
  '/vJ9v79/gOd/8Hk8Xo/P4/35vJ8rTVjnCU962rO33GbHV07fc9+3vvO9h3/ouE/OO/Vr3zj/e5f96Ke/+t3Ny+79',
  '938fvda6G2662ZStt3/5q3ff+01ve/fsoz76ic9+4bSzvvXtS65afN0Nf779L/988FGrT1x/46c/5/nbvuRVu83Y',
  '74B3HXLEhz/2qc996YwFF150xU9+/us/3HLX8vv/t+pjHv/EpzzzuVN3eMUue7zhzW9/z/s+eOzck0756tfP++4P',
  'fnjtkhtvuuOv//rPyms8dtImz9h8qxe9dKfXvP6NB8467APHfPwzn//Kmd9cePGVV//iN3+89e6/r3h4tbXX2+ip',
  'z3reC188fOqld/7tvodWWfNxGzx5+NSLrvnlb/902z3/eGCl4VPPP+eC71/+459d//ubh08954QTv3j62ed+59Kr',
  'hk8986BDj/zI8Z8++ctnDJ962q6v2+ct7zj4/UcfO3zqyVu8YLuX7fzavfY/cPjUfbThU/fRhk/dRxs+dR9t+NR9',
  'tOFT99GGT91HGz51H2341H204VP30YZP3UcbPnUfbfjUfbThU/fRhk/dRxs+dR9t+NR9tOFT99GCa91FC651Fy24',
  '1l204Fp30YJr3UULrnUXLbjWXbTgWnfRgmvdRQuudRctuNZdtOBad9GCa91FC651Fy241l204Fp30YJr3UULrnUX',
  'LbjWXbTgWnfRgmvdRQuudRctuNZdtOBad9GCa91Fi+ZeGy2ae220aO610aK510aL5l4bLZp7bbRo7rXRornXRovm',
  'XhstmntttGjutdGiuddGi+ZeGy2ae220aO610aK510aL5l4bLZp7bbRo7rXRornXRovmXhstmntttGjutdGiuddG',
  'i+ZeGy18GDbRwodhEy18GDbRwodhEy18GDbRwodhEy18GDbRwodhEy18GDbRwodhEy18GDbRwodhEy18GDbRwodh',
  'Ey18GDbRwodhEy18GDbRwodhEy18GDbRwodhEy18GDbRwodhEy18GDbRwodhEy18GDbR4p9THS3+OdXR4p9THS3+',
  'OdXR4p9THS3+OdXR4p9THS3+OdXR4p9THS3+OdXR4p9THS3+OdXR4p9THS3+OdXR4p9THS3+OdXR4p9THS3+OdXR',
  '4p9THS3+OdXR4p9THS3+OdXR4p9THS3+OdXR4p9THS1ZLVTRktVCFS1ZLVTRktVCFS1ZLVTRktVCFS1ZLVTRktVC',
  'FS1ZLVTRktVCFS1ZLVTRktVCFS1ZLVTRktVCFS1ZLVTRktVCFS1ZLVTRktVCFS1ZLVTRktVCFS1ZLVTRktVCFS1Z',
  'LVTRktVCFS1ZLVTRst1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXR',
  'st1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXRst1bGS3bvZXRst1bGS1dThfR0uV0',
  'ES1dThfR0uV0ES1dThfR0uV0ES1dThfR0uV0ES1dThfR0uV0ES1dThfR0uV0ES1dThfR0uV0ES1dThfR0uV0ES1d',
  'ThfR0uV0ES1dThfR0uV0ES1dThfR0uV0ES1dThfR0uV0ES1dThfRcr1ZemeuN4uuyfVm/jm53sw5IdebmQflejNt',
  '11xvJm+R682EdXK9WXZvrjeLr8v1ZsGFud7MPSnXm1mH5Xozfc9cb6ZsnevNxPVzvVl+f643S27M9WbhxbnezDs1',
  '15vZR+V6M2O/XG+m7pDrzaRNcr1Z8fAIby4d4c1FI7w5f4Q354zw5swR3pw2wpuTR3hzwghvLhvhzcUjvLlghDfn',
  'jvDmrBHenD7Cm1NGeHPiCG8uH+HNJSO8uXCEN+eN8ObsEd6cMcKbU0d4c9IIb64Y4U3+z//5P//n//yf//N//s//',
  '+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5',
  'P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k/',
  '/+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//',
  '5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n',
  '//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f/',
  '/J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8',
  'n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf',
  '//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//',
  '83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//z',
  'f/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N/',
  '/s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+',
  'z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P',
  '//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//',
  '+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5',
  'P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k/',
  '/+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//',
  '5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n',
  '//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f/',
  '/J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8',
  'n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf',
  '//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//',
  '83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//z',
  'f/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N/',
  '/s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+',
  'z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P',
  '//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//',
  '+T//5//8n//zf/7P//k//+f//J//83/+z//5P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z//5',
  'P//n//yf//N//s//+T//5//8n//zf/7P//k//+f//J//83/+z/8fUf7/fzuhw7o=',
].join(''), 'base64');
const expected = {
  '100000/5000': [3, 1527851198], '100000/1048576': [3, 1527851198],
  '40000/5000': [8, 3358143606], '40000/1048576': [8, 3358143606],
  '16384/5000': [19, 874282144], '16384/1048576': [19, 874282144],
  '100000/100': [36, 3548554132], '40000/100': [41, 2826999717], '16384/100': [52, 727964882],
  '1000/5000': [300, 4003001899], '1000/1048576': [300, 4003001899],
  '1000/100': [333, 2732561861], '64/1048576': [4688, 1949630507],
  '64/5000': [4688, 1949630507], '64/100': [4718, 2851940910],
};
const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 5)) & 0xff;

let pending = 0;
for (const chunkSize of [64, 1000, 16384, 40000, 100000]) {
  for (const piece of [100, 5000, 1 << 20]) {
    pending++;
    const inf = zlib.createInflate({ chunkSize });
    const chunks = [];
    inf.on('data', (c) => chunks.push(c));
    inf.on('end', () => {
      const key = `${chunkSize}/${piece}`;
      assert.deepStrictEqual(Buffer.concat(chunks), data, key);
      const sizes = chunks.map((c) => c.length);
      assert.deepStrictEqual([sizes.length, zlib.crc32(sizes.join(','))], expected[key], key);
      pending--;
    });
    for (let o = 0; o < deflated.length; o += piece) inf.write(deflated.subarray(o, o + piece));
    inf.end();
  }
}
process.on('exit', () => assert.strictEqual(pending, 0));
