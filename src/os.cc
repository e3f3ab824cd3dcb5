// os.cc — internalBinding('os'): the machine facts behind the `os` module.
#include <uv.h>

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

void GetPriority(const FunctionCallbackInfo<Value>& info) {
  int pid = info[0]->Int32Value(info.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  int prio;
  int err = uv_os_getpriority(pid, &prio);
  if (err != 0) return ThrowUV(info, err, "uv_os_getpriority");
  info.GetReturnValue().Set(prio);
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
  SetMethod(context, target, "getAvailableParallelism", GetAvailableParallelism);
  SetMethod(context, target, "getUptime", GetUptime);
  SetMethod(context, target, "getLoadAvg", GetLoadAvg);
  SetMethod(context, target, "getCPUs", GetCPUs);
  SetMethod(context, target, "getUserInfo", GetUserInfo);
  SetMethod(context, target, "getPriority", GetPriority);
}
