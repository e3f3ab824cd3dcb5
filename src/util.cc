// util.cc — internalBinding('util') and internalBinding('types'): the engine
// facts util.inspect and util.types need that JS cannot see by itself
// (promise state, proxy target, Map/Set iterator contents, V8's value kinds).
#include <unistd.h>
#include <sys/ioctl.h>
#include <uv.h>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Promise;
using v8::Proxy;
using v8::StackTrace;
using v8::StackFrame;
using v8::String;
using v8::Value;

namespace {

void GetPromiseDetails(const FunctionCallbackInfo<Value>& info) {
  if (!info[0]->IsPromise()) return;
  Isolate* isolate = info.GetIsolate();
  Local<Promise> promise = info[0].As<Promise>();
  Promise::PromiseState state = promise->State();
  Local<Value> values[2] = {Integer::New(isolate, state)};
  int n = 1;
  if (state != Promise::PromiseState::kPending) values[n++] = promise->Result();
  info.GetReturnValue().Set(Array::New(isolate, values, n));
}

void GetProxyDetails(const FunctionCallbackInfo<Value>& info) {
  if (!info[0]->IsProxy()) return;
  Isolate* isolate = info.GetIsolate();
  Local<Proxy> proxy = info[0].As<Proxy>();
  if (info.Length() == 1 || info[1]->IsTrue()) {
    Local<Value> values[] = {proxy->GetTarget(), proxy->GetHandler()};
    info.GetReturnValue().Set(Array::New(isolate, values, 2));
  } else {
    info.GetReturnValue().Set(proxy->GetTarget());
  }
}

void PreviewEntries(const FunctionCallbackInfo<Value>& info) {
  if (!info[0]->IsObject()) return;
  Isolate* isolate = info.GetIsolate();
  bool is_key_value;
  Local<Array> entries;
  if (!info[0].As<Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (info.Length() == 1) {
    info.GetReturnValue().Set(entries);
    return;
  }
  Local<Value> values[] = {entries, v8::Boolean::New(isolate, is_key_value)};
  info.GetReturnValue().Set(Array::New(isolate, values, 2));
}

void GetOwnNonIndexProperties(const FunctionCallbackInfo<Value>& info) {
  if (!info[0]->IsObject()) return;
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  auto filter = static_cast<v8::PropertyFilter>(info[1]->Uint32Value(context).FromMaybe(0));
  Local<Array> keys;
  if (info[0].As<Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices, v8::KeyConversionMode::kKeepNumbers)
          .ToLocal(&keys))
    info.GetReturnValue().Set(keys);
}

void GetConstructorName(const FunctionCallbackInfo<Value>& info) {
  if (!info[0]->IsObject()) return;
  info.GetReturnValue().Set(info[0].As<Object>()->GetConstructorName());
}

void IsConstructor(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(info[0]->IsFunction() && info[0].As<Function>()->IsConstructor());
}

// getCallSites(n) → [{ functionName, scriptName, lineNumber, column }]
void GetCallSites(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  int n = info[0]->IsNumber() ? info[0]->Int32Value(context).FromMaybe(10) : 10;
  // +1: skip the JS frame of util.getCallSites itself.
  Local<StackTrace> trace = StackTrace::CurrentStackTrace(isolate, n + 1);
  Local<Array> out = Array::New(isolate);
  uint32_t k = 0;
  for (int i = 1; i < trace->GetFrameCount(); i++) {
    Local<StackFrame> frame = trace->GetFrame(isolate, i);
    Local<Object> site = Object::New(isolate);
    Local<String> fname = frame->GetFunctionName();
    SetValue(context, site, "functionName", fname.IsEmpty() ? String::Empty(isolate) : fname);
    Local<String> sname = frame->GetScriptName();
    SetValue(context, site, "scriptName", sname.IsEmpty() ? String::Empty(isolate) : sname);
    SetValue(context, site, "lineNumber", Integer::New(isolate, frame->GetLineNumber()));
    SetValue(context, site, "column", Integer::New(isolate, frame->GetColumn()));
    out->Set(context, k++, site).Check();
  }
  info.GetReturnValue().Set(out);
}

// guessHandleType(fd) → 'TTY' | 'FILE' | 'PIPE' | 'TCP' | 'UDP' | 'UNKNOWN'
void GuessHandleType(const FunctionCallbackInfo<Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  const char* type = "UNKNOWN";
  if (fd >= 0) {
    switch (uv_guess_handle(fd)) {
      case UV_TTY: type = "TTY"; break;
      case UV_FILE: type = "FILE"; break;
      case UV_NAMED_PIPE: type = "PIPE"; break;
      case UV_TCP: type = "TCP"; break;
      case UV_UDP: type = "UDP"; break;
      default: type = "UNKNOWN"; break;
    }
  }
  info.GetReturnValue().Set(OneByteString(info.GetIsolate(), type));
}

// getWindowSize(fd) → [columns, rows] or undefined
void GetWindowSize(const FunctionCallbackInfo<Value>& info) {
  int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return;
  Isolate* isolate = info.GetIsolate();
  Local<Value> values[] = {Integer::New(isolate, ws.ws_col), Integer::New(isolate, ws.ws_row)};
  info.GetReturnValue().Set(Array::New(isolate, values, 2));
}

// The V8 value-kind predicates behind util.types.
#define EDDY_TYPE_CHECKS(V) \
  V(External)               \
  V(Date)                   \
  V(ArgumentsObject)        \
  V(BigIntObject)           \
  V(BooleanObject)          \
  V(NumberObject)           \
  V(StringObject)           \
  V(SymbolObject)           \
  V(NativeError)            \
  V(RegExp)                 \
  V(AsyncFunction)          \
  V(GeneratorFunction)      \
  V(GeneratorObject)        \
  V(Promise)                \
  V(Map)                    \
  V(Set)                    \
  V(MapIterator)            \
  V(SetIterator)            \
  V(WeakMap)                \
  V(WeakSet)                \
  V(ArrayBuffer)            \
  V(DataView)               \
  V(SharedArrayBuffer)      \
  V(Proxy)                  \
  V(ModuleNamespaceObject)  \
  V(ArrayBufferView)        \
  V(TypedArray)

#define V(type)                                                \
  void Is##type(const FunctionCallbackInfo<Value>& info) {    \
    info.GetReturnValue().Set(info[0]->Is##type());           \
  }
EDDY_TYPE_CHECKS(V)
#undef V

void IsAnyArrayBuffer(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(info[0]->IsArrayBuffer() || info[0]->IsSharedArrayBuffer());
}
void IsBoxedPrimitive(const FunctionCallbackInfo<Value>& info) {
  Local<Value> v = info[0];
  info.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() ||
                            v->IsBooleanObject() || v->IsBigIntObject() ||
                            v->IsSymbolObject());
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(util) {
  using namespace eddy;
  Local<Context> context = env->context();
  Isolate* isolate = env->isolate();
  SetMethod(context, target, "getPromiseDetails", GetPromiseDetails);
  SetMethod(context, target, "getProxyDetails", GetProxyDetails);
  SetMethod(context, target, "previewEntries", PreviewEntries);
  SetMethod(context, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  SetMethod(context, target, "getConstructorName", GetConstructorName);
  SetMethod(context, target, "isConstructor", IsConstructor);
  SetMethod(context, target, "getCallSites", GetCallSites);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  SetMethod(context, target, "getWindowSize", GetWindowSize);
  Local<Object> constants = Object::New(isolate);
  SetValue(context, constants, "kPending", Integer::New(isolate, Promise::PromiseState::kPending));
  SetValue(context, constants, "kFulfilled", Integer::New(isolate, Promise::PromiseState::kFulfilled));
  SetValue(context, constants, "kRejected", Integer::New(isolate, Promise::PromiseState::kRejected));
  SetValue(context, constants, "ALL_PROPERTIES", Integer::New(isolate, v8::ALL_PROPERTIES));
  SetValue(context, constants, "ONLY_ENUMERABLE", Integer::New(isolate, v8::ONLY_ENUMERABLE));
  SetValue(context, target, "constants", constants);
}

EDDY_BINDING(types) {
  using namespace eddy;
  Local<Context> context = env->context();
#define V(type) SetMethod(context, target, "is" #type, Is##type);
  EDDY_TYPE_CHECKS(V)
#undef V
  SetMethod(context, target, "isAnyArrayBuffer", IsAnyArrayBuffer);
  SetMethod(context, target, "isBoxedPrimitive", IsBoxedPrimitive);
}
