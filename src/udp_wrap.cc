// udp_wrap.cc — internalBinding('udp_wrap'): a UDP socket (uv_udp_t) as a
// handle object for lib/dgram.js. Validation, name lookup and events are the
// JS side's; this file only talks to libuv and reports its results.
//
// JS sees, on a `new UDP()` handle (plus close/ref/unref/hasRef from
// handle_wrap.h; the *6 variants take IPv6 addresses):
//   bind(ip, port, flags) / bind6   → 0 or a negative errno
//   open(fd)                        → 0 or a negative errno
//   connect(ip, port) / connect6, disconnect() → 0 or a negative errno
//   send(req, list, port, ip) / send6: list holds ArrayBufferViews, the
//       pieces of one datagram; ip undefined sends on the connected socket.
//       → bytes + 1 when it went out at once (uv_udp_try_send), 0 when it
//       was queued (then req.oncomplete(status, bytes) follows), or a
//       negative errno.
//   recvStart() / recvStop(); onmessage(nread, handle, u8, rinfo) set by
//       JS; nread < 0 is an error (no u8, no rinfo)
//   getsockname(out) / getpeername(out) → 0 or errno; fills address,
//       family ('IPv4'|'IPv6'), port
//   setBroadcast, setTTL, setMulticastTTL, setMulticastLoopback,
//   setMulticastInterface, addMembership, dropMembership,
//   addSourceSpecificMembership, dropSourceSpecificMembership → 0 or errno
//   bufferSize(size, recv) → the size (0 reads it) or a negative errno
//   getSendQueueSize() / getSendQueueCount()
//
// Lifetimes follow handle_wrap.h. A queued send owns a copy of its bytes
// (a datagram is at most 64 KiB, and the copy frees JS from keeping the
// buffers pinned) and keeps its JS req object in a Global until libuv calls
// back; closing the handle makes libuv call back with UV_ECANCELED first.
#include <netinet/in.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "binding_list.h"
#include "env.h"
#include "handle_wrap.h"
#include "string_bytes.h"

namespace eddy {

using v8::Array;
using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Uint8Array;
using v8::Value;

namespace {

// The largest datagram is 64 KiB - headers; one block that size per read,
// shrunk to the datagram before JS owns it.
constexpr size_t kRecvSize = 64 * 1024;

struct SendReq {
  uv_udp_send_t req;
  Env* env;
  v8::Global<Object> req_object;
  std::vector<char> data;
};

// Parses ip:port for family 4 or 6. The port is taken modulo 2^16, as
// node's bind does with what JS hands it (70000 binds 4464).
int ParseAddress(Isolate* isolate, int family, Local<Value> ip, Local<Value> port,
                 sockaddr_storage* addr) {
  std::string address = ToStdString(isolate, ip);
  uint32_t p = port->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0) & 0xffff;
  return ParseSocketAddress(family, address.c_str(), static_cast<int>(p), addr);
}

class UDPWrap : public HandleWrap {
 public:
  UDPWrap(Env* env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&udp_)) {
    uv_udp_init(env->loop(), &udp_);
  }

  static UDPWrap* From(const FunctionCallbackInfo<Value>& info) {
    auto* w = static_cast<UDPWrap*>(HandleWrap::Unwrap(info.This()));
    return w != nullptr && !w->IsClosing() ? w : nullptr;
  }

  static void New(const FunctionCallbackInfo<Value>& info) {
    info.This()->SetAlignedPointerInInternalField(0, nullptr);
    new UDPWrap(Env::From(info), info.This());
  }

  template <int kFamily>
  static void Bind(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    sockaddr_storage addr;
    int err = ParseAddress(info.GetIsolate(), kFamily, info[0], info[1], &addr);
    if (err == 0) {
      unsigned flags = info[2]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
      err = uv_udp_bind(&w->udp_, reinterpret_cast<const sockaddr*>(&addr), flags);
    }
    info.GetReturnValue().Set(err);
  }

  static void Open(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int fd = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
    info.GetReturnValue().Set(uv_udp_open(&w->udp_, fd));
  }

  template <int kFamily>
  static void Connect(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    sockaddr_storage addr;
    int err = ParseAddress(info.GetIsolate(), kFamily, info[0], info[1], &addr);
    if (err == 0) err = uv_udp_connect(&w->udp_, reinterpret_cast<const sockaddr*>(&addr));
    info.GetReturnValue().Set(err);
  }

  static void Disconnect(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_udp_connect(&w->udp_, nullptr));
  }

  template <int kFamily>
  static void Send(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = info.GetIsolate();
    Local<Context> context = isolate->GetCurrentContext();
    sockaddr_storage storage;
    const sockaddr* addr = nullptr;
    if (!info[3]->IsUndefined()) {
      int err = ParseAddress(isolate, kFamily, info[3], info[2], &storage);
      if (err != 0) return info.GetReturnValue().Set(err);
      addr = reinterpret_cast<const sockaddr*>(&storage);
    }
    Local<Array> list = info[1].As<Array>();
    uint32_t count = list->Length();
    // Views' bytes stay put while this runs (ViewData moves an on-heap
    // array's bytes off the heap once).
    std::vector<uv_buf_t> bufs(count);
    size_t total = 0;
    for (uint32_t i = 0; i < count; i++) {
      Local<Value> v;
      if (!list->Get(context, i).ToLocal(&v) || !v->IsArrayBufferView()) {
        return info.GetReturnValue().Set(UV_EINVAL);
      }
      Local<ArrayBufferView> view = v.As<ArrayBufferView>();
      size_t len = view->ByteLength();
      char* data = len > 0 ? reinterpret_cast<char*>(string_bytes::ViewData(view)) : nullptr;
      bufs[i] = uv_buf_init(data, static_cast<unsigned>(len));
      total += len;
    }
    uv_buf_t empty = uv_buf_init(nullptr, 0);
    uv_buf_t* first = count > 0 ? bufs.data() : &empty;
    unsigned nbufs = count > 0 ? count : 1;

    // Tests set EDDY_TEST_UDP_NO_TRY_SEND to take the queued path, which
    // loopback otherwise hardly ever needs (node: --test-udp-no-try-send).
    static const bool no_try_send = getenv("EDDY_TEST_UDP_NO_TRY_SEND") != nullptr;
    int err = no_try_send ? UV_EAGAIN : uv_udp_try_send(&w->udp_, first, nbufs, addr);
    if (err >= 0) return info.GetReturnValue().Set(static_cast<double>(total) + 1);
    if (err != UV_EAGAIN && err != UV_ENOSYS) return info.GetReturnValue().Set(err);

    // The kernel's buffer is full (or sends are queued already): queue a
    // copy of the datagram.
    auto* s = new SendReq();
    s->env = w->env();
    s->req.data = s;
    s->req_object.Reset(isolate, info[0].As<Object>());
    s->env->CaptureAsyncFrame(info[0].As<Object>());
    s->data.resize(total);
    size_t off = 0;
    for (uint32_t i = 0; i < count; i++) {
      if (bufs[i].len > 0) memcpy(s->data.data() + off, bufs[i].base, bufs[i].len);
      off += bufs[i].len;
    }
    uv_buf_t one = uv_buf_init(s->data.data(), static_cast<unsigned>(total));
    err = uv_udp_send(&s->req, &w->udp_, &one, 1, addr, AfterSend);
    if (err != 0) {
      delete s;
      return info.GetReturnValue().Set(err);
    }
    info.GetReturnValue().Set(0);
  }

  static void AfterSend(uv_udp_send_t* req, int status) {
    std::unique_ptr<SendReq> s(static_cast<SendReq*>(req->data));
    Env* env = s->env;
    if (env->exiting()) return;
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    Local<Object> req_obj = s->req_object.Get(isolate);
    double sent = status == 0 ? static_cast<double>(s->data.size()) : 0;
    s.reset();
    Local<Value> cb;
    if (!req_obj->Get(env->context(), OneByteString(isolate, "oncomplete")).ToLocal(&cb) ||
        !cb->IsFunction())
      return;
    Local<Value> argv[] = {Integer::New(isolate, status), Number::New(isolate, sent)};
    env->MakeCallback(req_obj, cb.As<Function>(), 2, argv);
  }

  static void RecvStart(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int err = uv_udp_recv_start(&w->udp_, OnAlloc, OnRecv);
    info.GetReturnValue().Set(err == UV_EALREADY ? 0 : err);
  }

  static void RecvStop(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    info.GetReturnValue().Set(uv_udp_recv_stop(&w->udp_));
  }

  static void OnAlloc(uv_handle_t*, size_t, uv_buf_t* buf) {
    buf->base = static_cast<char*>(malloc(kRecvSize));
    buf->len = buf->base != nullptr ? kRecvSize : 0;
  }

  static void OnRecv(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr,
                     unsigned) {
    auto* w = static_cast<UDPWrap*>(handle->data);
    Env* env = w->env();
    // nread 0 without an address: nothing was there (EAGAIN); with one, an
    // empty datagram, which JS gets.
    if ((nread == 0 && addr == nullptr) || env->exiting() || w->IsClosing()) {
      free(buf->base);
      return;
    }
    Isolate* isolate = env->isolate();
    HandleScope scope(isolate);
    v8::Context::Scope context_scope(env->context());
    Local<Object> obj = w->object();
    Local<Value> argv[4] = {Integer::New(isolate, static_cast<int32_t>(nread)), obj,
                            v8::Undefined(isolate), v8::Undefined(isolate)};
    if (nread >= 0) {
      size_t n = static_cast<size_t>(nread);
      // Give the block to the ArrayBuffer, shrunk to the datagram.
      void* data = n > 0 ? realloc(buf->base, n) : nullptr;
      if (n > 0 && data == nullptr) data = buf->base;
      if (n == 0) free(buf->base);
      Local<ArrayBuffer> ab;
      if (n > 0) {
        std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
            data, n, [](void* p, size_t, void*) { free(p); }, nullptr);
        ab = ArrayBuffer::New(isolate, std::move(store));
      } else {
        ab = ArrayBuffer::New(isolate, 0);
      }
      argv[2] = Uint8Array::New(ab, 0, n);
      Local<Object> rinfo = Object::New(isolate);
      FillSocketAddress(isolate, rinfo, addr);
      argv[3] = rinfo;
    } else {
      free(buf->base);
    }
    env->CallMethod(obj, "onmessage", 4, argv);
  }

  template <bool kPeer>
  static void GetName(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    sockaddr_storage addr;
    int len = sizeof(addr);
    int err = kPeer
        ? uv_udp_getpeername(&w->udp_, reinterpret_cast<sockaddr*>(&addr), &len)
        : uv_udp_getsockname(&w->udp_, reinterpret_cast<sockaddr*>(&addr), &len);
    if (err == 0)
      FillSocketAddress(info.GetIsolate(), info[0].As<Object>(), reinterpret_cast<sockaddr*>(&addr));
    info.GetReturnValue().Set(err);
  }

  // setBroadcast(on) and the other one-integer socket options.
  template <int (*kSet)(uv_udp_t*, int)>
  static void SetInt(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    int value = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    info.GetReturnValue().Set(kSet(&w->udp_, value));
  }

  static void SetMulticastInterface(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    std::string iface = ToStdString(info.GetIsolate(), info[0]);
    info.GetReturnValue().Set(uv_udp_set_multicast_interface(&w->udp_, iface.c_str()));
  }

  // (multicastAddress, interfaceAddress?)
  template <uv_membership kWhich>
  static void Membership(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = info.GetIsolate();
    std::string group = ToStdString(isolate, info[0]);
    bool has_iface = !info[1]->IsUndefined() && !info[1]->IsNull();
    std::string iface = has_iface ? ToStdString(isolate, info[1]) : "";
    info.GetReturnValue().Set(uv_udp_set_membership(
        &w->udp_, group.c_str(), has_iface ? iface.c_str() : nullptr, kWhich));
  }

  // (sourceAddress, groupAddress, interfaceAddress?)
  template <uv_membership kWhich>
  static void SourceMembership(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    Isolate* isolate = info.GetIsolate();
    std::string source = ToStdString(isolate, info[0]);
    std::string group = ToStdString(isolate, info[1]);
    bool has_iface = !info[2]->IsUndefined() && !info[2]->IsNull();
    std::string iface = has_iface ? ToStdString(isolate, info[2]) : "";
    info.GetReturnValue().Set(uv_udp_set_source_membership(
        &w->udp_, group.c_str(), has_iface ? iface.c_str() : nullptr, source.c_str(), kWhich));
  }

  // bufferSize(size, recv): size 0 reads the kernel's value.
  static void BufferSize(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    if (w == nullptr) return info.GetReturnValue().Set(UV_EBADF);
    uint32_t size = info[0]->Uint32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
    // The socket option is an int: larger sizes are node's EINVAL.
    if (size > INT32_MAX) return info.GetReturnValue().Set(UV_EINVAL);
    int value = static_cast<int>(size);
    uv_handle_t* h = reinterpret_cast<uv_handle_t*>(&w->udp_);
    int err = info[1]->IsTrue() ? uv_recv_buffer_size(h, &value) : uv_send_buffer_size(h, &value);
    info.GetReturnValue().Set(err != 0 ? err : value);
  }

  static void GetSendQueueSize(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    info.GetReturnValue().Set(
        w == nullptr ? 0.0 : static_cast<double>(uv_udp_get_send_queue_size(&w->udp_)));
  }

  static void GetSendQueueCount(const FunctionCallbackInfo<Value>& info) {
    UDPWrap* w = From(info);
    info.GetReturnValue().Set(
        w == nullptr ? 0.0 : static_cast<double>(uv_udp_get_send_queue_count(&w->udp_)));
  }

 private:
  uv_udp_t udp_;
};

int SetBroadcast(uv_udp_t* h, int on) { return uv_udp_set_broadcast(h, on); }
int SetTTL(uv_udp_t* h, int ttl) { return uv_udp_set_ttl(h, ttl); }
int SetMulticastTTL(uv_udp_t* h, int ttl) { return uv_udp_set_multicast_ttl(h, ttl); }
int SetMulticastLoop(uv_udp_t* h, int on) { return uv_udp_set_multicast_loop(h, on); }

}  // namespace
}  // namespace eddy

EDDY_BINDING(udp_wrap) {
  using namespace eddy;
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<FunctionTemplate> t = HandleWrap::NewTemplate(isolate, "UDP", UDPWrap::New);
  auto proto = t->PrototypeTemplate();
  auto set = [&](const char* name, v8::FunctionCallback fn) {
    proto->Set(isolate, name, FunctionTemplate::New(isolate, fn));
  };
  set("bind", UDPWrap::Bind<4>);
  set("bind6", UDPWrap::Bind<6>);
  set("open", UDPWrap::Open);
  set("connect", UDPWrap::Connect<4>);
  set("connect6", UDPWrap::Connect<6>);
  set("disconnect", UDPWrap::Disconnect);
  set("send", UDPWrap::Send<4>);
  set("send6", UDPWrap::Send<6>);
  set("recvStart", UDPWrap::RecvStart);
  set("recvStop", UDPWrap::RecvStop);
  set("getsockname", UDPWrap::GetName<false>);
  set("getpeername", UDPWrap::GetName<true>);
  set("setBroadcast", UDPWrap::SetInt<SetBroadcast>);
  set("setTTL", UDPWrap::SetInt<SetTTL>);
  set("setMulticastTTL", UDPWrap::SetInt<SetMulticastTTL>);
  set("setMulticastLoopback", UDPWrap::SetInt<SetMulticastLoop>);
  set("setMulticastInterface", UDPWrap::SetMulticastInterface);
  set("addMembership", UDPWrap::Membership<UV_JOIN_GROUP>);
  set("dropMembership", UDPWrap::Membership<UV_LEAVE_GROUP>);
  set("addSourceSpecificMembership", UDPWrap::SourceMembership<UV_JOIN_GROUP>);
  set("dropSourceSpecificMembership", UDPWrap::SourceMembership<UV_LEAVE_GROUP>);
  set("bufferSize", UDPWrap::BufferSize);
  set("getSendQueueSize", UDPWrap::GetSendQueueSize);
  set("getSendQueueCount", UDPWrap::GetSendQueueCount);
  SetValue(context, target, "UDP", t->GetFunction(context).ToLocalChecked());
  Local<Object> constants = Object::New(isolate);
  SetValue(context, constants, "UV_UDP_IPV6ONLY", Integer::New(isolate, UV_UDP_IPV6ONLY));
  SetValue(context, constants, "UV_UDP_REUSEADDR", Integer::New(isolate, UV_UDP_REUSEADDR));
  SetValue(context, target, "constants", constants);
}
