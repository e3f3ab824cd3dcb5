// buffer.cc — internalBinding('buffer'): the native half of Buffer and
// string_decoder. Everything that touches many bytes happens here in one
// call; lib/buffer.js validates arguments and clamps offsets first, so these
// functions trust them (see doc/internals.md for the interface).
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "large_alloc.h"
#include "string_bytes.h"

namespace eddy {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Uint8Array;
using v8::Value;

namespace {

using string_bytes::ViewData;

Encoding ToEncoding(Local<Context> context, Local<Value> v) {
  int e = v->Int32Value(context).FromMaybe(kUtf8);
  return (e >= kUtf8 && e <= kHex) ? static_cast<Encoding>(e) : kUtf8;
}

size_t ToSize(Local<Context> context, Local<Value> v) {
  double d = v->NumberValue(context).FromMaybe(0);
  return d > 0 ? static_cast<size_t>(d) : 0;
}

struct Bytes {
  uint8_t* data;
  size_t length;
  explicit Bytes(Local<Value> v) {
    Local<ArrayBufferView> view = v.As<ArrayBufferView>();
    data = ViewData(view);
    length = view->ByteLength();
  }
};

Local<Uint8Array> NewUint8Array(Isolate* isolate, std::unique_ptr<BackingStore> store,
                                size_t length) {
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, std::move(store));
  return Uint8Array::New(ab, 0, length);
}

// byteLength(string, enc): node's Buffer.byteLength. For base64 it is node's
// estimate from the length and trailing '=' (not a full decode), as node.
void ByteLength(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<String> str = info[0].As<String>();
  Encoding enc = ToEncoding(context, info[1]);
  if (enc == kBase64 || enc == kBase64Url) {
    int len = str->Length();
    uint16_t last[2] = {0, 0};
    if (len >= 2) str->Write(isolate, last, len - 2, 2, String::NO_NULL_TERMINATION);
    else if (len == 1) str->Write(isolate, last + 1, 0, 1, String::NO_NULL_TERMINATION);
    size_t bytes = static_cast<size_t>(len);
    if (bytes > 0 && last[1] == '=') bytes--;
    if (bytes > 1 && last[0] == '=') bytes--;
    info.GetReturnValue().Set(static_cast<double>((bytes * 3) >> 2));
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(string_bytes::Size(isolate, str, enc)));
}

// fromString(string, enc) → Uint8Array with exactly the encoded bytes.
void FromString(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<String> str = info[0].As<String>();
  Encoding enc = ToEncoding(context, info[1]);
  if (enc == kUtf8) {
    size_t n;
    std::unique_ptr<BackingStore> store = string_bytes::EncodeUtf8(isolate, str, &n);
    info.GetReturnValue().Set(NewUint8Array(isolate, std::move(store), n));
    return;
  }
  // base64/hex: decode once into a buffer of the largest possible size
  // instead of a counting pass and a decoding pass.
  size_t size = (enc == kBase64 || enc == kBase64Url || enc == kHex)
      ? string_bytes::MaxSize(str, enc) : string_bytes::Size(isolate, str, enc);
  std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(isolate, size);
  size_t written = size == 0 ? 0
      : string_bytes::Write(isolate, static_cast<uint8_t*>(store->Data()), size, str, enc);
  info.GetReturnValue().Set(NewUint8Array(isolate, std::move(store), written));
}

// write(target, string, offset, maxLength, enc) → bytes written
void Write(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Bytes target(info[0]);
  Local<String> str = info[1].As<String>();
  size_t offset = std::min(ToSize(context, info[2]), target.length);
  size_t max = std::min(ToSize(context, info[3]), target.length - offset);
  Encoding enc = ToEncoding(context, info[4]);
  size_t n = string_bytes::Write(isolate, target.data + offset, max, str, enc);
  info.GetReturnValue().Set(static_cast<double>(n));
}

// toString(source, start, end, enc) → string
void ToStringJS(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Bytes source(info[0]);
  size_t start = std::min(ToSize(context, info[1]), source.length);
  size_t end = std::min(ToSize(context, info[2]), source.length);
  if (end < start) end = start;
  Encoding enc = ToEncoding(context, info[3]);
  Local<String> str;
  if (string_bytes::Encode(isolate, source.data + start, end - start, enc).ToLocal(&str))
    info.GetReturnValue().Set(str);
}

// Fills [start, end) with the pattern by doubling copies.
void FillPattern(uint8_t* dst, size_t len, const uint8_t* pattern, size_t plen) {
  if (len == 0 || plen == 0) return;
  size_t first = std::min(plen, len);
  memcpy(dst, pattern, first);
  size_t filled = first;
  while (filled < len) {
    size_t n = std::min(filled, len - filled);
    memcpy(dst + filled, dst, n);
    filled += n;
  }
}

// fill(target, value, start, end, enc) → pattern length (0: empty pattern)
void Fill(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Bytes target(info[0]);
  size_t start = std::min(ToSize(context, info[2]), target.length);
  size_t end = std::min(ToSize(context, info[3]), target.length);
  if (end <= start) {
    info.GetReturnValue().Set(1);
    return;
  }
  std::vector<uint8_t> pattern;
  if (info[1]->IsArrayBufferView()) {
    Bytes value(info[1]);
    pattern.assign(value.data, value.data + value.length);
  } else {
    Local<String> str = info[1].As<String>();
    Encoding enc = ToEncoding(context, info[4]);
    pattern.resize(string_bytes::Size(isolate, str, enc));
    if (!pattern.empty())
      pattern.resize(string_bytes::Write(isolate, pattern.data(), pattern.size(), str, enc));
  }
  if (pattern.empty()) {
    info.GetReturnValue().Set(0);
    return;
  }
  FillPattern(target.data + start, end - start, pattern.data(), pattern.size());
  info.GetReturnValue().Set(static_cast<double>(pattern.size()));
}

// fillNumber(target, byte, start, end)
void FillNumber(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes target(info[0]);
  uint8_t byte = static_cast<uint8_t>(info[1]->Uint32Value(context).FromMaybe(0) & 255);
  size_t start = std::min(ToSize(context, info[2]), target.length);
  size_t end = std::min(ToSize(context, info[3]), target.length);
  if (end > start) memset(target.data + start, byte, end - start);
}

// node's rules for where indexOf/lastIndexOf start (see lib/buffer.js).
int64_t StartOffset(int64_t length, int64_t offset, int64_t needle_length, bool forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;  // counts from the end
    if (forward || needle_length == 0) return 0;       // before the start: all
    return -1;                                         // lastIndexOf: nothing
  }
  if (offset + needle_length <= length) return offset;
  if (needle_length == 0) return length;
  if (forward) return -1;
  return length - 1;
}

// Finds needle in haystack from `start`, forwards or backwards; `step` 2
// keeps matches on even positions (ucs2).
int64_t Search(const uint8_t* hay, size_t hay_len, const uint8_t* needle, size_t needle_len,
               int64_t start, bool forward, size_t step) {
  if (needle_len == 0) return start;
  if (hay_len < needle_len || start < 0) return -1;
  size_t last = hay_len - needle_len;
  if (forward) {
    size_t pos = static_cast<size_t>(start);
    while (pos <= last) {
      const void* found = memmem(hay + pos, hay_len - pos, needle, needle_len);
      if (found == nullptr) return -1;
      size_t at = static_cast<const uint8_t*>(found) - hay;
      if (at % step == 0) return static_cast<int64_t>(at);
      pos = at + 1;
    }
    return -1;
  }
  size_t pos = std::min(static_cast<size_t>(start), last);
  for (;;) {
    if (pos % step == 0 && hay[pos] == needle[0] &&
        memcmp(hay + pos, needle, needle_len) == 0)
      return static_cast<int64_t>(pos);
    if (pos == 0) return -1;
    pos--;
  }
}

void IndexOfString(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Bytes hay(info[0]);
  Local<String> str = info[1].As<String>();
  int64_t offset = info[2]->IntegerValue(context).FromMaybe(0);
  Encoding enc = ToEncoding(context, info[3]);
  bool forward = info[4]->IsTrue();
  std::vector<uint8_t> needle(string_bytes::Size(isolate, str, enc));
  if (!needle.empty())
    needle.resize(string_bytes::Write(isolate, needle.data(), needle.size(), str, enc));
  int64_t start = StartOffset(static_cast<int64_t>(hay.length), offset,
                              static_cast<int64_t>(needle.size()), forward);
  if (needle.empty()) {
    info.GetReturnValue().Set(static_cast<double>(start));
    return;
  }
  if (hay.length == 0 || start < 0 || (enc == kUcs2 && (hay.length < 2 || needle.size() < 2))) {
    info.GetReturnValue().Set(-1);
    return;
  }
  info.GetReturnValue().Set(static_cast<double>(
      Search(hay.data, hay.length, needle.data(), needle.size(), start, forward,
             enc == kUcs2 ? 2 : 1)));
}

void IndexOfBuffer(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes hay(info[0]);
  Bytes needle(info[1]);
  int64_t offset = info[2]->IntegerValue(context).FromMaybe(0);
  Encoding enc = ToEncoding(context, info[3]);
  bool forward = info[4]->IsTrue();
  int64_t start = StartOffset(static_cast<int64_t>(hay.length), offset,
                              static_cast<int64_t>(needle.length), forward);
  if (needle.length == 0) {
    info.GetReturnValue().Set(static_cast<double>(start));
    return;
  }
  if (hay.length == 0 || start < 0 || (enc == kUcs2 && (hay.length < 2 || needle.length < 2))) {
    info.GetReturnValue().Set(-1);
    return;
  }
  // Copy the needle: it may alias the haystack and JS can't run meanwhile,
  // but memmem wants distinct inputs only for clarity.
  info.GetReturnValue().Set(static_cast<double>(
      Search(hay.data, hay.length, needle.data, needle.length, start, forward,
             enc == kUcs2 ? 2 : 1)));
}

void IndexOfNumber(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes hay(info[0]);
  uint8_t byte = static_cast<uint8_t>(info[1]->Uint32Value(context).FromMaybe(0) & 255);
  int64_t offset = info[2]->IntegerValue(context).FromMaybe(0);
  bool forward = info[3]->IsTrue();
  int64_t start = StartOffset(static_cast<int64_t>(hay.length), offset, 1, forward);
  if (start < 0 || hay.length == 0) {
    info.GetReturnValue().Set(-1);
    return;
  }
  if (forward) {
    const void* p = memchr(hay.data + start, byte, hay.length - static_cast<size_t>(start));
    info.GetReturnValue().Set(
        p == nullptr ? -1.0 : static_cast<double>(static_cast<const uint8_t*>(p) - hay.data));
  } else {
    const void* p = memrchr(hay.data, byte, static_cast<size_t>(start) + 1);
    info.GetReturnValue().Set(
        p == nullptr ? -1.0 : static_cast<double>(static_cast<const uint8_t*>(p) - hay.data));
  }
}

int CompareBytes(const uint8_t* a, size_t alen, const uint8_t* b, size_t blen) {
  size_t n = std::min(alen, blen);
  int r = n > 0 ? memcmp(a, b, n) : 0;
  if (r == 0) return alen < blen ? -1 : alen > blen ? 1 : 0;
  return r < 0 ? -1 : 1;
}

void Compare(const FunctionCallbackInfo<Value>& info) {
  Bytes a(info[0]);
  Bytes b(info[1]);
  info.GetReturnValue().Set(CompareBytes(a.data, a.length, b.data, b.length));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
void CompareOffset(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes source(info[0]);
  Bytes target(info[1]);
  size_t target_start = std::min(ToSize(context, info[2]), target.length);
  size_t source_start = std::min(ToSize(context, info[3]), source.length);
  size_t target_end = std::min(std::max(ToSize(context, info[4]), target_start), target.length);
  size_t source_end = std::min(std::max(ToSize(context, info[5]), source_start), source.length);
  info.GetReturnValue().Set(CompareBytes(source.data + source_start, source_end - source_start,
                                         target.data + target_start, target_end - target_start));
}

template <size_t N>
void Swap(const FunctionCallbackInfo<Value>& info) {
  Bytes b(info[0]);
  for (size_t i = 0; i + N <= b.length; i += N) std::reverse(b.data + i, b.data + i + N);
}

void IsUtf8(const FunctionCallbackInfo<Value>& info) {
  Bytes b(info[0]);
  info.GetReturnValue().Set(string_bytes::IsValidUtf8(b.data, b.length));
}

void IsAscii(const FunctionCallbackInfo<Value>& info) {
  Bytes b(info[0]);
  bool ascii = true;
  for (size_t i = 0; i < b.length; i++) {
    if (b.data[i] & 0x80) {
      ascii = false;
      break;
    }
  }
  info.GetReturnValue().Set(ascii);
}

// copy(source, target, targetStart, sourceStart, count) → bytes copied
// (memmove: source and target may overlap, as with buf.copy(buf, ...)).
void Copy(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  Bytes source(info[0]);
  Bytes target(info[1]);
  size_t target_start = std::min(ToSize(context, info[2]), target.length);
  size_t source_start = std::min(ToSize(context, info[3]), source.length);
  size_t n = std::min({ToSize(context, info[4]), target.length - target_start,
                       source.length - source_start});
  if (n > 0) memmove(target.data + target_start, source.data + source_start, n);
  info.GetReturnValue().Set(static_cast<double>(n));
}

// allocUninitialized(size) → ArrayBuffer whose bytes are not zeroed
// (Buffer.allocUnsafe: the caller promises to overwrite them).
void AllocUninitialized(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  size_t size = ToSize(isolate->GetCurrentContext(), info[0]);
  if (size < kLargeBlockMin) {
    // V8's own allocation, so that it counts towards the next scavenge
    // (large_alloc.h: UninitializedScope).
    std::unique_ptr<BackingStore> store;
    {
      UninitializedScope uninitialized;
      store = ArrayBuffer::NewBackingStore(isolate, size);
    }
    info.GetReturnValue().Set(ArrayBuffer::New(isolate, std::move(store)));
    return;
  }
  void* data = LargeAlloc(size);
  if (data == nullptr) {
    isolate->ThrowException(v8::Exception::RangeError(
        OneByteString(isolate, "Array buffer allocation failed")));
    return;
  }
  std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
      data, size, [](void* p, size_t length, void*) { LargeFree(p, length); }, nullptr);
  info.GetReturnValue().Set(ArrayBuffer::New(isolate, std::move(store)));
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(buffer) {
  using namespace eddy;
  Local<Context> context = env->context();
  Isolate* isolate = env->isolate();
  SetMethod(context, target, "byteLength", ByteLength);
  SetMethod(context, target, "fromString", FromString);
  SetMethod(context, target, "write", Write);
  SetMethod(context, target, "toString", ToStringJS);
  SetMethod(context, target, "fill", Fill);
  SetMethod(context, target, "fillNumber", FillNumber);
  SetMethod(context, target, "indexOfString", IndexOfString);
  SetMethod(context, target, "indexOfBuffer", IndexOfBuffer);
  SetMethod(context, target, "indexOfNumber", IndexOfNumber);
  SetMethod(context, target, "compare", Compare);
  SetMethod(context, target, "compareOffset", CompareOffset);
  SetMethod(context, target, "copy", Copy);
  SetMethod(context, target, "swap16", Swap<2>);
  SetMethod(context, target, "swap32", Swap<4>);
  SetMethod(context, target, "swap64", Swap<8>);
  SetMethod(context, target, "isUtf8", IsUtf8);
  SetMethod(context, target, "isAscii", IsAscii);
  SetMethod(context, target, "allocUninitialized", AllocUninitialized);
  Local<Object> encodings = Object::New(isolate);
  SetValue(context, encodings, "utf8", Integer::New(isolate, kUtf8));
  SetValue(context, encodings, "ucs2", Integer::New(isolate, kUcs2));
  SetValue(context, encodings, "latin1", Integer::New(isolate, kLatin1));
  SetValue(context, encodings, "ascii", Integer::New(isolate, kAscii));
  SetValue(context, encodings, "base64", Integer::New(isolate, kBase64));
  SetValue(context, encodings, "base64url", Integer::New(isolate, kBase64Url));
  SetValue(context, encodings, "hex", Integer::New(isolate, kHex));
  SetValue(context, target, "encodings", encodings);
  SetValue(context, target, "kMaxLength",
           Number::New(isolate, static_cast<double>(v8::TypedArray::kMaxLength)));
  SetValue(context, target, "kStringMaxLength", Integer::New(isolate, String::kMaxLength));
}
