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

}  // namespace
}  // namespace eddy

EDDY_BINDING(serdes) {
  using namespace eddy;
  SetMethod(env->context(), target, "structuredClone", Clone);
}
