// string_bytes.cc — see string_bytes.h. Each conversion is one pass over the
// data; V8's own UTF-8 and one-byte writers/readers are used where they exist
// (they are what node uses too, so invalid input decodes identically).
#include "string_bytes.h"

#include <climits>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace eddy {
namespace string_bytes {

using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::String;

namespace {

// 255: not part of the alphabet (skipped when decoding, as node's decoder
// does); both alphabets decode in either encoding.
struct Base64Table {
  uint8_t v[256];
  constexpr Base64Table() : v() {
    for (int i = 0; i < 256; i++) v[i] = 255;
    for (int i = 0; i < 26; i++) {
      v['A' + i] = static_cast<uint8_t>(i);
      v['a' + i] = static_cast<uint8_t>(26 + i);
    }
    for (int i = 0; i < 10; i++) v['0' + i] = static_cast<uint8_t>(52 + i);
    v['+'] = 62;
    v['-'] = 62;
    v['/'] = 63;
    v['_'] = 63;
  }
};
constexpr Base64Table kBase64Table;

constexpr char kBase64Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlChars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

inline int HexValue(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The string's characters, flattened once: one byte each when the string is
// one-byte, else UTF-16 code units.
struct Chars {
  std::vector<uint8_t> one;
  std::vector<uint16_t> two;
  size_t length = 0;
  bool is_one_byte = true;

  Chars(Isolate* isolate, Local<String> str) {
    length = static_cast<size_t>(str->Length());
    is_one_byte = str->IsOneByte();
    if (is_one_byte) {
      one.resize(length);
      if (length) str->WriteOneByte(isolate, one.data(), 0, -1, String::NO_NULL_TERMINATION);
    } else {
      two.resize(length);
      if (length) str->Write(isolate, two.data(), 0, -1, String::NO_NULL_TERMINATION);
    }
  }
  uint16_t operator[](size_t i) const { return is_one_byte ? one[i] : two[i]; }
};

// Lenient base64 decode: characters outside both alphabets are skipped, the
// first '=' ends the data. Returns the bytes written (at most capacity).
template <typename CharAt>
size_t Base64Decode(uint8_t* dst, size_t capacity, size_t len, CharAt char_at) {
  size_t out = 0;
  uint32_t acc = 0;
  int n = 0;
  for (size_t i = 0; i < len; i++) {
    uint16_t c = char_at(i);
    if (c == '=') break;
    uint8_t v = c < 256 ? kBase64Table.v[c] : 255;
    if (v == 255) continue;
    acc = (acc << 6) | v;
    if (++n == 4) {
      if (out + 3 > capacity) {
        // Fill what fits, as node does for a short target.
        uint8_t b[3] = {static_cast<uint8_t>(acc >> 16), static_cast<uint8_t>(acc >> 8),
                        static_cast<uint8_t>(acc)};
        for (int k = 0; k < 3 && out < capacity; k++) dst[out++] = b[k];
        return out;
      }
      dst[out++] = static_cast<uint8_t>(acc >> 16);
      dst[out++] = static_cast<uint8_t>(acc >> 8);
      dst[out++] = static_cast<uint8_t>(acc);
      acc = 0;
      n = 0;
    }
  }
  if (n == 2) {
    if (out < capacity) dst[out++] = static_cast<uint8_t>(acc >> 4);
  } else if (n == 3) {
    if (out < capacity) dst[out++] = static_cast<uint8_t>(acc >> 10);
    if (out < capacity) dst[out++] = static_cast<uint8_t>(acc >> 2);
  }
  return out;
}

template <typename CharAt>
size_t Base64DecodedSize(size_t len, CharAt char_at) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    uint16_t c = char_at(i);
    if (c == '=') break;
    if (c < 256 && kBase64Table.v[c] != 255) n++;
  }
  return (n / 4) * 3 + (n % 4 == 2 ? 1 : n % 4 == 3 ? 2 : 0);
}

// Hex decode stops at the first pair that is not two hex digits.
template <typename CharAt>
size_t HexDecode(uint8_t* dst, size_t capacity, size_t len, CharAt char_at) {
  size_t out = 0;
  for (size_t i = 0; i + 1 < len && out < capacity; i += 2) {
    int hi = HexValue(char_at(i));
    int lo = HexValue(char_at(i + 1));
    if (hi < 0 || lo < 0) break;
    dst[out++] = static_cast<uint8_t>(hi << 4 | lo);
  }
  return out;
}

MaybeLocal<String> TooLong(Isolate* isolate) {
  Local<v8::Value> err = v8::Exception::Error(String::NewFromUtf8Literal(
      isolate, "Cannot create a string longer than 0x1fffffe8 characters"));
  err.As<v8::Object>()
      ->Set(isolate->GetCurrentContext(), String::NewFromUtf8Literal(isolate, "code"),
            String::NewFromUtf8Literal(isolate, "ERR_STRING_TOO_LONG"))
      .Check();
  isolate->ThrowException(err);
  return {};
}

MaybeLocal<String> OneByte(Isolate* isolate, const uint8_t* data, size_t len) {
  if (len > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
  return String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, static_cast<int>(len));
}

}  // namespace

size_t Size(Isolate* isolate, Local<String> str, Encoding enc) {
  switch (enc) {
    case kUtf8:
      return static_cast<size_t>(str->Utf8Length(isolate));
    case kUcs2:
      return static_cast<size_t>(str->Length()) * 2;
    case kLatin1:
    case kAscii:
      return static_cast<size_t>(str->Length());
    case kHex:
      return static_cast<size_t>(str->Length()) / 2;
    case kBase64:
    case kBase64Url: {
      Chars chars(isolate, str);
      return Base64DecodedSize(chars.length, [&](size_t i) { return chars[i]; });
    }
  }
  return 0;
}

size_t Write(Isolate* isolate, uint8_t* dst, size_t capacity, Local<String> str, Encoding enc) {
  if (capacity == 0) return 0;
  int cap = capacity > static_cast<size_t>(INT_MAX) ? INT_MAX : static_cast<int>(capacity);
  switch (enc) {
    case kUtf8:
      return static_cast<size_t>(str->WriteUtf8(
          isolate, reinterpret_cast<char*>(dst), cap, nullptr,
          String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8));
    case kLatin1:
    case kAscii:
      return static_cast<size_t>(
          str->WriteOneByte(isolate, dst, 0, cap, String::NO_NULL_TERMINATION));
    case kUcs2: {
      int max_chars = cap / 2;
      if (max_chars == 0) return 0;
      if (reinterpret_cast<uintptr_t>(dst) % alignof(uint16_t) == 0) {
        int n = str->Write(isolate, reinterpret_cast<uint16_t*>(dst), 0, max_chars,
                           String::NO_NULL_TERMINATION);
        return static_cast<size_t>(n) * 2;
      }
      std::vector<uint16_t> tmp(static_cast<size_t>(max_chars));
      int n = str->Write(isolate, tmp.data(), 0, max_chars, String::NO_NULL_TERMINATION);
      memcpy(dst, tmp.data(), static_cast<size_t>(n) * 2);
      return static_cast<size_t>(n) * 2;
    }
    case kHex: {
      Chars chars(isolate, str);
      return HexDecode(dst, capacity, chars.length, [&](size_t i) { return chars[i]; });
    }
    case kBase64:
    case kBase64Url: {
      Chars chars(isolate, str);
      return Base64Decode(dst, capacity, chars.length, [&](size_t i) { return chars[i]; });
    }
  }
  return 0;
}

MaybeLocal<String> Encode(Isolate* isolate, const uint8_t* data, size_t len, Encoding enc) {
  if (len == 0) return String::Empty(isolate);
  switch (enc) {
    case kUtf8:
      if (len > static_cast<size_t>(INT_MAX)) return TooLong(isolate);
      {
        MaybeLocal<String> s = String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                                   v8::NewStringType::kNormal,
                                                   static_cast<int>(len));
        if (s.IsEmpty()) return TooLong(isolate);
        return s;
      }
    case kLatin1:
      return OneByte(isolate, data, len);
    case kAscii: {
      // node clears the high bit of every byte.
      std::unique_ptr<uint8_t[]> tmp(new uint8_t[len]);
      for (size_t i = 0; i < len; i++) tmp[i] = data[i] & 0x7f;
      return OneByte(isolate, tmp.get(), len);
    }
    case kUcs2: {
      size_t chars = len / 2;
      if (chars > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
      if (chars == 0) return String::Empty(isolate);
      if (reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) == 0)
        return String::NewFromTwoByte(isolate, reinterpret_cast<const uint16_t*>(data),
                                      v8::NewStringType::kNormal, static_cast<int>(chars));
      std::vector<uint16_t> tmp(chars);
      memcpy(tmp.data(), data, chars * 2);
      return String::NewFromTwoByte(isolate, tmp.data(), v8::NewStringType::kNormal,
                                    static_cast<int>(chars));
    }
    case kHex: {
      static const char kDigits[] = "0123456789abcdef";
      if (len * 2 > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
      std::unique_ptr<uint8_t[]> out(new uint8_t[len * 2]);
      for (size_t i = 0; i < len; i++) {
        out[2 * i] = kDigits[data[i] >> 4];
        out[2 * i + 1] = kDigits[data[i] & 15];
      }
      return OneByte(isolate, out.get(), len * 2);
    }
    case kBase64:
    case kBase64Url: {
      const char* alphabet = enc == kBase64 ? kBase64Chars : kBase64UrlChars;
      bool pad = enc == kBase64;
      size_t full = len / 3, rest = len % 3;
      size_t out_len = full * 4 + (rest == 0 ? 0 : pad ? 4 : rest + 1);
      if (out_len > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
      std::unique_ptr<uint8_t[]> out(new uint8_t[out_len]);
      size_t o = 0, i = 0;
      for (; i + 3 <= len; i += 3) {
        uint32_t v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        out[o++] = alphabet[v >> 18];
        out[o++] = alphabet[(v >> 12) & 63];
        out[o++] = alphabet[(v >> 6) & 63];
        out[o++] = alphabet[v & 63];
      }
      if (rest == 1) {
        uint32_t v = data[i] << 16;
        out[o++] = alphabet[v >> 18];
        out[o++] = alphabet[(v >> 12) & 63];
        if (pad) {
          out[o++] = '=';
          out[o++] = '=';
        }
      } else if (rest == 2) {
        uint32_t v = (data[i] << 16) | (data[i + 1] << 8);
        out[o++] = alphabet[v >> 18];
        out[o++] = alphabet[(v >> 12) & 63];
        out[o++] = alphabet[(v >> 6) & 63];
        if (pad) out[o++] = '=';
      }
      return OneByte(isolate, out.get(), o);
    }
  }
  return String::Empty(isolate);
}

bool IsValidUtf8(const uint8_t* p, size_t n) {
  size_t i = 0;
  while (i < n) {
    // Skip ASCII eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    uint8_t c = p[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; k++) {
      if ((p[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

}  // namespace string_bytes
}  // namespace eddy
