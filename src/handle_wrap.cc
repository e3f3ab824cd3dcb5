// handle_wrap.cc — see the rules in handle_wrap.h.
#include "handle_wrap.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include "env.h"

namespace eddy {

using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Local;
using v8::Object;
using v8::Value;

HandleWrap::HandleWrap(Env* env, Local<Object> object, uv_handle_t* handle)
    : env_(env), object_(env->isolate(), object), handle_(handle) {
  object->SetAlignedPointerInInternalField(0, this);
  handle_->data = this;
  env_->AddHandle(this);
  // Its callbacks run in the async context frame it was made in (node: the
  // resource's context is its creation's).
  env_->CaptureAsyncFrame(object);
}

HandleWrap::~HandleWrap() { env_->RemoveHandle(this); }

Local<Object> HandleWrap::object() const { return object_.Get(env_->isolate()); }

void HandleWrap::Close() {
  if (closing_) return;
  closing_ = true;
  uv_close(handle_, OnCloseCallback);
}

int HandleWrap::CloseReset() {
  if (closing_ || handle_->type != UV_TCP) return UV_EINVAL;
  int err = uv_tcp_close_reset(reinterpret_cast<uv_tcp_t*>(handle_), OnCloseCallback);
  if (err == 0) closing_ = true;
  return err;
}

void HandleWrap::OnCloseCallback(uv_handle_t* handle) {
  HandleWrap* wrap = static_cast<HandleWrap*>(handle->data);
  Env* env = wrap->env_;
  HandleScope scope(env->isolate());
  Local<Object> obj = wrap->object();
  wrap->OnClose();
  obj->SetAlignedPointerInInternalField(0, nullptr);
  // Call the JS onclose callback if the JS side set one.
  if (!env->exiting()) {
    env->CallMethod(obj, "onclose", 0, nullptr);
  }
  delete wrap;
}

HandleWrap* HandleWrap::Unwrap(Local<Object> object) {
  if (object->InternalFieldCount() < 1) return nullptr;
  return static_cast<HandleWrap*>(object->GetAlignedPointerFromInternalField(0));
}

void HandleWrap::JSClose(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = Unwrap(info.This());
  if (wrap == nullptr) return;
  if (info[0]->IsFunction())
    info.This()->Set(wrap->env_->context(), OneByteString(info.GetIsolate(), "onclose"), info[0])
        .Check();
  wrap->Close();
}
void HandleWrap::JSRef(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = Unwrap(info.This());
  if (wrap != nullptr && !wrap->closing_) uv_ref(wrap->handle_);
}
void HandleWrap::JSUnref(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = Unwrap(info.This());
  if (wrap != nullptr && !wrap->closing_) uv_unref(wrap->handle_);
}
void HandleWrap::JSHasRef(const FunctionCallbackInfo<Value>& info) {
  HandleWrap* wrap = Unwrap(info.This());
  info.GetReturnValue().Set(wrap != nullptr && !wrap->closing_ && uv_has_ref(wrap->handle_));
}

void HandleWrap::AddMethods(v8::Isolate* isolate, Local<v8::FunctionTemplate> tmpl) {
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(isolate, "close", v8::FunctionTemplate::New(isolate, JSClose));
  proto->Set(isolate, "ref", v8::FunctionTemplate::New(isolate, JSRef));
  proto->Set(isolate, "unref", v8::FunctionTemplate::New(isolate, JSUnref));
  proto->Set(isolate, "hasRef", v8::FunctionTemplate::New(isolate, JSHasRef));
}

Local<v8::FunctionTemplate> HandleWrap::NewTemplate(v8::Isolate* isolate, const char* name,
                                                   v8::FunctionCallback ctor) {
  Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate, ctor);
  tmpl->SetClassName(OneByteString(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  AddMethods(isolate, tmpl);
  return tmpl;
}

int ParseSocketAddress(int family, const char* address, int port, sockaddr_storage* out) {
  return family == 4 ? uv_ip4_addr(address, port, reinterpret_cast<sockaddr_in*>(out))
                     : uv_ip6_addr(address, port, reinterpret_cast<sockaddr_in6*>(out));
}

void FillSocketAddress(v8::Isolate* isolate, v8::Local<v8::Object> out, const sockaddr* addr) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  char ip[INET6_ADDRSTRLEN] = "";
  int port = 0;
  const char* family = "IPv4";
  if (addr->sa_family == AF_INET6) {
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(addr);
    uv_ip6_name(a6, ip, sizeof(ip));
    port = ntohs(a6->sin6_port);
    family = "IPv6";
  } else {
    const auto* a4 = reinterpret_cast<const sockaddr_in*>(addr);
    uv_ip4_name(a4, ip, sizeof(ip));
    port = ntohs(a4->sin_port);
  }
  SetValue(context, out, "address", OneByteString(isolate, ip));
  SetValue(context, out, "family", OneByteString(isolate, family));
  SetValue(context, out, "port", v8::Integer::New(isolate, port));
}

}  // namespace eddy
