// main.cc — the `eddy` command: parse node's command line, then drive the
// public API in eddy.h. Nothing here that an embedder could not do.
#include <uv.h>
#include <v8.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "eddy.h"

namespace {

struct CliOptions {
  eddy::RuntimeOptions runtime;
  std::vector<std::string> v8_flags;
  std::vector<std::string> env_files;
  bool has_eval = false;
  bool print = false;
  bool force_stdin = false;
  bool interactive = false;
  std::string eval_code;
  std::string script;
  std::vector<std::string> script_args;
};

[[noreturn]] void BadOption(const std::string& message) {
  fprintf(stderr, "eddy: %s\n", message.c_str());
  exit(9);
}

const char kHelp[] =
    "Usage: eddy [options] [ script.js ] [arguments]\n"
    "       eddy -e|-p \"script\" [arguments]\n"
    "       eddy - [arguments]           (read the script from stdin)\n"
    "\n"
    "Options:\n"
    "  -                          script read from stdin (default if no file name given)\n"
    "  --                         indicate the end of eddy options\n"
    "  -C, --conditions=...       additional user conditions for conditional exports\n"
    "  -e, --eval script          evaluate script\n"
    "  --env-file=file            set environment variables from supplied file\n"
    "  --expose-gc                expose gc extension\n"
    "  -h, --help                 print eddy command line options\n"
    "  -i, --interactive          always enter the REPL even if stdin does not appear to be a terminal\n"
    "  --max-old-space-size=MB    V8's old generation limit\n"
    "  --no-deprecation           silence deprecation warnings\n"
    "  --no-warnings              silence all process warnings\n"
    "  -p, --print [...]          evaluate script and print result\n"
    "  --preserve-symlinks        preserve symbolic links when resolving\n"
    "  --preserve-symlinks-main   preserve symbolic links when resolving the main module\n"
    "  -r, --require module       CommonJS module to preload (option can be repeated)\n"
    "  --stack-size=...           V8's stack size in KiB\n"
    "  --stack-trace-limit=...    Error.stackTraceLimit\n"
    "  --throw-deprecation        throw an exception on deprecations\n"
    "  --title=title              the process title to use on startup\n"
    "  --trace-deprecation        show stack traces on deprecations\n"
    "  --trace-uncaught           show stack traces for the `throw` behind uncaught exceptions\n"
    "  --trace-warnings           show stack traces on process warnings\n"
    "  --unhandled-rejections=... define unhandled rejections behavior: throw (default),\n"
    "                             strict, warn, warn-with-error-code, none\n"
    "  --v8-options               print V8 command line options\n"
    "  -v, --version              print eddy's version\n"
    "\n"
    "Environment variables:\n"
    "  NODE_OPTIONS               options read before the command line's\n"
    "  NODE_DEBUG                 ','-separated list of core modules that should print debug information\n"
    "  NO_COLOR                   disable colours\n"
    "\n"
    "Any other --option is passed to V8 if V8 knows it.\n";

// Splits NODE_OPTIONS as node does: whitespace-separated, double quotes group.
std::vector<std::string> SplitNodeOptions(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  bool in_quotes = false, has = false;
  for (const char* p = s; *p; p++) {
    char c = *p;
    if (c == '\\' && in_quotes && p[1]) {
      cur += *++p;
      has = true;
    } else if (c == '"') {
      in_quotes = !in_quotes;
      has = true;
    } else if ((c == ' ' || c == '\t' || c == '\n') && !in_quotes) {
      if (has) out.push_back(cur);
      cur.clear();
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (in_quotes) BadOption("invalid value for NODE_OPTIONS (unterminated string)");
  if (has) out.push_back(cur);
  return out;
}

// Normalises --foo_bar to --foo-bar (node accepts both).
std::string NormalizeName(const std::string& name) {
  std::string out = name;
  for (size_t i = 2; i < out.size(); i++)
    if (out[i] == '_') out[i] = '-';
  return out;
}

// Parses one option list. `from_env` is NODE_OPTIONS (some options refused,
// nothing recorded in execArgv). Returns the index of the first non-option.
size_t ParseOptions(const std::vector<std::string>& args, size_t start, CliOptions* opts,
                    bool from_env) {
  size_t i = start;
  auto& rt = opts->runtime;
  while (i < args.size()) {
    const std::string& arg = args[i];
    if (arg == "--") {
      if (!from_env) rt.exec_argv.push_back(arg), i++;
      // node does not list "--" in execArgv
      if (!from_env) rt.exec_argv.pop_back();
      return i;
    }
    if (arg == "-" || arg.size() < 2 || arg[0] != '-') return i;
    std::string name = arg, value;
    bool has_value = false;
    size_t eq = arg.find('=');
    if (arg.compare(0, 2, "--") == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      has_value = true;
    }
    name = arg.compare(0, 2, "--") == 0 ? NormalizeName(name) : name;
    size_t first = i;
    auto take_value = [&]() -> std::string {
      if (has_value) return value;
      if (i + 1 >= args.size()) BadOption(name + " requires an argument");
      return args[++i];
    };
    auto refuse_in_env = [&]() {
      if (from_env) BadOption(name + " is not allowed in NODE_OPTIONS");
    };
    if (name == "-e" || name == "--eval") {
      refuse_in_env();
      opts->has_eval = true;
      opts->eval_code = take_value();
    } else if (name == "-p" || name == "--print" || name == "-pe" || name == "-ep") {
      refuse_in_env();
      opts->print = true;
      opts->has_eval = true;
      if (has_value) opts->eval_code = value;
      else if (i + 1 < args.size() && (args[i + 1].empty() || args[i + 1][0] != '-'))
        opts->eval_code = args[++i];
      else if (i + 1 < args.size() && args[i + 1] == "-")
        opts->eval_code = args[++i];
    } else if (name == "-i" || name == "--interactive") {
      refuse_in_env();
      opts->interactive = true;
    } else if (name == "-v" || name == "--version") {
      refuse_in_env();
      printf("v%s\n", eddy::Version());
      exit(0);
    } else if (name == "-h" || name == "--help") {
      refuse_in_env();
      fputs(kHelp, stdout);
      exit(0);
    } else if (name == "-r" || name == "--require") {
      rt.preload_modules.push_back(take_value());
    } else if (name == "-C" || name == "--conditions") {
      rt.conditions.push_back(take_value());
    } else if (name == "--expose-gc") {
      rt.expose_gc = true;
      opts->v8_flags.push_back("--expose-gc");
    } else if (name == "--expose-internals") {
      rt.expose_internals = true;
    } else if (name == "--no-warnings") {
      rt.no_warnings = true;
    } else if (name == "--warnings") {
      rt.no_warnings = false;
    } else if (name == "--no-deprecation") {
      rt.no_deprecation = true;
    } else if (name == "--throw-deprecation") {
      rt.throw_deprecation = true;
    } else if (name == "--trace-deprecation") {
      rt.trace_deprecation = true;
    } else if (name == "--trace-warnings") {
      rt.trace_warnings = true;
    } else if (name == "--trace-uncaught") {
      rt.trace_uncaught = true;
    } else if (name == "--preserve-symlinks") {
      rt.preserve_symlinks = true;
    } else if (name == "--preserve-symlinks-main") {
      rt.preserve_symlinks_main = true;
    } else if (name == "--max-http-header-size") {
      std::string v = take_value();
      char* end = nullptr;
      unsigned long n = strtoul(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || n > 0xffffffffUL)
        BadOption("--max-http-header-size must be a non-negative integer");
      rt.max_http_header_size = static_cast<uint32_t>(n);
    } else if (name == "--unhandled-rejections") {
      std::string v = take_value();
      using U = eddy::UnhandledRejections;
      if (v == "throw") rt.unhandled_rejections = U::kThrow;
      else if (v == "strict") rt.unhandled_rejections = U::kStrict;
      else if (v == "warn") rt.unhandled_rejections = U::kWarn;
      else if (v == "none") rt.unhandled_rejections = U::kNone;
      else if (v == "warn-with-error-code") rt.unhandled_rejections = U::kWarnWithErrorCode;
      else BadOption("invalid value for --unhandled-rejections");
    } else if (name == "--stack-trace-limit") {
      std::string v = take_value();
      rt.stack_trace_limit = atoi(v.c_str());
      opts->v8_flags.push_back("--stack-trace-limit=" + v);
    } else if (name == "--title") {
      rt.title = take_value();
    } else if (name == "--env-file") {
      opts->env_files.push_back(take_value());
    } else if (name == "--v8-options") {
      opts->v8_flags.push_back("--help");
    } else if (arg.compare(0, 2, "--") == 0) {
      // Left for V8 to accept or refuse (--stack-size, --max-old-space-size,
      // --jitless, --harmony-*...); checked after parsing.
      opts->v8_flags.push_back(has_value ? name + "=" + value : name);
    } else {
      BadOption("bad option: " + arg);
    }
    i++;
    if (!from_env)
      for (size_t k = first; k < i; k++) rt.exec_argv.push_back(args[k]);
  }
  return i;
}

// --env-file: KEY=VALUE lines, as node parses them: `export ` prefixes and
// # comments are ignored; a quoted value ('', "", ``) may span lines and
// "..." expands \n; variables already in the environment win.
void LoadEnvFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    fprintf(stderr, "eddy: %s: not found\n", path.c_str());
    exit(9);
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t pos = 0;
  auto trim = [](std::string v) {
    size_t a = v.find_first_not_of(" \t\r");
    size_t b = v.find_last_not_of(" \t\r");
    return a == std::string::npos ? std::string() : v.substr(a, b - a + 1);
  };
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string line = text.substr(pos, eol - pos);
    size_t eq = line.find('=');
    std::string key = trim(eq == std::string::npos ? line : line.substr(0, eq));
    if (key.compare(0, 7, "export ") == 0) key = trim(key.substr(7));
    if (key.empty() || key[0] == '#' || eq == std::string::npos) {
      pos = eol + 1;
      continue;
    }
    size_t vstart = pos + eq + 1;
    while (vstart < text.size() && (text[vstart] == ' ' || text[vstart] == '\t')) vstart++;
    std::string value;
    char q = vstart < text.size() ? text[vstart] : 0;
    size_t close = (q == '"' || q == '\'' || q == '`') ? text.find(q, vstart + 1) : std::string::npos;
    if (close != std::string::npos) {
      value = text.substr(vstart + 1, close - vstart - 1);
      if (q == '"') {
        std::string out;
        for (size_t k = 0; k < value.size(); k++) {
          if (value[k] == '\\' && k + 1 < value.size() && value[k + 1] == 'n') {
            out += '\n';
            k++;
          } else {
            out += value[k];
          }
        }
        value = out;
      }
      eol = text.find('\n', close);
      if (eol == std::string::npos) eol = text.size();
    } else {
      value = text.substr(vstart, eol - vstart);
      size_t hash = value.find('#');
      if (hash != std::string::npos) value = value.substr(0, hash);
      value = trim(value);
    }
    if (getenv(key.c_str()) == nullptr) setenv(key.c_str(), value.c_str(), 0);
    pos = eol + 1;
  }
}

std::string ReadAllStdin() {
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  argv = uv_setup_args(argc, argv);
  std::vector<std::string> args(argv, argv + argc);
  CliOptions opts;
  opts.runtime.argv.push_back(args[0]);

  if (const char* node_options = getenv("NODE_OPTIONS")) {
    std::vector<std::string> env_args = SplitNodeOptions(node_options);
    size_t end = ParseOptions(env_args, 0, &opts, true);
    if (end < env_args.size()) BadOption(env_args[end] + " is not supported in NODE_OPTIONS");
  }
  size_t i = ParseOptions(args, 1, &opts, false);
  if (i < args.size() && args[i] == "--") i++;
  if (!opts.has_eval && i < args.size()) {
    if (args[i] == "-") {
      opts.force_stdin = true;
      opts.script_args.push_back("-");  // node keeps "-" in process.argv
    } else {
      opts.script = args[i];
    }
    i++;
  }
  for (; i < args.size(); i++) opts.script_args.push_back(args[i]);
  for (const std::string& f : opts.env_files) LoadEnvFile(f);

  // V8 consumes the flags it knows; anything left over is not an option.
  if (!opts.v8_flags.empty()) {
    std::vector<char*> v8_argv;
    std::vector<std::string> storage = opts.v8_flags;
    v8_argv.push_back(argv[0]);
    for (auto& f : storage) v8_argv.push_back(&f[0]);
    int v8_argc = static_cast<int>(v8_argv.size());
    v8::V8::SetFlagsFromCommandLine(&v8_argc, v8_argv.data(), true);
    for (int k = 1; k < v8_argc; k++) {
      if (strcmp(v8_argv[k], "--help") == 0) continue;
      BadOption(std::string("bad option: ") + v8_argv[k]);
    }
    if (std::find(opts.v8_flags.begin(), opts.v8_flags.end(), "--help") != opts.v8_flags.end())
      return 0;
  }

  // As node: whatever dispositions the parent left (a shell ignores SIGINT
  // for background jobs), start from the defaults — except SIGPIPE and
  // SIGXFSZ, ignored so a write to a closed socket or past a file-size
  // limit fails with EPIPE/EFBIG instead of killing the process.
  for (int nr = 1; nr < NSIG; nr++) {
    if (nr == SIGKILL || nr == SIGSTOP) continue;
    struct sigaction act;
    memset(&act, 0, sizeof(act));
    act.sa_handler = (nr == SIGPIPE || nr == SIGXFSZ) ? SIG_IGN : SIG_DFL;
    sigaction(nr, &act, nullptr);
  }

  std::string error;
  // The flags again, now that they are known good: the runtime notes some.
  if (!eddy::InitializeProcess(opts.v8_flags, &error)) {
    fprintf(stderr, "eddy: %s\n", error.c_str());
    return 1;
  }
  if (!opts.script.empty()) opts.runtime.argv.push_back(opts.script);
  for (auto& a : opts.script_args) opts.runtime.argv.push_back(a);

  int exit_code;
  {
    std::unique_ptr<eddy::Runtime> runtime = eddy::Runtime::Create(opts.runtime, &error);
    if (!runtime) {
      fprintf(stderr, "eddy: %s\n", error.c_str());
      return 1;
    }
    if (opts.has_eval) {
      runtime->RunEval(opts.eval_code, opts.print);
      // node -i -e CODE: the REPL after the code, with what it defined.
      if (opts.interactive && !runtime->exiting()) runtime->RunRepl();
    } else if (!opts.script.empty()) {
      runtime->RunMain(opts.script);
    } else if (!opts.force_stdin && (opts.interactive || isatty(STDIN_FILENO))) {
      // No script and a terminal on stdin (or -i): the REPL, as node.
      runtime->RunRepl();
    } else {
      // No script: stdin holds the program.
      runtime->RunStdin(ReadAllStdin());
    }
    exit_code = runtime->RunLoop();
  }
  eddy::ShutdownProcess();
  return exit_code;
}
