// serdes.cc — internalBinding('serdes'): structuredClone on V8's
// ValueSerializer/ValueDeserializer (the HTML structured-clone algorithm).
#include <cstdlib>
#include <cstring>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::ArrayBuffer;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Maybe;
using v8::Object;
using v8::String;
using v8::Value;
using v8::ValueDeserializer;
using v8::ValueSerializer;

namespace {

class CloneDelegate : public ValueSerializer::Delegate {
 public:
  explicit CloneDelegate(Isolate* isolate) : isolate_(isolate) {}
  // Thrown as an Error named DataCloneError; lib/ turns it into node's
  // DOMException [DataCloneError].
  void ThrowDataCloneError(Local<String> message) override {
    Local<Value> err = v8::Exception::Error(message);
    err.As<Object>()->Set(isolate_->GetCurrentContext(), OneByteString(isolate_, "name"),
                          OneByteString(isolate_, "DataCloneError")).Check();
    isolate_->ThrowException(err);
  }

 private:
  Isolate* isolate_;
};

// structuredClone(value) in one native call: serialize, then deserialize.
void Clone(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  CloneDelegate delegate(isolate);
  ValueSerializer serializer(isolate, &delegate);
  serializer.WriteHeader();
  if (serializer.WriteValue(context, info[0]).IsNothing()) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  Local<Value> result;
  {
    ValueDeserializer deserializer(isolate, data.first, data.second);
    if (deserializer.ReadHeader(context).FromMaybe(false) &&
        deserializer.ReadValue(context).ToLocal(&result))
      info.GetReturnValue().Set(result);
  }
  free(data.first);
}

// transferArrayBuffer(ab) -> a new ArrayBuffer owning ab's memory; ab is
// detached (byteLength 0). The web streams' TransferArrayBuffer (BYOB reads
// hand the caller's buffer back as a new object). lib/ checks the argument is
// a non-shared ArrayBuffer; a non-detachable one (wasm memory) throws here.
void TransferArrayBuffer(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsArrayBuffer()) return;
  Local<ArrayBuffer> source = info[0].As<ArrayBuffer>();
  if (!source->IsDetachable()) {
    isolate->ThrowException(v8::Exception::TypeError(
        String::NewFromUtf8Literal(isolate, "ArrayBuffer is not detachable")));
    return;
  }
  std::shared_ptr<v8::BackingStore> store = source->GetBackingStore();
  source->Detach();
  info.GetReturnValue().Set(ArrayBuffer::New(isolate, std::move(store)));
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(serdes) {
  using namespace eddy;
  SetMethod(env->context(), target, "structuredClone", Clone);
  SetMethod(env->context(), target, "transferArrayBuffer", TransferArrayBuffer);
}
