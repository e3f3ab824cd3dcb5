// URLSearchParams parsing of strings: empty pairs, '=' in names and values,
// percent and '+' decoding, invalid escapes and UTF-8, long pairs.
const cases = ['', '&', '&&', '=', '==', 'a', 'a=', '=b', 'a=b', 'a=b=c', 'a&b', 'a=1&b=2&c=3', '&a=1&&b=2&', 'a=1&b', 'a&b=2', 'x=%20y+z&%41=%zz&%e2%82%ac=+', 'a=%F0%9F%98%80&b=%ED%A0%80', '==&==', 'a=b&=&c', '?a=1', 'a=1&a=2&a=3', 'k=' + 'v'.repeat(100) + '&' + 'n&'.repeat(50) + 'z=1', 'a%3Db=c%26d'];
for (const c of cases) { const p = new URLSearchParams(c); console.log(JSON.stringify(c).slice(0, 60), JSON.stringify([...p]), p.toString().slice(0, 80)); }
const u = new URL('http://h/?x=1&y=2&&z'); console.log([...u.searchParams], u.searchParams.get('y'));
