// serdes.cc — internalBinding('serdes'): structuredClone on V8's
// ValueSerializer/ValueDeserializer (the HTML structured-clone algorithm),
// and the Serializer and Deserializer classes behind require('v8') (lib/v8.js
// adds DefaultSerializer/DefaultDeserializer, serialize and deserialize).
//
// A Serializer asks JS for what V8 leaves to the embedder: host objects
// (this._writeHostObject(object)), SharedArrayBuffer ids
// (this._getSharedArrayBufferId(sab)) and the error for an uncloneable
// value (this._getDataCloneError(message), which is thrown); a Deserializer
// calls this._readHostObject().
#include <cstdlib>
#include <cstring>

#include <memory>
#include <string>
#include <unordered_set>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BigInt;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Just;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Nothing;
using v8::Object;
using v8::SharedArrayBuffer;
using v8::String;
using v8::Uint8Array;
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


// The object's own method `name` (looked up through its prototype chain),
// called with argv; empty with an exception pending if it throws or is not
// a function.
MaybeLocal<Value> CallMethod(Isolate* isolate, Local<Object> self, const char* name, int argc,
                             Local<Value>* argv) {
  Local<Context> context = isolate->GetCurrentContext();
  Local<Value> fn;
  if (!self->Get(context, OneByteString(isolate, name)).ToLocal(&fn)) return {};
  if (!fn->IsFunction()) {
    isolate->ThrowException(v8::Exception::TypeError(
        Utf8String(isolate, std::string("this.") + name + " is not a function")));
    return {};
  }
  return fn.As<Function>()->Call(context, self, argc, argv);
}

// A TypeError with code ERR_INVALID_ARG_TYPE and this message, as node's
// bindings throw it.
void ThrowInvalidArgType(Isolate* isolate, const char* message) {
  Local<Value> err = v8::Exception::TypeError(OneByteString(isolate, message));
  err.As<Object>()->Set(isolate->GetCurrentContext(), OneByteString(isolate, "code"),
                        OneByteString(isolate, "ERR_INVALID_ARG_TYPE")).Check();
  isolate->ThrowException(err);
}

// Whether the object has a method `name` (own or inherited).
bool HasMethod(Isolate* isolate, Local<Object> self, const char* name) {
  Local<Value> fn;
  return self->Get(isolate->GetCurrentContext(), OneByteString(isolate, name)).ToLocal(&fn) &&
         fn->IsFunction();
}

void ThrowIllegalState(Isolate* isolate, const char* what) {
  isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, what)));
}

// A Serializer's or Deserializer's C++ half: freed when its JS object is
// collected, or at Env teardown (the binding's set; see NewTeardownSet).
class SerdesObject {
 public:
  using Set = std::unordered_set<SerdesObject*>;
  SerdesObject(Set* set, Isolate* isolate, Local<Object> self) : set_(set) {
    self->SetAlignedPointerInInternalField(0, this);
    self_.Reset(isolate, self);
    self_.SetWeak(this, [](const v8::WeakCallbackInfo<SerdesObject>& data) {
      delete data.GetParameter();
    }, v8::WeakCallbackType::kParameter);
    set_->insert(this);
  }
  virtual ~SerdesObject() {
    set_->erase(this);
    self_.Reset();
  }
  SerdesObject(const SerdesObject&) = delete;
  SerdesObject& operator=(const SerdesObject&) = delete;
  void Orphan() { delete this; }

 protected:
  Local<Object> self(Isolate* isolate) { return self_.Get(isolate); }

 private:
  Set* set_;
  v8::Global<Object> self_;
};

SerdesObject::Set* SetOf(const FunctionCallbackInfo<Value>& info) {
  return static_cast<SerdesObject::Set*>(info.Data().As<v8::External>()->Value());
}

class SerializerWrap : public SerdesObject, public ValueSerializer::Delegate {
 public:
  SerializerWrap(Set* set, Isolate* isolate, Local<Object> self)
      : SerdesObject(set, isolate, self), isolate_(isolate), serializer_(isolate, this) {}

  static SerializerWrap* From(const FunctionCallbackInfo<Value>& info) {
    return static_cast<SerializerWrap*>(
        static_cast<SerdesObject*>(info.This()->GetAlignedPointerFromInternalField(0)));
  }

  void ThrowDataCloneError(Local<String> message) override {
    Local<Value> argv[] = {message};
    Local<Value> err;
    if (CallMethod(isolate_, self(isolate_), "_getDataCloneError", 1, argv).ToLocal(&err))
      isolate_->ThrowException(err);
  }

  Maybe<bool> WriteHostObject(Isolate* isolate, Local<Object> object) override {
    // Without a _writeHostObject, V8's own answer: "#<Foo> could not be cloned."
    if (!HasMethod(isolate, self(isolate), "_writeHostObject")) return CannotClone(object);
    Local<Value> argv[] = {object};
    Local<Value> ret;
    if (!CallMethod(isolate, self(isolate), "_writeHostObject", 1, argv).ToLocal(&ret))
      return Nothing<bool>();
    return Just(true);
  }

  Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate, Local<SharedArrayBuffer> sab) override {
    if (!HasMethod(isolate, self(isolate), "_getSharedArrayBufferId")) {
      CannotClone(sab);
      return Nothing<uint32_t>();
    }
    Local<Value> argv[] = {sab};
    Local<Value> id;
    if (!CallMethod(isolate, self(isolate), "_getSharedArrayBufferId", 1, argv).ToLocal(&id))
      return Nothing<uint32_t>();
    return id->Uint32Value(isolate->GetCurrentContext());
  }

  ValueSerializer& serializer() { return serializer_; }

 private:
  Maybe<bool> CannotClone(Local<Object> object) {
    String::Utf8Value name(isolate_, object->GetConstructorName());
    ThrowDataCloneError(Utf8String(isolate_, std::string("#<") + *name + "> could not be cloned."));
    return Nothing<bool>();
  }

  Isolate* isolate_;
  ValueSerializer serializer_;
};

class DeserializerWrap : public SerdesObject, public ValueDeserializer::Delegate {
 public:
  // `data` is the bytes of the view given to the constructor, which stays
  // alive as this.buffer while they are read.
  DeserializerWrap(Set* set, Isolate* isolate, Local<Object> self, const uint8_t* data,
                   size_t length)
      : SerdesObject(set, isolate, self), deserializer_(isolate, data, length, this), data_(data) {}

  static DeserializerWrap* From(const FunctionCallbackInfo<Value>& info) {
    return static_cast<DeserializerWrap*>(
        static_cast<SerdesObject*>(info.This()->GetAlignedPointerFromInternalField(0)));
  }

  MaybeLocal<Object> ReadHostObject(Isolate* isolate) override {
    // V8 10.2 reads values with JS execution disallowed; this callback is
    // where the API means JS to run (node's _readHostObject).
    v8::Isolate::AllowJavascriptExecutionScope allow_js(isolate);
    Local<Value> ret;
    if (!CallMethod(isolate, self(isolate), "_readHostObject", 0, nullptr).ToLocal(&ret))
      return {};
    if (!ret->IsObject()) {
      isolate->ThrowException(v8::Exception::TypeError(
          OneByteString(isolate, "readHostObject must return an object")));
      return {};
    }
    return ret.As<Object>();
  }

  ValueDeserializer& deserializer() { return deserializer_; }
  const uint8_t* data() const { return data_; }

 private:
  ValueDeserializer deserializer_;
  const uint8_t* data_;
};

const uint8_t* ViewBytes(Local<Value> v, size_t* length) {
  Local<ArrayBufferView> view = v.As<ArrayBufferView>();
  *length = view->ByteLength();
  return static_cast<const uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
}

void NewSerializer(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    isolate->ThrowException(v8::Exception::TypeError(
        OneByteString(isolate, "Class constructor Serializer cannot be invoked without 'new'")));
    return;
  }
  new SerializerWrap(SetOf(info), isolate, info.This());
}

void SerWriteHeader(const FunctionCallbackInfo<Value>& info) {
  SerializerWrap::From(info)->serializer().WriteHeader();
}

void SerWriteValue(const FunctionCallbackInfo<Value>& info) {
  Maybe<bool> ok = SerializerWrap::From(info)->serializer().WriteValue(
      info.GetIsolate()->GetCurrentContext(), info[0]);
  if (ok.IsJust()) info.GetReturnValue().Set(ok.FromJust());
}

// releaseBuffer() → the bytes written, as a Uint8Array that owns them (lib/
// makes it a Buffer).
void SerReleaseBuffer(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  std::pair<uint8_t*, size_t> data = SerializerWrap::From(info)->serializer().Release();
  std::unique_ptr<v8::BackingStore> store = ArrayBuffer::NewBackingStore(
      data.first, data.second, [](void* p, size_t, void*) { free(p); }, nullptr);
  info.GetReturnValue().Set(
      Uint8Array::New(ArrayBuffer::New(isolate, std::move(store)), 0, data.second));
}

void SerTransferArrayBuffer(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  uint32_t id = info[0]->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
  if (!info[1]->IsArrayBuffer()) return ThrowInvalidArgType(isolate, "arrayBuffer must be an ArrayBuffer");
  SerializerWrap::From(info)->serializer().TransferArrayBuffer(id, info[1].As<ArrayBuffer>());
}

void SerWriteUint32(const FunctionCallbackInfo<Value>& info) {
  uint32_t v = info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  SerializerWrap::From(info)->serializer().WriteUint32(v);
}

void SerWriteUint64(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  uint64_t hi = info[0]->Uint32Value(context).FromMaybe(0);
  uint64_t lo = info[1]->Uint32Value(context).FromMaybe(0);
  SerializerWrap::From(info)->serializer().WriteUint64(hi << 32 | lo);
}

void SerWriteDouble(const FunctionCallbackInfo<Value>& info) {
  double v = info[0]->NumberValue(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  SerializerWrap::From(info)->serializer().WriteDouble(v);
}

void SerWriteRawBytes(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsArrayBufferView())
    return ThrowInvalidArgType(isolate, "source must be a TypedArray or a DataView");
  size_t length;
  const uint8_t* data = ViewBytes(info[0], &length);
  SerializerWrap::From(info)->serializer().WriteRawBytes(data, length);
}

void SerTreatViewsAsHostObjects(const FunctionCallbackInfo<Value>& info) {
  SerializerWrap::From(info)->serializer().SetTreatArrayBufferViewsAsHostObjects(
      info[0]->BooleanValue(info.GetIsolate()));
}

void NewDeserializer(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (!info.IsConstructCall()) {
    isolate->ThrowException(v8::Exception::TypeError(
        OneByteString(isolate, "Class constructor Deserializer cannot be invoked without 'new'")));
    return;
  }
  if (!info[0]->IsArrayBufferView())
    return ThrowInvalidArgType(isolate, "buffer must be a TypedArray or a DataView");
  size_t length;
  const uint8_t* data = ViewBytes(info[0], &length);
  // this.buffer keeps the bytes alive while they are read.
  if (info.This()->Set(isolate->GetCurrentContext(), OneByteString(isolate, "buffer"), info[0])
          .IsNothing())
    return;
  new DeserializerWrap(SetOf(info), isolate, info.This(), data, length);
}

void DesReadHeader(const FunctionCallbackInfo<Value>& info) {
  Maybe<bool> ok =
      DeserializerWrap::From(info)->deserializer().ReadHeader(info.GetIsolate()->GetCurrentContext());
  if (ok.IsJust()) info.GetReturnValue().Set(ok.FromJust());
}

void DesReadValue(const FunctionCallbackInfo<Value>& info) {
  Local<Value> v;
  if (DeserializerWrap::From(info)->deserializer()
          .ReadValue(info.GetIsolate()->GetCurrentContext()).ToLocal(&v))
    info.GetReturnValue().Set(v);
}

void DesTransferArrayBuffer(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  uint32_t id = info[0]->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
  ValueDeserializer& d = DeserializerWrap::From(info)->deserializer();
  if (info[1]->IsArrayBuffer()) {
    d.TransferArrayBuffer(id, info[1].As<ArrayBuffer>());
  } else if (info[1]->IsSharedArrayBuffer()) {
    d.TransferSharedArrayBuffer(id, info[1].As<SharedArrayBuffer>());
  } else {
    ThrowInvalidArgType(isolate, "arrayBuffer must be an ArrayBuffer or SharedArrayBuffer");
  }
}

void DesGetWireFormatVersion(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(DeserializerWrap::From(info)->deserializer().GetWireFormatVersion());
}

void DesReadUint32(const FunctionCallbackInfo<Value>& info) {
  uint32_t v;
  if (!DeserializerWrap::From(info)->deserializer().ReadUint32(&v))
    return ThrowIllegalState(info.GetIsolate(), "ReadUint32() failed");
  info.GetReturnValue().Set(v);
}

// readUint64() → [hi, lo]
void DesReadUint64(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  uint64_t v;
  if (!DeserializerWrap::From(info)->deserializer().ReadUint64(&v))
    return ThrowIllegalState(isolate, "ReadUint64() failed");
  Local<Value> parts[] = {v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(v >> 32)),
                          v8::Integer::NewFromUnsigned(isolate, static_cast<uint32_t>(v))};
  info.GetReturnValue().Set(v8::Array::New(isolate, parts, 2));
}

void DesReadDouble(const FunctionCallbackInfo<Value>& info) {
  double v;
  if (!DeserializerWrap::From(info)->deserializer().ReadDouble(&v))
    return ThrowIllegalState(info.GetIsolate(), "ReadDouble() failed");
  info.GetReturnValue().Set(v);
}

// _readRawBytes(length) → the offset of those bytes in the buffer given to
// the constructor.
void DesReadRawBytes(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  DeserializerWrap* d = DeserializerWrap::From(info);
  int64_t length = info[0]->IntegerValue(isolate->GetCurrentContext()).FromMaybe(-1);
  const void* data;
  if (length < 0 || !d->deserializer().ReadRawBytes(static_cast<size_t>(length), &data))
    return ThrowIllegalState(isolate, "ReadRawBytes() failed");
  info.GetReturnValue().Set(
      static_cast<double>(static_cast<const uint8_t*>(data) - d->data()));
}

Local<Function> MakeSerdesClass(Isolate* isolate, Local<v8::External> set, const char* name,
                                v8::FunctionCallback ctor, int length,
                                std::initializer_list<std::pair<const char*, v8::FunctionCallback>> methods) {
  Local<FunctionTemplate> t = FunctionTemplate::New(isolate, ctor, set, Local<v8::Signature>(), length);
  t->SetClassName(OneByteString(isolate, name));
  t->InstanceTemplate()->SetInternalFieldCount(1);
  Local<v8::Signature> signature = v8::Signature::New(isolate, t);
  for (const auto& m : methods) {
    t->PrototypeTemplate()->Set(isolate, m.first,
                                FunctionTemplate::New(isolate, m.second, Local<Value>(), signature));
  }
  return t->GetFunction(isolate->GetCurrentContext()).ToLocalChecked();
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(serdes) {
  using namespace eddy;
  SetMethod(env->context(), target, "structuredClone", Clone);
  SetMethod(env->context(), target, "transferArrayBuffer", TransferArrayBuffer);
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<v8::External> set = v8::External::New(isolate, NewTeardownSet<SerdesObject>(env));
  target->Set(context, OneByteString(isolate, "Serializer"),
              MakeSerdesClass(isolate, set, "Serializer", NewSerializer, 0, {
                  {"writeHeader", SerWriteHeader},
                  {"writeValue", SerWriteValue},
                  {"releaseBuffer", SerReleaseBuffer},
                  {"transferArrayBuffer", SerTransferArrayBuffer},
                  {"writeUint32", SerWriteUint32},
                  {"writeUint64", SerWriteUint64},
                  {"writeDouble", SerWriteDouble},
                  {"writeRawBytes", SerWriteRawBytes},
                  {"_setTreatArrayBufferViewsAsHostObjects", SerTreatViewsAsHostObjects},
              })).Check();
  target->Set(context, OneByteString(isolate, "Deserializer"),
              MakeSerdesClass(isolate, set, "Deserializer", NewDeserializer, 1, {
                  {"readHeader", DesReadHeader},
                  {"readValue", DesReadValue},
                  {"transferArrayBuffer", DesTransferArrayBuffer},
                  {"getWireFormatVersion", DesGetWireFormatVersion},
                  {"readUint32", DesReadUint32},
                  {"readUint64", DesReadUint64},
                  {"readDouble", DesReadDouble},
                  {"_readRawBytes", DesReadRawBytes},
              })).Check();
}
