// string_bytes.cc — see string_bytes.h. Each conversion is one pass over the
// data; V8's own UTF-8 and one-byte writers/readers are used where they exist
// (they are what node uses too, so invalid input decodes identically).
#include "large_alloc.h"
#include "parallel.h"
#include "string_bytes.h"

#include <immintrin.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
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

// The same alphabet as four tables with each value already shifted into its
// place in a 24-bit group; bit 24 marks a character that is not in the
// alphabet, so one OR of four lookups decodes a group and checks it.
struct Base64Shifted {
  uint32_t t[4][256];
  constexpr Base64Shifted() : t() {
    for (int c = 0; c < 256; c++) {
      uint32_t v = kBase64Table.v[c];
      for (int k = 0; k < 4; k++)
        t[k][c] = v == 255 ? 0x01000000u : v << (18 - 6 * k);
    }
  }
};
constexpr Base64Shifted kBase64Shifted;

// Every 12-bit value as its two base64 characters (little-endian pairs, so a
// 2-byte copy writes them in order); and every byte as two hex digits.
struct Base64PairTables {
  uint16_t std[4096];
  uint16_t url[4096];
  constexpr Base64PairTables() : std(), url() {
    const char* a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const char* u = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int v = 0; v < 4096; v++) {
      std[v] = static_cast<uint16_t>(static_cast<uint8_t>(a[v >> 6]) |
                                     (static_cast<uint8_t>(a[v & 63]) << 8));
      url[v] = static_cast<uint16_t>(static_cast<uint8_t>(u[v >> 6]) |
                                     (static_cast<uint8_t>(u[v & 63]) << 8));
    }
  }
};
constexpr Base64PairTables kBase64Pairs;

struct HexPairTable {
  uint16_t v[256];
  constexpr HexPairTable() : v() {
    const char* d = "0123456789abcdef";
    for (int b = 0; b < 256; b++)
      v[b] = static_cast<uint16_t>(static_cast<uint8_t>(d[b >> 4]) |
                                   (static_cast<uint8_t>(d[b & 15]) << 8));
  }
};
constexpr HexPairTable kHexPairs;

constexpr char kBase64Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64UrlChars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

inline int HexValue(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Feeds a string's characters to `fn(const Char* p, size_t n)` in chunks of
// at most 16 KiB, without flattening the whole string into a copy.
template <typename Fn>
void ForEachChunk(Isolate* isolate, Local<String> str, Fn fn) {
  constexpr int kChunk = 16 * 1024;
  int length = str->Length();
  if (str->IsOneByte()) {
    uint8_t buf[kChunk];
    for (int at = 0; at < length; at += kChunk) {
      int n = std::min(kChunk, length - at);
      str->WriteOneByte(isolate, buf, at, n, String::NO_NULL_TERMINATION);
      if (!fn(buf, static_cast<size_t>(n))) return;
    }
  } else {
    uint16_t buf[kChunk];
    for (int at = 0; at < length; at += kChunk) {
      int n = std::min(kChunk, length - at);
      str->Write(isolate, buf, at, n, String::NO_NULL_TERMINATION);
      if (!fn(buf, static_cast<size_t>(n))) return;
    }
  }
}

#if defined(__x86_64__)
// Bytes of c in [lo, hi] (signed compare: bytes >= 0x80 are never in range).
__attribute__((target("avx2"))) inline __m256i InRangeAvx2(__m256i c, char lo, char hi) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(c, _mm256_set1_epi8(static_cast<char>(lo - 1))),
                          _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(hi + 1)), c));
}

// 32 characters → 24 bytes per step with AVX2 while every character is in
// one of the two alphabets; stops at the first block that is not (the scalar
// decoder takes it from there). Returns bytes written; *consumed = chars used.
__attribute__((target("avx2"))) size_t DecodeBase64Avx2(const uint8_t* src, size_t len,
                                                        uint8_t* dst, size_t capacity,
                                                        size_t* consumed) {
  const __m256i shuffle = _mm256_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1,
                                           2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
  const __m256i pack = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  size_t i = 0, o = 0;
  while (i + 32 <= len && o + 32 <= capacity) {
    __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + i));
    __m256i upper = InRangeAvx2(c, 'A', 'Z');
    __m256i lower = InRangeAvx2(c, 'a', 'z');
    __m256i digit = InRangeAvx2(c, '0', '9');
    __m256i plus = _mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('+')),
                                   _mm256_cmpeq_epi8(c, _mm256_set1_epi8('-')));
    __m256i slash = _mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('/')),
                                    _mm256_cmpeq_epi8(c, _mm256_set1_epi8('_')));
    __m256i valid = _mm256_or_si256(_mm256_or_si256(upper, lower),
                                    _mm256_or_si256(digit, _mm256_or_si256(plus, slash)));
    if (_mm256_movemask_epi8(valid) != -1) break;
    __m256i delta = _mm256_or_si256(
        _mm256_or_si256(_mm256_and_si256(upper, _mm256_set1_epi8(-65)),
                        _mm256_and_si256(lower, _mm256_set1_epi8(-71))),
        _mm256_and_si256(digit, _mm256_set1_epi8(4)));
    __m256i v = _mm256_add_epi8(c, delta);
    v = _mm256_blendv_epi8(v, _mm256_set1_epi8(62), plus);
    v = _mm256_blendv_epi8(v, _mm256_set1_epi8(63), slash);
    // Four 6-bit values → one 24-bit group per 32-bit lane, then the three
    // bytes of each group in order, packed across the two 128-bit halves.
    __m256i pairs = _mm256_maddubs_epi16(v, _mm256_set1_epi32(0x01400140));
    __m256i groups = _mm256_madd_epi16(pairs, _mm256_set1_epi32(0x00011000));
    __m256i bytes = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(groups, shuffle), pack);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + o), bytes);
    i += 32;
    o += 24;
  }
  *consumed = i;
  return o;
}

// Encodes 24 bytes per step into 32 base64 characters (standard alphabet,
// or URL-safe with `url`) while at least 28 bytes remain readable (two
// 16-byte loads 12 bytes apart); returns the bytes consumed, a multiple of
// 24, and writes 4/3 as many characters.
__attribute__((target("avx2"))) size_t EncodeBase64Avx2(const uint8_t* src, size_t len,
                                                         char* dst, bool url) {
  // Within each 128-bit lane, 12 source bytes become four 32-bit words
  // holding bytes [b1 b0 b2 b1] of each group of three, so that the four
  // 6-bit fields sit at bit offsets 10, 4, 22 and 16 of the word.
  const __m256i spread = _mm256_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10,
                                          1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
  // Characters: index + offset, where the offset depends on the range the
  // index falls in: 0-25 'A', 26-51 'a', 52-61 '0', 62 and 63 by alphabet.
  const __m256i offsets = url
      ? _mm256_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -17, 32, 65, 0, 0,
                         71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -17, 32, 65, 0, 0)
      : _mm256_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0,
                         71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0);
  size_t i = 0, o = 0;
  while (i + 28 <= len) {
    __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 12));
    __m256i in = _mm256_shuffle_epi8(_mm256_set_m128i(hi, lo), spread);
    // Fields 1 and 3 (bits 10 and 22) move down by multiplying high
    // halves; fields 0 and 2 (bits 4 and 16) move up by multiplying low
    // halves: each 16-bit half then holds one index per byte.
    __m256i a = _mm256_mulhi_epu16(_mm256_and_si256(in, _mm256_set1_epi32(0x0FC0FC00)),
                                   _mm256_set1_epi32(0x04000040));
    __m256i b = _mm256_mullo_epi16(_mm256_and_si256(in, _mm256_set1_epi32(0x003F03F0)),
                                   _mm256_set1_epi32(0x01000010));
    __m256i idx = _mm256_or_si256(a, b);
    // Range number: 0 for 26-51, 1-12 for 52-63, 13 for 0-25.
    __m256i range = _mm256_subs_epu8(idx, _mm256_set1_epi8(51));
    __m256i below26 = _mm256_cmpgt_epi8(_mm256_set1_epi8(26), idx);
    range = _mm256_blendv_epi8(range, _mm256_set1_epi8(13), below26);
    __m256i chars = _mm256_add_epi8(idx, _mm256_shuffle_epi8(offsets, range));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + o), chars);
    i += 24;
    o += 32;
  }
  return i;
}

const bool kHasAvx2 = __builtin_cpu_supports("avx2");
#endif

// Lenient base64, fed chunk by chunk: characters outside both alphabets are
// skipped and the first '=' ends the data, as node's decoder does. Of a
// two-byte string node reads only the low byte of each UTF-16 unit (U+0438
// is '8', U+D83D is '='); so does this. Groups of four valid characters
// take a fast path.
struct Base64Decoder {
  uint8_t* dst;
  size_t capacity;
  size_t out = 0;
  uint32_t acc = 0;
  int n = 0;

  template <typename Char>
  bool Feed(const Char* p, size_t len) {
    size_t i = 0;
    while (i < len) {
      if (n == 0) {
#if defined(__x86_64__)
        if (sizeof(Char) == 1 && kHasAvx2 && i + 32 <= len) {
          size_t used;
          out += DecodeBase64Avx2(reinterpret_cast<const uint8_t*>(p + i), len - i, dst + out,
                                  capacity - out, &used);
          i += used;
        }
#endif
        // Fast path: whole groups of four valid characters.
        while (i + 4 <= len && out + 3 <= capacity) {
          uint32_t c0 = p[i], c1 = p[i + 1], c2 = p[i + 2], c3 = p[i + 3];
          uint32_t v = kBase64Shifted.t[0][c0 & 255] | kBase64Shifted.t[1][c1 & 255] |
                       kBase64Shifted.t[2][c2 & 255] | kBase64Shifted.t[3][c3 & 255];
          if (v & 0x01000000u) break;  // a character to skip, or '='
          dst[out] = static_cast<uint8_t>(v >> 16);
          dst[out + 1] = static_cast<uint8_t>(v >> 8);
          dst[out + 2] = static_cast<uint8_t>(v);
          out += 3;
          i += 4;
        }
        if (i >= len) break;
      }
      uint32_t c = p[i++] & 0xFF;
      if (c == '=') return false;
      uint8_t v = kBase64Table.v[c];
      if (v == 255) continue;
      acc = (acc << 6) | v;
      if (++n == 4) {
        uint8_t b[3] = {static_cast<uint8_t>(acc >> 16), static_cast<uint8_t>(acc >> 8),
                        static_cast<uint8_t>(acc)};
        for (int k = 0; k < 3; k++) {
          if (out == capacity) return false;
          dst[out++] = b[k];
        }
        acc = 0;
        n = 0;
      }
    }
    return out < capacity;
  }

  size_t Finish() {
    if (n == 2) {
      if (out < capacity) dst[out++] = static_cast<uint8_t>(acc >> 4);
    } else if (n == 3) {
      if (out < capacity) dst[out++] = static_cast<uint8_t>(acc >> 10);
      if (out < capacity) dst[out++] = static_cast<uint8_t>(acc >> 2);
    }
    return out;
  }
};

struct HexTable {
  int8_t v[256];
  constexpr HexTable() : v() {
    for (int i = 0; i < 256; i++) v[i] = -1;
    for (int i = 0; i < 10; i++) v['0' + i] = static_cast<int8_t>(i);
    for (int i = 0; i < 6; i++) {
      v['a' + i] = static_cast<int8_t>(10 + i);
      v['A' + i] = static_cast<int8_t>(10 + i);
    }
  }
};
constexpr HexTable kHexTable;

// Hex, fed chunk by chunk: stops at the first pair that is not two digits.
// Sixteen bytes as 32 lower-case hex digits, SSE2.
inline void EncodeHex16(const uint8_t* p, char* out) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i nibble = _mm_set1_epi8(0x0F);
  __m128i hi = _mm_and_si128(_mm_srli_epi16(v, 4), nibble);
  __m128i lo = _mm_and_si128(v, nibble);
  // n → '0' + n, and 39 more for 'a'..'f'.
  auto digit = [](__m128i n) {
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(n, _mm_set1_epi8(9)), _mm_set1_epi8(39));
    return _mm_add_epi8(_mm_add_epi8(n, _mm_set1_epi8('0')), letter);
  };
  hi = digit(hi);
  lo = digit(lo);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_unpacklo_epi8(hi, lo));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16), _mm_unpackhi_epi8(hi, lo));
}

// Sixteen bytes from 32 hex digits (either case) at p, SSE2; false (nothing
// written) if any of them is not a hex digit, for the scalar code to find.
inline bool DecodeHex32(const uint8_t* p, uint8_t* out) {
  __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16));
  // Each digit to its value, or to 0xFF where it is not a digit.
  auto value = [](__m128i c) {
    const __m128i zero = _mm_set1_epi8('0');
    __m128i d = _mm_sub_epi8(c, zero);                               // '0'..'9' → 0..9
    __m128i is_digit = _mm_cmplt_epi8(_mm_xor_si128(d, _mm_set1_epi8(static_cast<char>(0x80))),
                                      _mm_set1_epi8(static_cast<char>(0x80 + 10)));
    __m128i lower = _mm_or_si128(c, _mm_set1_epi8(0x20));           // fold case
    __m128i l = _mm_sub_epi8(lower, _mm_set1_epi8('a'));            // 'a'..'f' → 0..5
    __m128i is_letter = _mm_cmplt_epi8(_mm_xor_si128(l, _mm_set1_epi8(static_cast<char>(0x80))),
                                       _mm_set1_epi8(static_cast<char>(0x80 + 6)));
    __m128i v = _mm_or_si128(_mm_and_si128(is_digit, d),
                             _mm_and_si128(is_letter, _mm_add_epi8(l, _mm_set1_epi8(10))));
    __m128i bad = _mm_andnot_si128(_mm_or_si128(is_digit, is_letter), _mm_set1_epi8(-1));
    return _mm_or_si128(v, bad);
  };
  __m128i va = value(a), vb = value(b);
  if (_mm_movemask_epi8(_mm_or_si128(va, vb)) != 0) return false;
  // Pairs (hi, lo) → hi * 16 + lo: even bytes times 16 plus odd bytes.
  const __m128i even = _mm_set1_epi16(0x00FF);
  __m128i ra = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(va, even), 4), _mm_srli_epi16(va, 8));
  __m128i rb = _mm_or_si128(_mm_slli_epi16(_mm_and_si128(vb, even), 4), _mm_srli_epi16(vb, 8));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(ra, rb));
  return true;
}

// Hex pairs until the first bad one, as node's decoder; of a two-byte string
// only the low byte of each UTF-16 unit counts (see Base64Decoder).
struct HexDecoder {
  uint8_t* dst;
  size_t capacity;
  size_t out = 0;
  int high = -1;  // a first digit waiting for its pair in the next chunk

  template <typename Char>
  bool Feed(const Char* p, size_t len) {
    size_t i = 0;
    if (high >= 0 && len > 0) {
      int lo = kHexTable.v[p[0] & 0xFF];
      if (lo < 0 || out >= capacity) return false;
      dst[out++] = static_cast<uint8_t>(high << 4 | lo);
      high = -1;
      i = 1;
    }
    if constexpr (sizeof(Char) == 1) {
      while (i + 32 <= len && out + 16 <= capacity && DecodeHex32(p + i, dst + out)) {
        i += 32;
        out += 16;
      }
    }
    for (; i + 1 < len && out < capacity; i += 2) {
      int hi = kHexTable.v[p[i] & 0xFF];
      int lo = kHexTable.v[p[i + 1] & 0xFF];
      if ((hi | lo) < 0) return false;
      dst[out++] = static_cast<uint8_t>(hi << 4 | lo);
    }
    if (out >= capacity) return false;
    if (i < len) {
      int hi = kHexTable.v[p[i] & 0xFF];
      if (hi < 0) return false;
      high = hi;
    }
    return true;
  }
};

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

// Runs fn(begin, end) over [0, len) in ParallelParts(len) slices, at once on
// helper threads (parallel.h); every slice but the last is a multiple of
// `align` long.
template <typename Fn>
void ForSlices(size_t len, size_t align, Fn fn) {
  size_t parts = ParallelParts(len);
  if (parts <= 1) {
    if (len > 0) fn(size_t{0}, len);
    return;
  }
  struct Slices {
    Fn* fn;
    size_t len;
    size_t each;
  } slices{&fn, len, ((len + parts - 1) / parts + align - 1) / align * align};
  RunParts(parts, [](void* ctx, size_t part) {
    Slices* s = static_cast<Slices*>(ctx);
    size_t begin = std::min(s->len, part * s->each);
    size_t end = std::min(s->len, begin + s->each);
    if (begin < end) (*s->fn)(begin, end);
  }, &slices);
}

// Results of this many bytes and more become external strings.
constexpr size_t kExternalMin = 1 << 20;

MaybeLocal<String> OneByteOwned(Isolate* isolate, char* data, size_t len);

MaybeLocal<String> OneByte(Isolate* isolate, const uint8_t* data, size_t len) {
  if (len > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
  if (len >= kExternalMin) {
    // Big: copied (in parallel slices) into an external string's block
    // rather than into V8's heap.
    char* copy = static_cast<char*>(LargeAlloc(len, Pages::kSmall));
    if (copy != nullptr) {
      ForSlices(len, 4096, [data, copy](size_t begin, size_t end) {
        memcpy(copy + begin, data + begin, end - begin);
      });
      return OneByteOwned(isolate, copy, len);
    }
  }
  return String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, static_cast<int>(len));
}

// A one-byte string over a block from LargeAlloc(length) that it takes
// ownership of: big results (base64/hex of large buffers) become external
// strings instead of being copied into V8's heap a second time.
class MallocedOneByte : public String::ExternalOneByteStringResource {
 public:
  MallocedOneByte(Isolate* isolate, char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(length_));
  }
  ~MallocedOneByte() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(length_));
    LargeFree(data_, length_);
  }
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  Isolate* isolate_;
  char* data_;
  size_t length_;
};

// Takes ownership of `data` (from LargeAlloc(len)).
MaybeLocal<String> OneByteOwned(Isolate* isolate, char* data, size_t len) {
  if (len > static_cast<size_t>(String::kMaxLength)) {
    LargeFree(data, len);
    return TooLong(isolate);
  }
  if (len >= kExternalMin) {
    return String::NewExternalOneByte(isolate, new MallocedOneByte(isolate, data, len));
  }
  MaybeLocal<String> s = String::NewFromOneByte(isolate, reinterpret_cast<uint8_t*>(data),
                                                v8::NewStringType::kNormal, static_cast<int>(len));
  LargeFree(data, len);
  return s;
}

// --- UTF-8 ------------------------------------------------------------------
// Our own UTF-8 encoder and decoder: V8 10.2's are byte-at-a-time, and these
// run ASCII eight bytes at a time. Semantics are the WHATWG ones V8 (and so
// node) follows: lone surrogates encode as U+FFFD; invalid input decodes
// with one U+FFFD per maximal invalid subpart.

// Calls fn(const uint16_t* p, size_t n) over a two-byte string in chunks that
// never end between the two halves of a surrogate pair.
template <typename Fn>
void ForEachTwoByteChunk(Isolate* isolate, Local<String> str, Fn fn) {
  constexpr int kChunk = 16 * 1024;
  uint16_t buf[kChunk];
  int length = str->Length();
  int at = 0;
  while (at < length) {
    int n = std::min(kChunk, length - at);
    str->Write(isolate, buf, at, n, String::NO_NULL_TERMINATION);
    if (n > 1 && at + n < length && (buf[n - 1] & 0xFC00) == 0xD800) n--;
    if (!fn(buf, static_cast<size_t>(n))) return;
    at += n;
  }
}

inline bool AllAscii8(const uint8_t* p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return (w & 0x8080808080808080ULL) == 0;
}
// Four UTF-16 units all below 0x80.
inline bool AllAscii4(const uint16_t* p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return (w & 0xFF80FF80FF80FF80ULL) == 0;
}
// ForEachChunk's generic callbacks are also instantiated for two-byte chunks,
// which never take the one-byte fast path.
inline bool AllAscii8(const uint16_t*) { return false; }

// SSE2 (every x86-64) steps for the ASCII stretches of mixed text: 8 units
// or 16 bytes per step where the scalar paths take one. Encoding does a
// block that holds anything else whole in scalar code; decoding keeps the
// ASCII bytes that lead a block and goes on from the first other one (its
// scalar path costs more, so that pays there; see Utf8Decode).

// How many of the first n bytes at p are ASCII, before the first that isn't.
inline size_t AsciiPrefix(const uint8_t* p, size_t n) {
  size_t i = 0;
  while (i + 16 <= n) {
    int mask = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
    i += 16;
  }
  while (i < n && p[i] < 0x80) i++;
  return i;
}
// ForEachChunk's generic callbacks are also instantiated for two-byte chunks.
inline size_t AsciiPrefix(const uint16_t*, size_t) { return 0; }

// Widens the 16 bytes at p into 16 UTF-16 units at out, whatever they are,
// and returns how many of them lead before the first that is not ASCII.
inline size_t WidenAsciiLeading16(const uint8_t* p, uint16_t* out) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i zero = _mm_setzero_si128();
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_unpacklo_epi8(v, zero));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 8), _mm_unpackhi_epi8(v, zero));
  return static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(_mm_movemask_epi8(v)) | 0x10000u));
}

// Narrows 8 UTF-16 units below 0x80 at p into bytes at out; false (nothing
// written) if any of them is 0x80 or above.
inline bool NarrowAscii8(const uint16_t* p, uint8_t* out) {
  __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i high = _mm_and_si128(a, _mm_set1_epi16(static_cast<short>(0xFF80)));
  if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF) return false;
  _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(a, a));
  return true;
}

// UTF-8 length of eight units with no surrogate among them, or -1.
inline int Utf8LengthOf8(const uint16_t* p) {
  __m128i u = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i zero = _mm_setzero_si128();
  __m128i surrogate = _mm_cmpeq_epi16(_mm_and_si128(u, _mm_set1_epi16(static_cast<short>(0xF800))),
                                      _mm_set1_epi16(static_cast<short>(0xD800)));
  if (_mm_movemask_epi8(surrogate) != 0) return -1;
  // 3 bytes a unit, less one below 0x800 and one more below 0x80: the two
  // compares give -1 per lane where true; their negated sum is 0..2 a lane,
  // and _mm_sad_epu8 adds the lanes up.
  __m128i below80 =
      _mm_cmpeq_epi16(_mm_and_si128(u, _mm_set1_epi16(static_cast<short>(0xFF80))), zero);
  __m128i below800 =
      _mm_cmpeq_epi16(_mm_and_si128(u, _mm_set1_epi16(static_cast<short>(0xF800))), zero);
  __m128i less = _mm_sub_epi16(zero, _mm_add_epi16(below80, below800));
  __m128i sums = _mm_sad_epu8(less, zero);
  int saved = _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
  return 24 - saved;
}

size_t Utf8Length(Isolate* isolate, Local<String> str) {
  size_t total = 0;
  if (str->IsOneByte()) {
    ForEachChunk(isolate, str, [&](const auto* p, size_t n) {
      total += n;
      for (size_t i = 0; i < n; i++) total += p[i] >> 7;
      return true;
    });
    return total;
  }
  ForEachTwoByteChunk(isolate, str, [&](const uint16_t* p, size_t n) {
    size_t scalar_until = 0;  // a block with a surrogate goes unit by unit
    for (size_t i = 0; i < n; i++) {
      if (i >= scalar_until) {
        while (i + 8 <= n) {
          int k = Utf8LengthOf8(p + i);
          if (k < 0) break;
          total += static_cast<size_t>(k);
          i += 8;
        }
        scalar_until = i + 8;
        if (i >= n) break;
      }
      uint16_t c = p[i];
      if (c < 0x80) {
        total += 1;
      } else if (c < 0x800) {
        total += 2;
      } else if ((c & 0xFC00) == 0xD800 && i + 1 < n && (p[i + 1] & 0xFC00) == 0xDC00) {
        total += 4;
        i++;
      } else {
        total += 3;  // BMP character, or a lone surrogate written as U+FFFD
      }
    }
    return true;
  });
  return total;
}

// One character (a unit, or a surrogate pair) of p from i, as UTF-8 at o;
// advances both. Room for 4 bytes at o is the caller's.
__attribute__((always_inline)) inline void EncodeOneUnchecked(const uint16_t* p, size_t n, size_t& i, uint8_t*& o) {
  uint32_t c = p[i++];
  if (c < 0x80) {
    *o++ = static_cast<uint8_t>(c);
  } else if (c < 0x800) {
    o[0] = static_cast<uint8_t>(0xC0 | (c >> 6));
    o[1] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    o += 2;
  } else if ((c & 0xF800) != 0xD800) {
    o[0] = static_cast<uint8_t>(0xE0 | (c >> 12));
    o[1] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
    o[2] = static_cast<uint8_t>(0x80 | (c & 0x3F));
    o += 3;
  } else if (c < 0xDC00 && i < n && (p[i] & 0xFC00) == 0xDC00) {
    uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (p[i++] - 0xDC00);
    o[0] = static_cast<uint8_t>(0xF0 | (cp >> 18));
    o[1] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3F));
    o[2] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
    o[3] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
    o += 4;
  } else {  // lone surrogate → U+FFFD
    o[0] = 0xEF;
    o[1] = 0xBF;
    o[2] = 0xBD;
    o += 3;
  }
}

// UTF-16 → UTF-8 for a chunk whose worst case fits in dst (see Utf8Write):
// blocks of 8 units, an all-ASCII one in one step, any other one character
// by character (a pair may end one unit past the block). The fixed step
// matters: advancing by a count computed from the loaded units chains each
// load to the one before and was 2-4x slower.
size_t EncodeUnitsUnchecked(const uint16_t* p, size_t n, uint8_t* dst) {
  uint8_t* o = dst;
  size_t i = 0;
  while (i + 8 <= n) {
    if (NarrowAscii8(p + i, o)) {
      o += 8;
      i += 8;
      continue;
    }
    size_t end = i + 8;
    while (i < end) EncodeOneUnchecked(p, n, i, o);
  }
  while (i < n) EncodeOneUnchecked(p, n, i, o);
  return static_cast<size_t>(o - dst);
}

// Writes whole characters only; returns bytes written.
size_t Utf8Write(Isolate* isolate, Local<String> str, uint8_t* dst, size_t capacity) {
  size_t out = 0;
  if (str->IsOneByte()) {
    size_t len = static_cast<size_t>(str->Length());
    if (len <= capacity / 2) {
      // Room for the worst case (2 bytes a character): the Latin-1 bytes go
      // straight into dst, then what is not ASCII widens in place from the
      // end (the write position never passes the read position).
      str->WriteOneByte(isolate, dst, 0, static_cast<int>(len), String::NO_NULL_TERMINATION);
      size_t first = AsciiPrefix(dst, len);
      if (first == len) return len;
      size_t extra = 0;
      for (size_t i = first; i < len; i++) extra += dst[i] >> 7;
      size_t o = len + extra;
      for (size_t i = len; i-- > first;) {
        uint8_t c = dst[i];
        if (c < 0x80) {
          dst[--o] = c;
        } else {
          dst[--o] = static_cast<uint8_t>(0x80 | (c & 0x3F));
          dst[--o] = static_cast<uint8_t>(0xC0 | (c >> 6));
        }
      }
      return len + extra;
    }
    ForEachChunk(isolate, str, [&](const auto* p, size_t n) {
      size_t i = 0;
      while (i < n) {
        size_t run = AsciiPrefix(p + i, std::min(n - i, capacity - out));
        if (run > 0) {
          memcpy(dst + out, p + i, run);
          out += run;
          i += run;
          if (i >= n) break;
        }
        uint8_t c = p[i];
        if (c < 0x80) {
          if (out + 1 > capacity) return false;
          dst[out++] = c;
        } else {
          if (out + 2 > capacity) return false;
          dst[out++] = static_cast<uint8_t>(0xC0 | (c >> 6));
          dst[out++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
        }
        i++;
      }
      return true;
    });
    return out;
  }
  ForEachTwoByteChunk(isolate, str, [&](const uint16_t* p, size_t n) {
    if (capacity - out >= 3 * n) {
      // Room for the worst case (3 bytes a unit; a pair takes 4 for 2):
      // no capacity checks per character.
      out += EncodeUnitsUnchecked(p, n, dst + out);
      return true;
    }
    for (size_t i = 0; i < n; i++) {
      while (i + 4 <= n && out + 4 <= capacity && AllAscii4(p + i)) {
        dst[out] = static_cast<uint8_t>(p[i]);
        dst[out + 1] = static_cast<uint8_t>(p[i + 1]);
        dst[out + 2] = static_cast<uint8_t>(p[i + 2]);
        dst[out + 3] = static_cast<uint8_t>(p[i + 3]);
        out += 4;
        i += 4;
      }
      if (i >= n) break;
      uint32_t c = p[i];
      if (c < 0x80) {
        if (out + 1 > capacity) return false;
        dst[out++] = static_cast<uint8_t>(c);
      } else if (c < 0x800) {
        if (out + 2 > capacity) return false;
        dst[out++] = static_cast<uint8_t>(0xC0 | (c >> 6));
        dst[out++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      } else if ((c & 0xFC00) == 0xD800 && i + 1 < n && (p[i + 1] & 0xFC00) == 0xDC00) {
        if (out + 4 > capacity) return false;
        uint32_t cp = 0x10000 + ((c - 0xD800) << 10) + (p[i + 1] - 0xDC00);
        dst[out++] = static_cast<uint8_t>(0xF0 | (cp >> 18));
        dst[out++] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3F));
        dst[out++] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        dst[out++] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
        i++;
      } else {
        if ((c & 0xF800) == 0xD800) c = 0xFFFD;  // lone surrogate
        if (out + 3 > capacity) return false;
        dst[out++] = static_cast<uint8_t>(0xE0 | (c >> 12));
        dst[out++] = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
        dst[out++] = static_cast<uint8_t>(0x80 | (c & 0x3F));
      }
    }
    return true;
  });
  return out;
}

// A two-byte string over a block from LargeAlloc of `capacity` bytes.
class MallocedTwoByte : public String::ExternalStringResource {
 public:
  MallocedTwoByte(Isolate* isolate, uint16_t* data, size_t length, size_t capacity)
      : isolate_(isolate), data_(data), length_(length), capacity_(capacity) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(static_cast<int64_t>(capacity_));
  }
  ~MallocedTwoByte() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(-static_cast<int64_t>(capacity_));
    LargeFree(data_, capacity_);
  }
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  Isolate* isolate_;
  uint16_t* data_;
  size_t length_;
  size_t capacity_;
};

// Decodes p[0, len) into out (at most one unit per byte), the decoder
// starting fresh at p[0]; returns the units written. Every store stays within
// out[0, len): the unit count never passes the byte count.
size_t DecodeUtf8Units(const uint8_t* p, size_t len, uint16_t* out) {
  size_t i = 0, o = 0;
  uint32_t cp = 0;
  int needed = 0, seen = 0;
  uint8_t lower = 0x80, upper = 0xBF;
  while (i < len) {
    if (needed == 0) {
      // The ASCII bytes before the next other one, up to sixteen in one step:
      // all sixteen are widened and stored, and as many as were ASCII are
      // kept (o never passes i, so the store stays inside the block).
      if (i + 16 <= len) {
        size_t k = WidenAsciiLeading16(p + i, out + o);
        if (k == 16) {  // a fixed step keeps the next load off this one's result
          i += 16;
          o += 16;
          continue;
        }
        i += k;
        o += k;
      } else if (i + 8 <= len && AllAscii8(p + i)) {
        for (int k = 0; k < 8; k++) out[o++] = p[i + k];
        i += 8;
        continue;
      }
      if (i >= len) break;
      uint8_t b = p[i++];
      // Whole well-formed sequences in one step; anything else goes through
      // the byte-at-a-time state machine below.
      if (b >= 0xC2 && b <= 0xDF && i < len && (p[i] & 0xC0) == 0x80) {
        out[o++] = static_cast<uint16_t>(((b & 0x1F) << 6) | (p[i] & 0x3F));
        i++;
        continue;
      }
      if (b >= 0xE0 && b <= 0xEF && i + 1 < len) {
        uint8_t b1 = p[i], b2 = p[i + 1];
        uint8_t lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
        if (b1 >= lo && b1 <= hi && (b2 & 0xC0) == 0x80) {
          out[o++] = static_cast<uint16_t>(((b & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
          i += 2;
          continue;
        }
      }
      if (b >= 0xF0 && b <= 0xF4 && i + 2 < len) {
        uint8_t b1 = p[i], b2 = p[i + 1], b3 = p[i + 2];
        uint8_t lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
        if (b1 >= lo && b1 <= hi && (b2 & 0xC0) == 0x80 && (b3 & 0xC0) == 0x80) {
          uint32_t c = (((b & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) |
                        (b3 & 0x3F)) - 0x10000;
          out[o++] = static_cast<uint16_t>(0xD800 + (c >> 10));
          out[o++] = static_cast<uint16_t>(0xDC00 + (c & 0x3FF));
          i += 3;
          continue;
        }
      }
      if (b < 0x80) {
        out[o++] = b;
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x07;
      } else {
        out[o++] = 0xFFFD;
      }
      continue;
    }
    uint8_t b = p[i];
    if (b < lower || b > upper) {
      // The sequence so far is one maximal invalid subpart; this byte starts
      // over (it is not consumed).
      cp = 0;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      out[o++] = 0xFFFD;
      continue;
    }
    i++;
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen == needed) {
      if (cp >= 0x10000) {
        cp -= 0x10000;
        out[o++] = static_cast<uint16_t>(0xD800 + (cp >> 10));
        out[o++] = static_cast<uint16_t>(0xDC00 + (cp & 0x3FF));
      } else {
        out[o++] = static_cast<uint16_t>(cp);
      }
      cp = 0;
      needed = seen = 0;
    }
  }
  if (needed != 0) out[o++] = 0xFFFD;
  return o;
}

// Big input decodes in slices at once (parallel.h). A slice begins at a
// byte that is not a continuation byte, so no well-formed sequence spans two
// slices, and an incomplete one at a slice's end gives the one U+FFFD the
// next byte would have ended it with anyway. Slice k is decoded to
// out + (its first byte's offset), then moved down to follow slice k-1.
size_t DecodeUtf8Parallel(const uint8_t* p, size_t len, uint16_t* out, size_t parts) {
  struct Slices {
    const uint8_t* p;
    uint16_t* out;
    size_t begin[5];
    size_t units[4];
  } slices{p, out, {}, {}};
  size_t each = len / parts;
  for (size_t k = 1; k < parts; k++) {
    size_t b = std::max(slices.begin[k - 1], k * each);
    while (b < len && (p[b] & 0xC0) == 0x80) b++;
    slices.begin[k] = b;
  }
  slices.begin[parts] = len;
  RunParts(parts, [](void* ctx, size_t k) {
    Slices* s = static_cast<Slices*>(ctx);
    size_t b = s->begin[k], e = s->begin[k + 1];
    s->units[k] = DecodeUtf8Units(s->p + b, e - b, s->out + b);
  }, &slices);
  size_t o = slices.units[0];
  for (size_t k = 1; k < parts; k++) {
    memmove(out + o, out + slices.begin[k], slices.units[k] * sizeof(uint16_t));
    o += slices.units[k];
  }
  return o;
}

MaybeLocal<String> Utf8Decode(Isolate* isolate, const uint8_t* p, size_t len) {
  // All ASCII (the common case): the bytes are the string.
  size_t i = AsciiPrefix(p, len);
  if (i == len) {
    return OneByte(isolate, p, len);
  }
  // At most one UTF-16 unit per input byte.
  size_t capacity = len * sizeof(uint16_t);
  uint16_t* out = static_cast<uint16_t*>(LargeAlloc(capacity, Pages::kSmall));
  if (out == nullptr) return TooLong(isolate);
  size_t o;
  size_t parts = ParallelParts(len);
  if (parts > 1) {
    o = DecodeUtf8Parallel(p, len, out, parts);
  } else {
    for (size_t k = 0; k < i; k++) out[k] = p[k];
    o = i + DecodeUtf8Units(p + i, len - i, out + i);
  }
  if (o > static_cast<size_t>(String::kMaxLength)) {
    LargeFree(out, capacity);
    return TooLong(isolate);
  }
  if (o * 2 >= kExternalMin) {
    out = static_cast<uint16_t*>(LargeFit(out, &capacity, o * sizeof(uint16_t)));
    return String::NewExternalTwoByte(isolate, new MallocedTwoByte(isolate, out, o, capacity));
  }
  MaybeLocal<String> s = String::NewFromTwoByte(isolate, out, v8::NewStringType::kNormal,
                                                static_cast<int>(o));
  LargeFree(out, capacity);
  return s;
}

}  // namespace

size_t Size(Isolate* isolate, Local<String> str, Encoding enc) {
  switch (enc) {
    case kUtf8:
      return Utf8Length(isolate, str);
    case kUcs2:
      return static_cast<size_t>(str->Length()) * 2;
    case kLatin1:
    case kAscii:
      return static_cast<size_t>(str->Length());
    case kHex:
      return static_cast<size_t>(str->Length()) / 2;
    case kBase64:
    case kBase64Url: {
      size_t valid = 0;
      ForEachChunk(isolate, str, [&](const auto* p, size_t n) {
        for (size_t i = 0; i < n; i++) {
          if (p[i] == '=') return false;
          if (p[i] < 256 && kBase64Table.v[p[i]] != 255) valid++;
        }
        return true;
      });
      return (valid / 4) * 3 + (valid % 4 == 2 ? 1 : valid % 4 == 3 ? 2 : 0);
    }
  }
  return 0;
}

size_t Write(Isolate* isolate, uint8_t* dst, size_t capacity, Local<String> str, Encoding enc) {
  if (capacity == 0) return 0;
  int cap = capacity > static_cast<size_t>(INT_MAX) ? INT_MAX : static_cast<int>(capacity);
  switch (enc) {
    case kUtf8:
      return Utf8Write(isolate, str, dst, capacity);
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
      HexDecoder dec{dst, capacity};
      ForEachChunk(isolate, str, [&](const auto* p, size_t n) { return dec.Feed(p, n); });
      return dec.out;
    }
    case kBase64:
    case kBase64Url: {
      Base64Decoder dec{dst, capacity};
      ForEachChunk(isolate, str, [&](const auto* p, size_t n) { return dec.Feed(p, n); });
      return dec.Finish();
    }
  }
  return 0;
}

size_t MaxSize(Local<String> str, Encoding enc) {
  size_t len = static_cast<size_t>(str->Length());
  switch (enc) {
    case kBase64:
    case kBase64Url:
      return len / 4 * 3 + 3;
    case kHex:
      return len / 2;
    default:
      return 0;
  }
}

MaybeLocal<String> Encode(Isolate* isolate, const uint8_t* data, size_t len, Encoding enc) {
  if (len == 0) return String::Empty(isolate);
  switch (enc) {
    case kUtf8:
      return Utf8Decode(isolate, data, len);
    case kLatin1:
      return OneByte(isolate, data, len);
    case kAscii: {
      // node clears the high bit of every byte: done straight into the
      // result's block, not into a copy OneByte would copy again.
      if (len > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
      char* out = static_cast<char*>(LargeAlloc(len, Pages::kSmall));
      if (out == nullptr) return TooLong(isolate);
      ForSlices(len, 4096, [data, out](size_t begin, size_t end) {
        for (size_t i = begin; i < end; i++) out[i] = static_cast<char>(data[i] & 0x7f);
      });
      return OneByteOwned(isolate, out, len);
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
      if (len * 2 > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
      char* out = static_cast<char*>(LargeAlloc(len * 2, Pages::kSmall));
      if (out == nullptr) return TooLong(isolate);
      ForSlices(len, 4096, [data, out](size_t i, size_t end) {
        for (; i + 16 <= end; i += 16) EncodeHex16(data + i, out + 2 * i);
        for (; i < end; i++) memcpy(out + 2 * i, &kHexPairs.v[data[i]], 2);
      });
      return OneByteOwned(isolate, out, len * 2);
    }
    case kBase64:
    case kBase64Url: {
      const char* alphabet = enc == kBase64 ? kBase64Chars : kBase64UrlChars;
      bool pad = enc == kBase64;
      size_t full = len / 3, rest = len % 3;
      size_t out_len = full * 4 + (rest == 0 ? 0 : pad ? 4 : rest + 1);
      if (out_len > static_cast<size_t>(String::kMaxLength)) return TooLong(isolate);
      char* out = static_cast<char*>(LargeAlloc(out_len, Pages::kSmall));
      if (out == nullptr) return TooLong(isolate);
      // Two 12-bit lookups per three bytes (each gives two characters);
      // slices start at multiples of 3 x 4 KiB, so every output slice
      // starts on a 16 KiB boundary.
      const uint16_t* pairs = enc == kBase64 ? kBase64Pairs.std : kBase64Pairs.url;
      bool url = enc == kBase64Url;
      ForSlices(full * 3, 3 * 4096, [data, out, pairs, url](size_t i, size_t end) {
        size_t o = i / 3 * 4;
#if defined(__x86_64__)
        if (kHasAvx2 && end - i >= 28) {
          size_t done = EncodeBase64Avx2(data + i, end - i, out + o, url);
          i += done;
          o += done / 3 * 4;
        }
#endif
        for (; i + 3 <= end; i += 3) {
          uint32_t v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
          memcpy(out + o, &pairs[v >> 12], 2);
          memcpy(out + o + 2, &pairs[v & 0xFFF], 2);
          o += 4;
        }
      });
      size_t i = full * 3, o = full * 4;
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
      return OneByteOwned(isolate, out, o);
    }
  }
  return String::Empty(isolate);
}

std::unique_ptr<v8::BackingStore> EncodeUtf8(Isolate* isolate, Local<String> str,
                                             size_t* length) {
  size_t max = static_cast<size_t>(str->Length()) * (str->IsOneByte() ? 2 : 3);
  // Untouched pages of the over-sized block cost nothing; LargeFit gives
  // the rest back.
  size_t capacity = max;
  uint8_t* data = static_cast<uint8_t*>(LargeAlloc(capacity));
  size_t n = 0;
  if (data != nullptr) {
    n = Utf8Write(isolate, str, data, max);
    data = static_cast<uint8_t*>(LargeFit(data, &capacity, n));
  }
  if (data == nullptr) {
    *length = 0;
    return v8::ArrayBuffer::NewBackingStore(isolate, 0);
  }
  *length = n;
  return v8::ArrayBuffer::NewBackingStore(
      data, n, [](void* p, size_t, void* c) { LargeFree(p, reinterpret_cast<size_t>(c)); },
      reinterpret_cast<void*>(capacity));
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
