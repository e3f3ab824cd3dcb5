// os.cc — internalBinding('os'): the machine facts behind the `os` module.
#include <uv.h>

#include <cstdio>

#include "binding_list.h"
#include "env.h"

namespace eddy {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

void ThrowUV(const FunctionCallbackInfo<Value>& info, int err, const char* syscall) {
  info.GetIsolate()->ThrowException(UVException(info.GetIsolate(), err, syscall));
}

void GetHostname(const FunctionCallbackInfo<Value>& info) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return ThrowUV(info, err, "uv_os_gethostname");
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), std::string(buf, size)));
}

// uname() → [sysname, release, version, machine]
void GetUname(const FunctionCallbackInfo<Value>& info) {
  uv_utsname_t u;
  int err = uv_os_uname(&u);
  if (err != 0) return ThrowUV(info, err, "uv_os_uname");
  Isolate* isolate = info.GetIsolate();
  Local<Value> v[] = {Utf8String(isolate, u.sysname), Utf8String(isolate, u.release),
                      Utf8String(isolate, u.version), Utf8String(isolate, u.machine)};
  info.GetReturnValue().Set(Array::New(isolate, v, 4));
}

void GetHomeDirectory(const FunctionCallbackInfo<Value>& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return ThrowUV(info, err, "uv_os_homedir");
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), std::string(buf, size)));
}

void GetTotalMem(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}
// The cgroup's memory limit as libuv 1.44 reads it, 0 when there is none.
void GetConstrainedMemory(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_constrained_memory()));
}

void GetFreeMem(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}
void GetAvailableParallelism(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(uv_available_parallelism());
}
void GetUptime(const FunctionCallbackInfo<Value>& info) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return ThrowUV(info, err, "uv_uptime");
  info.GetReturnValue().Set(uptime);
}
void GetLoadAvg(const FunctionCallbackInfo<Value>& info) {
  double avg[3];
  uv_loadavg(avg);
  Isolate* isolate = info.GetIsolate();
  Local<Value> v[] = {Number::New(isolate, avg[0]), Number::New(isolate, avg[1]),
                      Number::New(isolate, avg[2])};
  info.GetReturnValue().Set(Array::New(isolate, v, 3));
}

// cpus() → flat [model, speed, user, nice, sys, idle, irq, ...]
void GetCPUs(const FunctionCallbackInfo<Value>& info) {
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return ThrowUV(info, err, "uv_cpu_info");
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> out = Array::New(isolate);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& c = cpus[i];
    out->Set(context, k++, Utf8String(isolate, c.model)).Check();
    out->Set(context, k++, Number::New(isolate, c.speed)).Check();
    out->Set(context, k++, Number::New(isolate, static_cast<double>(c.cpu_times.user))).Check();
    out->Set(context, k++, Number::New(isolate, static_cast<double>(c.cpu_times.nice))).Check();
    out->Set(context, k++, Number::New(isolate, static_cast<double>(c.cpu_times.sys))).Check();
    out->Set(context, k++, Number::New(isolate, static_cast<double>(c.cpu_times.idle))).Check();
    out->Set(context, k++, Number::New(isolate, static_cast<double>(c.cpu_times.irq))).Check();
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(out);
}

// userInfo() → [uid, gid, username, homedir, shell]
void GetUserInfo(const FunctionCallbackInfo<Value>& info) {
  uv_passwd_t pw;
  int err = uv_os_get_passwd(&pw);
  if (err != 0) return ThrowUV(info, err, "uv_os_get_passwd");
  Isolate* isolate = info.GetIsolate();
  Local<Value> v[] = {Integer::New(isolate, static_cast<int32_t>(pw.uid)),
                      Integer::New(isolate, static_cast<int32_t>(pw.gid)),
                      Utf8String(isolate, pw.username), Utf8String(isolate, pw.homedir),
                      pw.shell ? Utf8String(isolate, pw.shell).As<Value>() : v8::Null(isolate).As<Value>()};
  uv_os_free_passwd(&pw);
  info.GetReturnValue().Set(Array::New(isolate, v, 5));
}

// getPriority(pid, ctx) → the priority, or undefined with ctx.errno and
// ctx.syscall set (lib/ throws node's ERR_SYSTEM_ERROR from them).
void SetErrorContext(const FunctionCallbackInfo<Value>& info, int ctx_index, int err,
                     const char* syscall) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  if (!info[ctx_index]->IsObject()) return;
  Local<Object> ctx = info[ctx_index].As<Object>();
  ctx->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
  ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
}

void GetPriority(const FunctionCallbackInfo<Value>& info) {
  int pid = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  int prio;
  int err = uv_os_getpriority(pid, &prio);
  if (err != 0) return SetErrorContext(info, 1, err, "uv_os_getpriority");
  info.GetReturnValue().Set(prio);
}

// setPriority(pid, priority, ctx) → 0, or an errno with ctx filled in.
void SetPriority(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int prio = info[1]->Int32Value(context).FromMaybe(0);
  int err = uv_os_setpriority(pid, prio);
  if (err != 0) SetErrorContext(info, 2, err, "uv_os_setpriority");
  info.GetReturnValue().Set(err);
}

// getInterfaceAddresses() → [name, address, netmask, family (4 or 6), mac,
// internal, scopeid, ...] seven entries per address, in libuv's order.
void GetInterfaceAddresses(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_interface_address_t* addrs;
  int count;
  int err = uv_interface_addresses(&addrs, &count);
  if (err != 0) return ThrowUV(info, err, "uv_interface_addresses");
  Local<Array> out = Array::New(isolate, count * 7);
  uint32_t k = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& a = addrs[i];
    char ip[INET6_ADDRSTRLEN] = "";
    char mask[INET6_ADDRSTRLEN] = "";
    int family = 0;
    uint32_t scope = 0;
    if (a.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&a.address.address4, ip, sizeof(ip));
      uv_ip4_name(&a.netmask.netmask4, mask, sizeof(mask));
      family = 4;
    } else if (a.address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&a.address.address6, ip, sizeof(ip));
      uv_ip6_name(&a.netmask.netmask6, mask, sizeof(mask));
      family = 6;
      scope = a.address.address6.sin6_scope_id;
    }
    char mac[18];
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
             static_cast<unsigned char>(a.phys_addr[0]), static_cast<unsigned char>(a.phys_addr[1]),
             static_cast<unsigned char>(a.phys_addr[2]), static_cast<unsigned char>(a.phys_addr[3]),
             static_cast<unsigned char>(a.phys_addr[4]), static_cast<unsigned char>(a.phys_addr[5]));
    out->Set(context, k++, Utf8String(isolate, a.name)).Check();
    out->Set(context, k++, OneByteString(isolate, ip)).Check();
    out->Set(context, k++, OneByteString(isolate, mask)).Check();
    out->Set(context, k++, Integer::New(isolate, family)).Check();
    out->Set(context, k++, OneByteString(isolate, mac)).Check();
    out->Set(context, k++, v8::Boolean::New(isolate, a.is_internal != 0)).Check();
    out->Set(context, k++, Integer::NewFromUnsigned(isolate, scope)).Check();
  }
  uv_free_interface_addresses(addrs, count);
  info.GetReturnValue().Set(out);
}

}  // namespace
}  // namespace eddy

EDDY_BINDING(os) {
  using namespace eddy;
  Local<Context> context = env->context();
  SetMethod(context, target, "getHostname", GetHostname);
  SetMethod(context, target, "getUname", GetUname);
  SetMethod(context, target, "getHomeDirectory", GetHomeDirectory);
  SetMethod(context, target, "getTotalMem", GetTotalMem);
  SetMethod(context, target, "getFreeMem", GetFreeMem);
  SetMethod(context, target, "getConstrainedMemory", GetConstrainedMemory);
  SetMethod(context, target, "getAvailableParallelism", GetAvailableParallelism);
  SetMethod(context, target, "getUptime", GetUptime);
  SetMethod(context, target, "getLoadAvg", GetLoadAvg);
  SetMethod(context, target, "getCPUs", GetCPUs);
  SetMethod(context, target, "getUserInfo", GetUserInfo);
  SetMethod(context, target, "getPriority", GetPriority);
  SetMethod(context, target, "setPriority", SetPriority);
  SetMethod(context, target, "getInterfaceAddresses", GetInterfaceAddresses);
}
