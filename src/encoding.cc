// encoding.cc — internalBinding('encoding'): UTF-8 encode/decode for
// TextEncoder/TextDecoder in one native pass (no per-byte JS).
#include <cstring>

#include "binding_list.h"
#include "env.h"
#include "string_bytes.h"

namespace eddy {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::String;
using v8::Uint8Array;
using v8::Value;

namespace {

using string_bytes::IsValidUtf8;

const uint8_t* ViewData(Local<ArrayBufferView> view) { return string_bytes::ViewData(view); }

// encodeUtf8(string) → Uint8Array
void EncodeUtf8(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  size_t len;
  std::unique_ptr<BackingStore> store =
      string_bytes::EncodeUtf8(isolate, info[0].As<String>(), &len);
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, std::move(store));
  info.GetReturnValue().Set(Uint8Array::New(ab, 0, len));
}

// encodeInto(string, uint8array) → [read (UTF-16 units), written (bytes)]
void EncodeInto(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<String> str = info[0].As<String>();
  Local<Uint8Array> dest = info[1].As<Uint8Array>();
  char* out = const_cast<char*>(reinterpret_cast<const char*>(ViewData(dest)));
  int read = 0;
  int written = str->WriteUtf8(isolate, out, static_cast<int>(dest->ByteLength()), &read,
                               String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  Local<Value> v[] = {v8::Integer::New(isolate, read), v8::Integer::New(isolate, written)};
  info.GetReturnValue().Set(v8::Array::New(isolate, v, 2));
}

// decodeUtf8(view, ignoreBOM, fatal) → string, or undefined when fatal and invalid
void DecodeUtf8(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  const uint8_t* p;
  size_t n;
  if (info[0]->IsArrayBufferView()) {
    Local<ArrayBufferView> view = info[0].As<ArrayBufferView>();
    p = ViewData(view);
    n = view->ByteLength();
  } else if (info[0]->IsArrayBuffer()) {
    auto ab = info[0].As<ArrayBuffer>();
    p = static_cast<const uint8_t*>(ab->GetBackingStore()->Data());
    n = ab->ByteLength();
  } else {
    return;
  }
  bool ignore_bom = info[1]->IsTrue();
  bool fatal = info[2]->IsTrue();
  if (fatal && !IsValidUtf8(p, n)) return;
  if (!ignore_bom && n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
    p += 3;
    n -= 3;
  }
  Local<String> str;
  if (string_bytes::Encode(isolate, p, n, kUtf8).ToLocal(&str)) info.GetReturnValue().Set(str);
}

// incompleteTail(view) → bytes at the end that start an unfinished UTF-8
// sequence (kept back by a streaming TextDecoder).
void IncompleteTail(const FunctionCallbackInfo<Value>& info) {
  Local<ArrayBufferView> view = info[0].As<ArrayBufferView>();
  const uint8_t* p = ViewData(view);
  size_t n = view->ByteLength();
  int tail = 0;
  for (size_t k = 1; k <= 3 && k <= n; k++) {
    uint8_t c = p[n - k];
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: look further back
    size_t need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (need > k) tail = static_cast<int>(k);
    break;
  }
  info.GetReturnValue().Set(tail);
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(encoding) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "encodeUtf8", EncodeUtf8);
  SetMethod(context, target, "encodeInto", EncodeInto);
  SetMethod(context, target, "decodeUtf8", DecodeUtf8);
  SetMethod(context, target, "incompleteTail", IncompleteTail);
}
