// binding_list.h — the one list of native bindings (internalBinding(name)).
// Each entry's init function is defined in its own file with
// EDDY_BINDING(name) { ... }; this list generates the declarations and the
// lookup table in bindings.cc. Add a binding here and nowhere else.
#ifndef EDDY_BINDING_LIST_H_
#define EDDY_BINDING_LIST_H_

#define EDDY_BINDINGS(V) \
  V(buffer)              \
  V(builtins)            \
  V(cares_wrap)          \
  V(constants)           \
  V(crypto)              \
  V(contextify)          \
  V(encoding)            \
  V(dns)                 \
  V(env)                 \
  V(errors)              \
  V(fs)                  \
  V(histogram)           \
  V(http_parser)         \
  V(os)                  \
  V(performance)         \
  V(pipe_wrap)           \
  V(process_wrap)        \
  V(process_methods)     \
  V(serdes)              \
  V(signal_wrap)         \
  V(tcp_wrap)            \
  V(timers)              \
  V(tty_wrap)            \
  V(types)               \
  V(udp_wrap)            \
  V(util)                \
  V(uv)                  \
  V(v8)                  \
  V(vm)                  \
  V(zlib)

namespace v8 {
class Object;
template <class T> class Local;
}  // namespace v8

namespace eddy {
class Env;
namespace binding {
#define V(name) void Init_##name(Env* env, v8::Local<v8::Object> target);
EDDY_BINDINGS(V)
#undef V
}  // namespace binding
}  // namespace eddy

#define EDDY_BINDING(name) \
  void eddy::binding::Init_##name(eddy::Env* env, v8::Local<v8::Object> target)

#endif  // EDDY_BINDING_LIST_H_
