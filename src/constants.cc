// constants.cc — internalBinding('constants'): signal numbers, errno values,
// priorities (os.constants) and the fs constants lib/ needs.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>

#include "binding_list.h"
#include "env.h"

namespace eddy {
namespace {

#define EDDY_SIGNALS(V)                                                          \
  V(SIGHUP) V(SIGINT) V(SIGQUIT) V(SIGILL) V(SIGTRAP) V(SIGABRT) V(SIGIOT)       \
  V(SIGBUS) V(SIGFPE) V(SIGKILL) V(SIGUSR1) V(SIGSEGV) V(SIGUSR2) V(SIGPIPE)     \
  V(SIGALRM) V(SIGTERM) V(SIGCHLD) V(SIGSTKFLT) V(SIGCONT) V(SIGSTOP) V(SIGTSTP) \
  V(SIGTTIN) V(SIGTTOU) V(SIGURG) V(SIGXCPU) V(SIGXFSZ) V(SIGVTALRM) V(SIGPROF)  \
  V(SIGWINCH) V(SIGIO) V(SIGPOLL) V(SIGPWR) V(SIGSYS)

#define EDDY_ERRNOS(V)                                                            \
  V(E2BIG) V(EACCES) V(EADDRINUSE) V(EADDRNOTAVAIL) V(EAFNOSUPPORT) V(EAGAIN)     \
  V(EALREADY) V(EBADF) V(EBADMSG) V(EBUSY) V(ECANCELED) V(ECHILD) V(ECONNABORTED) \
  V(ECONNREFUSED) V(ECONNRESET) V(EDEADLK) V(EDESTADDRREQ) V(EDOM) V(EDQUOT)      \
  V(EEXIST) V(EFAULT) V(EFBIG) V(EHOSTUNREACH) V(EIDRM) V(EILSEQ) V(EINPROGRESS)  \
  V(EINTR) V(EINVAL) V(EIO) V(EISCONN) V(EISDIR) V(ELOOP) V(EMFILE) V(EMLINK)     \
  V(EMSGSIZE) V(EMULTIHOP) V(ENAMETOOLONG) V(ENETDOWN) V(ENETRESET)               \
  V(ENETUNREACH) V(ENFILE) V(ENOBUFS) V(ENODATA) V(ENODEV) V(ENOENT) V(ENOEXEC)   \
  V(ENOLCK) V(ENOLINK) V(ENOMEM) V(ENOMSG) V(ENOPROTOOPT) V(ENOSPC) V(ENOSR)      \
  V(ENOSTR) V(ENOSYS) V(ENOTCONN) V(ENOTDIR) V(ENOTEMPTY) V(ENOTSOCK) V(ENOTSUP)  \
  V(ENOTTY) V(ENXIO) V(EOPNOTSUPP) V(EOVERFLOW) V(EPERM) V(EPIPE) V(EPROTO)       \
  V(EPROTONOSUPPORT) V(EPROTOTYPE) V(ERANGE) V(EROFS) V(ESPIPE) V(ESRCH) V(ESTALE) \
  V(ETIME) V(ETIMEDOUT) V(ETXTBSY) V(EWOULDBLOCK) V(EXDEV)

#define EDDY_FS_CONSTANTS(V)                                                      \
  V(O_RDONLY) V(O_WRONLY) V(O_RDWR) V(O_CREAT) V(O_EXCL) V(O_NOCTTY) V(O_TRUNC)   \
  V(O_APPEND) V(O_DIRECTORY) V(O_NOATIME) V(O_NOFOLLOW) V(O_SYNC) V(O_DSYNC)      \
  V(O_DIRECT) V(O_NONBLOCK) V(S_IFMT) V(S_IFREG) V(S_IFDIR) V(S_IFCHR) V(S_IFBLK) \
  V(S_IFIFO) V(S_IFLNK) V(S_IFSOCK) V(S_IRWXU) V(S_IRUSR) V(S_IWUSR) V(S_IXUSR)   \
  V(S_IRWXG) V(S_IRGRP) V(S_IWGRP) V(S_IXGRP) V(S_IRWXO) V(S_IROTH) V(S_IWOTH)    \
  V(S_IXOTH) V(F_OK) V(R_OK) V(W_OK) V(X_OK)

}  // namespace
}  // namespace eddy

EDDY_BINDING(constants) {
  using namespace eddy;
  using v8::Integer;
  using v8::Local;
  using v8::Object;
  v8::Isolate* isolate = env->isolate();
  Local<v8::Context> context = env->context();
  Local<Object> signals = Object::New(isolate);
  Local<Object> errnos = Object::New(isolate);
  Local<Object> fs = Object::New(isolate);
  Local<Object> priority = Object::New(isolate);
#define V(name) SetValue(context, signals, #name, Integer::New(isolate, name));
  EDDY_SIGNALS(V)
#undef V
#define V(name) SetValue(context, errnos, #name, Integer::New(isolate, name));
  EDDY_ERRNOS(V)
#undef V
#define V(name) SetValue(context, fs, #name, Integer::New(isolate, name));
  EDDY_FS_CONSTANTS(V)
#undef V
  SetValue(context, priority, "PRIORITY_LOW", Integer::New(isolate, UV_PRIORITY_LOW));
  SetValue(context, priority, "PRIORITY_BELOW_NORMAL", Integer::New(isolate, UV_PRIORITY_BELOW_NORMAL));
  SetValue(context, priority, "PRIORITY_NORMAL", Integer::New(isolate, UV_PRIORITY_NORMAL));
  SetValue(context, priority, "PRIORITY_ABOVE_NORMAL", Integer::New(isolate, UV_PRIORITY_ABOVE_NORMAL));
  SetValue(context, priority, "PRIORITY_HIGH", Integer::New(isolate, UV_PRIORITY_HIGH));
  SetValue(context, priority, "PRIORITY_HIGHEST", Integer::New(isolate, UV_PRIORITY_HIGHEST));
  SetValue(context, target, "signals", signals);
  SetValue(context, target, "errno", errnos);
  SetValue(context, target, "fs", fs);
  SetValue(context, target, "priority", priority);
}
