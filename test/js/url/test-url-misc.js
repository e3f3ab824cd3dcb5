'use strict';
// URL and URLSearchParams errors and statics, the url module's file-URL,
// domain and http-options helpers, and the punycode module. EXPECTED holds
// node 20's results for the same statements, in order.
const assert = require('assert');
const url = require('url');
const punycode = require('punycode');
const { URL, URLSearchParams } = url;

const t = (f) => {
  try {
    const v = f();
    return v === undefined ? 'undefined' : v;
  } catch (e) {
    return ['throws', e.name, e.code, e.message, e.input, e.base];
  }
};
const out = [];
out.push(t(() => new URL()));
out.push(t(() => new URL('foo')));
out.push(t(() => new URL('foo', 'bar')));
out.push(t(() => new URL('/x', 'http://a').href));
out.push(t(() => URL.canParse()));
out.push(t(() => URL.canParse('x')));
out.push(t(() => URL.parse('x')));
out.push(t(() => URL.parse('/x', 'http://a').href));
out.push(t(() => new URLSearchParams(1).toString()));
out.push(t(() => new URLSearchParams({ [Symbol.iterator]: 1 })));
out.push(t(() => new URLSearchParams([1])));
out.push(t(() => new URLSearchParams([[1]])));
out.push(t(() => new URLSearchParams([[1,2,3]])));
out.push(t(() => new URLSearchParams({a:1, [Symbol('x')]:2}).toString()));
out.push(t(() => new URLSearchParams(null).toString()));
out.push(t(() => new URLSearchParams('?a=b').toString()));
out.push(t(() => new URLSearchParams('??a=b').toString()));
const p = new URLSearchParams();
out.push(t(() => p.append('a')));
out.push(t(() => p.append()));
out.push(t(() => p.get()));
out.push(t(() => p.delete()));
out.push(t(() => p.set('a')));
out.push(t(() => p.has()));
out.push(t(() => p.forEach()));
out.push(t(() => p.forEach(1)));
out.push(t(() => URLSearchParams.prototype.get.call({}, 'a')));
out.push(t(() => URLSearchParams.prototype.size));
out.push(t(() => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({})));
out.push(t(() => URL.prototype.toString.call({})));
out.push(t(() => p.keys().next.call({})));
out.push(t(() => new URL('http://a').searchParams === new URL('http://a').searchParams));
out.push(t(() => { const u = new URL('http://a/?a=1'); const s = u.searchParams; u.search = 'b=2'; return [s.get('b'), s === u.searchParams]; }));
out.push(t(() => { const u = new URL('http://a/?a=1'); u.searchParams.append('c', 'd e~'); return u.href; }));
out.push(t(() => { const u = new URL('http://a/?a=1'); u.searchParams.delete('a'); return u.href; }));
out.push(t(() => { const u = new URL('http://a/?a=1'); u.href = 'foo'; }));
out.push(t(() => { const u = new URL('http://a/?a=1'); u.href = 'http://b/?x=%20'; return [u.searchParams.get('x'), u.searchParams.size]; }));
out.push(t(() => new URL('http://a').toJSON()));
out.push(t(() => JSON.stringify({u: new URL('http://a')})));
out.push(t(() => URL.createObjectURL()));
out.push(t(() => URL.createObjectURL({})));
out.push(t(() => URL.revokeObjectURL()));
out.push(t(() => URL.revokeObjectURL('x')));
out.push(t(() => [URL.name, URL.length, URLSearchParams.length, URL.prototype.constructor === URL]));
out.push(t(() => Object.prototype.toString.call(new URLSearchParams())));
out.push(t(() => Object.prototype.toString.call(new URLSearchParams().keys())));
out.push(t(() => Object.getPrototypeOf(Object.getPrototypeOf(new URLSearchParams().keys())) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))));
out.push(t(() => Object.getOwnPropertyNames(Object.getPrototypeOf(new URLSearchParams().keys()))));
out.push(t(() => URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries));
out.push(t(() => new URL('http://a', undefined).href));
out.push(t(() => new URL('http://a', null).href));
out.push(t(() => new URL({ toString() { return 'http://x'; } }).href));
out.push(t(() => new URL('/p', new URL('http://b/q')).href));
out.push(t(() => new URL('a', 5)));
for (const p of ['/tmp/x', '/tmp/a b/c', '/tmp/%/x', '/tmp/a\\b', '/tmp/new\nline', '/tmp/tab\tx', '/tmp/cr\rx', '/tmp/#hash', '/tmp/?q', '/tmp/dir/', '/', '/tmp/ü€😀', '/tmp/[]^`{}|"<>', '/a/../b/./c', '//double', "/a;b=c@d:e!$&'()*+,"]) {
  out.push(['pathToFileURL', p, t(() => { const u = url.pathToFileURL(p); return [u.href, u.pathname]; })]);
}
out.push(t(() => url.pathToFileURL(1)));
for (const u of ['file:///tmp/x', 'file:///tmp/a%20b', 'file:///tmp/%2F', 'file:///tmp/%2f', 'file:///tmp/%5C', 'file://host/x', 'file://localhost/y', 'http://x/', 'file:///%E2%82%AC', 'file:///tmp/%25', 'not a url']) {
  out.push(['fileURLToPath', u, t(() => url.fileURLToPath(u)), t(() => url.fileURLToPath(new URL(u)))]);
}
out.push(t(() => url.fileURLToPath(1)), t(() => url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' })));
for (const d of ['münchen.de', 'xn--mnchen-3ya.de', 'EXAMPLE.com', 'xn--iñvalid.com', 'a b', '', '日本語.jp', '1.2.3', '[::1]', 'xn--', '😀', 'ab--c.com', 'faß.de', 'Ａ.com', 'a..b', '.']) {
  out.push(['domain', d, url.domainToASCII(d), url.domainToUnicode(d), url.domainToUnicode(url.domainToASCII(d))]);
}
out.push(t(() => url.domainToASCII()), t(() => url.domainToUnicode()));
out.push(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8443/p/q?x=1#h')));
out.push(url.urlToHttpOptions(new URL('http://example.com/')));
out.push(Object.keys(url.urlToHttpOptions(new URL('http://u@example.com:81/x?y'))));
for (const s of ['mañana', 'bücher', '☃-⌘', 'ليهمابتكلموشعربي؟', '', 'abc', 'ABC-', '\u0080', '😀😀']) {
  out.push(['punycode', s, t(() => punycode.encode(s)), t(() => punycode.decode(punycode.encode(s)))]);
}
for (const s of ['maana-pta', 'bcher-kva', 'egbpdaj6bu4bxfgehfvwxn', '-> $1.00 <--', 'a\u0080-b', 'zz', '99999999999', 'x!']) {
  out.push(['decode', s, t(() => punycode.decode(s))]);
}
for (const d of ['mañana.com', 'user@mañana.com', 'a。b．c｡d', 'xn--maana-pta.com', 'XN--MAANA-PTA.com', '☃.net', 'ü']) {
  out.push(['toASCII/Unicode', d, t(() => punycode.toASCII(d)), t(() => punycode.toUnicode(d)), t(() => punycode.toUnicode(punycode.toASCII(d)))]);
}
out.push(punycode.ucs2.decode('a\uD834\uDF06\uD800\uDC00\uDC00x\uD800'), punycode.ucs2.encode([0x61, 0x1D306, 0xD800, 0x10000]), punycode.version);
out.push(Object.keys(url), Object.keys(punycode));

// Relative paths resolve against the working directory.
assert.strictEqual(url.pathToFileURL('rel/x').href,
                   url.pathToFileURL(process.cwd() + '/rel/x').href);

const EXPECTED = [
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"url\" argument must be specified", null, null],
  ["throws", "TypeError", "ERR_INVALID_URL", "Invalid URL", "foo", null],
  ["throws", "TypeError", "ERR_INVALID_URL", "Invalid URL", "foo", "bar"],
  "http://a/x",
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"url\" argument must be specified", null, null],
  false,
  null,
  "http://a/x",
  "1=",
  ["throws", "TypeError", "ERR_ARG_NOT_ITERABLE", "Query pairs must be iterable", null, null],
  ["throws", "TypeError", "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple", null, null],
  ["throws", "TypeError", "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple", null, null],
  ["throws", "TypeError", "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple", null, null],
  ["throws", "TypeError", null, "Cannot convert a Symbol value to a string", null, null],
  "",
  "a=b",
  "%3Fa=b",
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"name\" and \"value\" arguments must be specified", null, null],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"name\" and \"value\" arguments must be specified", null, null],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"name\" argument must be specified", null, null],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"name\" argument must be specified", null, null],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"name\" and \"value\" arguments must be specified", null, null],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"name\" argument must be specified", null, null],
  ["throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"callback\" argument must be of type function. Received undefined", null, null],
  ["throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"callback\" argument must be of type function. Received type number (1)", null, null],
  ["throws", "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type URLSearchParams", null, null],
  ["throws", "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type URLSearchParams", null, null],
  ["throws", "TypeError", null, "Receiver must be an instance of class URL", null, null],
  ["throws", "TypeError", null, "Receiver must be an instance of class URL", null, null],
  ["throws", "TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type URLSearchParamsIterator", null, null],
  false,
  ["2", true],
  "http://a/?a=1&c=d+e%7E",
  "http://a/",
  ["throws", "TypeError", "ERR_INVALID_URL", "Invalid URL", "foo", null],
  [" ", 1],
  "http://a/",
  "{\"u\":\"http://a/\"}",
  ["throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"obj\" argument must be an instance of Blob. Received undefined", null, null],
  ["throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"obj\" argument must be an instance of Blob. Received an instance of Object", null, null],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"url\" argument must be specified", null, null],
  "undefined",
  ["URL", 1, 0, true],
  "[object URLSearchParams]",
  "[object URLSearchParams Iterator]",
  true,
  ["next"],
  true,
  "http://a/",
  ["throws", "TypeError", "ERR_INVALID_URL", "Invalid URL", "http://a", "null"],
  "http://x/",
  "http://b/p",
  ["throws", "TypeError", "ERR_INVALID_URL", "Invalid URL", "a", "5"],
  ["pathToFileURL", "/tmp/x", ["file:///tmp/x", "/tmp/x"]],
  ["pathToFileURL", "/tmp/a b/c", ["file:///tmp/a%20b/c", "/tmp/a%20b/c"]],
  ["pathToFileURL", "/tmp/%/x", ["file:///tmp/%25/x", "/tmp/%25/x"]],
  ["pathToFileURL", "/tmp/a\\b", ["file:///tmp/a%5Cb", "/tmp/a%5Cb"]],
  ["pathToFileURL", "/tmp/new\nline", ["file:///tmp/new%0Aline", "/tmp/new%0Aline"]],
  ["pathToFileURL", "/tmp/tab\tx", ["file:///tmp/tab%09x", "/tmp/tab%09x"]],
  ["pathToFileURL", "/tmp/cr\rx", ["file:///tmp/cr%0Dx", "/tmp/cr%0Dx"]],
  ["pathToFileURL", "/tmp/#hash", ["file:///tmp/%23hash", "/tmp/%23hash"]],
  ["pathToFileURL", "/tmp/?q", ["file:///tmp/%3Fq", "/tmp/%3Fq"]],
  ["pathToFileURL", "/tmp/dir/", ["file:///tmp/dir/", "/tmp/dir/"]],
  ["pathToFileURL", "/", ["file:///", "/"]],
  ["pathToFileURL", "/tmp/\u00fc\u20ac\ud83d\ude00", ["file:///tmp/%C3%BC%E2%82%AC%F0%9F%98%80", "/tmp/%C3%BC%E2%82%AC%F0%9F%98%80"]],
  ["pathToFileURL", "/tmp/[]^`{}|\"<>", ["file:///tmp/%5B%5D%5E%60%7B%7D%7C%22%3C%3E", "/tmp/%5B%5D%5E%60%7B%7D%7C%22%3C%3E"]],
  ["pathToFileURL", "/a/../b/./c", ["file:///b/c", "/b/c"]],
  ["pathToFileURL", "//double", ["file:///double", "/double"]],
  ["pathToFileURL", "/a;b=c@d:e!$&'()*+,", ["file:///a;b=c@d:e!$&'()*+,", "/a;b=c@d:e!$&'()*+,"]],
  ["throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"path\" argument must be of type string. Received type number (1)", null, null],
  ["fileURLToPath", "file:///tmp/x", "/tmp/x", "/tmp/x"],
  ["fileURLToPath", "file:///tmp/a%20b", "/tmp/a b", "/tmp/a b"],
  ["fileURLToPath", "file:///tmp/%2F", ["throws", "TypeError", "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters", null, null], ["throws", "TypeError", "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters", null, null]],
  ["fileURLToPath", "file:///tmp/%2f", ["throws", "TypeError", "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters", null, null], ["throws", "TypeError", "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters", null, null]],
  ["fileURLToPath", "file:///tmp/%5C", "/tmp/\\", "/tmp/\\"],
  ["fileURLToPath", "file://host/x", ["throws", "TypeError", "ERR_INVALID_FILE_URL_HOST", "File URL host must be \"localhost\" or empty on linux", null, null], ["throws", "TypeError", "ERR_INVALID_FILE_URL_HOST", "File URL host must be \"localhost\" or empty on linux", null, null]],
  ["fileURLToPath", "file://localhost/y", "/y", "/y"],
  ["fileURLToPath", "http://x/", ["throws", "TypeError", "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file", null, null], ["throws", "TypeError", "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file", null, null]],
  ["fileURLToPath", "file:///%E2%82%AC", "/\u20ac", "/\u20ac"],
  ["fileURLToPath", "file:///tmp/%25", "/tmp/%", "/tmp/%"],
  ["fileURLToPath", "not a url", ["throws", "TypeError", "ERR_INVALID_URL", "Invalid URL", "not a url", null], ["throws", "TypeError", "ERR_INVALID_URL", "Invalid URL", "not a url", null]],
  ["throws", "TypeError", "ERR_INVALID_ARG_TYPE", "The \"path\" argument must be of type string or an instance of URL. Received type number (1)", null, null],
  "/x",
  ["domain", "m\u00fcnchen.de", "xn--mnchen-3ya.de", "m\u00fcnchen.de", "m\u00fcnchen.de"],
  ["domain", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de", "m\u00fcnchen.de", "m\u00fcnchen.de"],
  ["domain", "EXAMPLE.com", "example.com", "example.com", "example.com"],
  ["domain", "xn--i\u00f1valid.com", "", "", ""],
  ["domain", "a b", "", "", ""],
  ["domain", "", "", "", ""],
  ["domain", "\u65e5\u672c\u8a9e.jp", "xn--wgv71a119e.jp", "\u65e5\u672c\u8a9e.jp", "\u65e5\u672c\u8a9e.jp"],
  ["domain", "1.2.3", "1.2.0.3", "1.2.0.3", "1.2.0.3"],
  ["domain", "[::1]", "[::1]", "[::1]", "[::1]"],
  ["domain", "xn--", "", "", ""],
  ["domain", "\ud83d\ude00", "xn--e28h", "\ud83d\ude00", "\ud83d\ude00"],
  ["domain", "ab--c.com", "ab--c.com", "ab--c.com", "ab--c.com"],
  ["domain", "fa\u00df.de", "xn--fa-hia.de", "fa\u00df.de", "fa\u00df.de"],
  ["domain", "\uff21.com", "a.com", "a.com", "a.com"],
  ["domain", "a..b", "a..b", "a..b", "a..b"],
  ["domain", ".", ".", ".", "."],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"domain\" argument must be specified", null, null],
  ["throws", "TypeError", "ERR_MISSING_ARGS", "The \"domain\" argument must be specified", null, null],
  {"protocol": "https:", "hostname": "::1", "hash": "#h", "search": "?x=1", "pathname": "/p/q", "path": "/p/q?x=1", "href": "https://a:b%20c@[::1]:8443/p/q?x=1#h", "port": 8443, "auth": "a:b c"},
  {"protocol": "http:", "hostname": "example.com", "hash": "", "search": "", "pathname": "/", "path": "/", "href": "http://example.com/"},
  ["protocol", "hostname", "hash", "search", "pathname", "path", "href", "port", "auth"],
  ["punycode", "ma\u00f1ana", "maana-pta", "ma\u00f1ana"],
  ["punycode", "b\u00fccher", "bcher-kva", "b\u00fccher"],
  ["punycode", "\u2603-\u2318", "--dqo34k", "\u2603-\u2318"],
  ["punycode", "\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f", "egbpdaj6bu4bxfgehfvwxn", "\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f"],
  ["punycode", "", "", ""],
  ["punycode", "abc", "abc-", "abc"],
  ["punycode", "ABC-", "ABC--", "ABC-"],
  ["punycode", "\u0080", "a", "\u0080"],
  ["punycode", "\ud83d\ude00\ud83d\ude00", "e28ha", "\ud83d\ude00\ud83d\ude00"],
  ["decode", "maana-pta", "ma\u00f1ana"],
  ["decode", "bcher-kva", "b\u00fccher"],
  ["decode", "egbpdaj6bu4bxfgehfvwxn", "\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f"],
  ["decode", "-> $1.00 <--", "-> $1.00 <-"],
  ["decode", "a\u0080-b", ["throws", "RangeError", null, "Illegal input >= 0x80 (not a basic code point)", null, null]],
  ["decode", "zz", ["throws", "RangeError", null, "Invalid input", null, null]],
  ["decode", "99999999999", ["throws", "RangeError", null, "Overflow: input needs wider integers to process", null, null]],
  ["decode", "x!", ["throws", "RangeError", null, "Invalid input", null, null]],
  ["toASCII/Unicode", "ma\u00f1ana.com", "xn--maana-pta.com", "ma\u00f1ana.com", "ma\u00f1ana.com"],
  ["toASCII/Unicode", "user@ma\u00f1ana.com", "user@xn--maana-pta.com", "user@ma\u00f1ana.com", "user@ma\u00f1ana.com"],
  ["toASCII/Unicode", "a\u3002b\uff0ec\uff61d", "a.b.c.d", "a.b.c.d", "a.b.c.d"],
  ["toASCII/Unicode", "xn--maana-pta.com", "xn--maana-pta.com", "ma\u00f1ana.com", "ma\u00f1ana.com"],
  ["toASCII/Unicode", "XN--MAANA-PTA.com", "XN--MAANA-PTA.com", "XN--MAANA-PTA.com", "XN--MAANA-PTA.com"],
  ["toASCII/Unicode", "\u2603.net", "xn--n3h.net", "\u2603.net", "\u2603.net"],
  ["toASCII/Unicode", "\u00fc", "xn--tda", "\u00fc", "\u00fc"],
  [97, 119558, 65536, 56320, 120, 55296],
  "a\ud834\udf06\ud800\ud800\udc00",
  "2.1.0",
  ["Url", "parse", "resolve", "resolveObject", "format", "URL", "URLSearchParams", "domainToASCII", "domainToUnicode", "pathToFileURL", "fileURLToPath", "urlToHttpOptions"],
  ["version", "ucs2", "decode", "encode", "toASCII", "toUnicode"],
];

const got = out.map((v) => (v instanceof URL ? ['URL', v.href] : v));
assert.strictEqual(got.length, EXPECTED.length);
for (let i = 0; i < got.length; i++) {
  assert.deepStrictEqual(JSON.parse(JSON.stringify(got[i])), EXPECTED[i], `entry ${i}`);
}
