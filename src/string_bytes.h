// string_bytes.h — converting between JS strings and bytes in every encoding
// node supports, in one native pass. Shared by internalBinding('buffer')
// (Buffer, string_decoder) and internalBinding('encoding') (TextEncoder,
// TextDecoder).
#ifndef EDDY_STRING_BYTES_H_
#define EDDY_STRING_BYTES_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace eddy {

// lib/buffer.js: must match the binding's `encodings` object.
enum Encoding : int {
  kUtf8 = 1,
  kUcs2 = 2,  // utf16le
  kLatin1 = 3,
  kAscii = 4,
  kBase64 = 5,
  kBase64Url = 6,
  kHex = 7,
};

namespace string_bytes {

// Bytes `str` takes in `enc` (base64/hex: the decoded length, exactly).
size_t Size(v8::Isolate* isolate, v8::Local<v8::String> str, Encoding enc);

// For base64/hex: an upper bound of the decoded size without reading the
// string (so a decode can be done in one pass into a buffer this big).
size_t MaxSize(v8::Local<v8::String> str, Encoding enc);

// Writes `str` encoded as `enc` into dst (at most `capacity` bytes), never a
// partial character for utf8/ucs2. Returns the bytes written.
size_t Write(v8::Isolate* isolate, uint8_t* dst, size_t capacity, v8::Local<v8::String> str,
             Encoding enc);

// A string's UTF-8 bytes in a new backing store, in one pass (encoded into a
// block of the largest possible size, the rest given back). *length gets
// the byte count. (Buffer.from(string) and TextEncoder.encode.)
std::unique_ptr<v8::BackingStore> EncodeUtf8(v8::Isolate* isolate, v8::Local<v8::String> str,
                                             size_t* length);

// Decodes [data, data+len) into a string. Empty on failure (an exception —
// ERR_STRING_TOO_LONG — is pending then).
v8::MaybeLocal<v8::String> Encode(v8::Isolate* isolate, const uint8_t* data, size_t len,
                                  Encoding enc);

// True if [p, p+n) is well-formed UTF-8 (no surrogates, no overlongs).
bool IsValidUtf8(const uint8_t* p, size_t n);

// Where a view's bytes are. The pointer is valid until JS runs again.
inline uint8_t* ViewData(v8::Local<v8::ArrayBufferView> view) {
  return static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
}

}  // namespace string_bytes
}  // namespace eddy

#endif  // EDDY_STRING_BYTES_H_
