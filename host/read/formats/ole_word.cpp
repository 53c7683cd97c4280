// Word 97-2003 .doc and Kingsoft .wps (OLE2 compound files with a
// WordDocument stream): read in process (word_binary.cpp), and through
// antiword, run as a subprocess, when that reader cannot (Word 6/95): no
// shell, a private temporary copy of the bytes, a time limit and an output
// limit. antiword's `-w 0` writes one paragraph per line. These formats lose
// their typography on both paths (no sizes, fonts or alignment), which
// docs/formats.md says.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>

#include "read/formats/formats.hpp"

extern char** environ;

namespace gongwen::host::formats {

namespace {

struct TempFile {
  std::string path;
  int fd = -1;
  ~TempFile() {
    if (fd >= 0) ::close(fd);
    if (!path.empty()) ::unlink(path.c_str());
  }
};

bool write_all(int fd, std::string_view b) {
  while (!b.empty()) {
    ssize_t n = ::write(fd, b.data(), b.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    b.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

static Extracted read_with_antiword(std::string_view bytes, const ExtractLimits& limits) {
  Extracted out;
  const char* tmpdir = std::getenv("TMPDIR");
  TempFile tmp;
  std::string pattern = fmt::format("{}/gongwen-doc-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  tmp.fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (tmp.fd < 0) {
    out.error = fmt::format("DOC/WPS: cannot create a temporary file: {}", std::strerror(errno));
    return out;
  }
  tmp.path = name.data();
  if (!write_all(tmp.fd, bytes)) {
    out.error = fmt::format("DOC/WPS: cannot write a temporary file: {}", std::strerror(errno));
    return out;
  }

  int pipe_out[2], pipe_err[2];
  if (::pipe2(pipe_out, O_CLOEXEC) != 0) {
    out.error = "DOC/WPS: cannot create a pipe";
    return out;
  }
  if (::pipe2(pipe_err, O_CLOEXEC) != 0) {
    ::close(pipe_out[0]);
    ::close(pipe_out[1]);
    out.error = "DOC/WPS: cannot create a pipe";
    return out;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, pipe_out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, pipe_err[1], 2);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  std::string w0 = "0";
  const char* argv[] = {"antiword", "-m", "UTF-8.txt", "-w", w0.c_str(), tmp.path.c_str(), nullptr};
  pid_t pid = -1;
  int rc = posix_spawnp(&pid, "antiword", &fa, nullptr, const_cast<char* const*>(argv), environ);
  posix_spawn_file_actions_destroy(&fa);
  ::close(pipe_out[1]);
  ::close(pipe_err[1]);
  if (rc != 0) {
    ::close(pipe_out[0]);
    ::close(pipe_err[0]);
    out.error = rc == ENOENT ? "a Word 97-2003 (.doc/.wps) file: antiword is not installed (tools/install-deps.sh installs it)"
                             : fmt::format("DOC/WPS: cannot run antiword: {}", std::strerror(rc));
    return out;
  }

  std::string text, err;
  bool timed_out = false, too_much = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.subprocess_seconds);
  pollfd fds[2] = {{pipe_out[0], POLLIN, 0}, {pipe_err[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    int n = ::poll(fds, 2, static_cast<int>(std::min<long long>(left, 1000)));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
        continue;
      }
      std::string& into = i == 0 ? text : err;
      into.append(buf, static_cast<std::size_t>(got));
      if (text.size() > limits.max_text) too_much = true;
      if (err.size() > 65536) err.resize(65536);
    }
    if (too_much) break;
  }
  for (auto& f : fds)
    if (f.fd >= 0) ::close(f.fd);
  if (timed_out || too_much) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    out.error = fmt::format("DOC/WPS: antiword did not finish within {} s", limits.subprocess_seconds);
    return out;
  }
  if (too_much) {
    out.error = fmt::format("DOC/WPS: more than {} bytes of text", limits.max_text);
    return out;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    while (!err.empty() && (err.back() == '\n' || err.back() == ' ')) err.pop_back();
    std::size_t nl = err.rfind('\n');
    std::string why = nl == std::string::npos ? err : err.substr(nl + 1);
    out.error = fmt::format("DOC/WPS: antiword could not read it ({})", why.empty() ? "no reason given" : why);
    return out;
  }
  ParagraphStyle plain;
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    std::string_view line(text.data() + b, e - b);
    // antiword marks pictures and drawings it cannot show.
    if (line != "[pic]" && line != "[pic]\r") out.add(line, plain);
    b = e + 1;
  }
  if (out.text.empty()) {
    out.error = "DOC/WPS: antiword found no text";
    return out;
  }
  out.styles.clear();  // no typography on this path
  out.ok = true;
  return out;
}

Extracted read_ole_word(std::string_view bytes, const ExtractLimits& limits) {
  Extracted own = read_word_binary(bytes, limits);
  if (own.ok) return own;
  Extracted other = read_with_antiword(bytes, limits);
  if (other.ok) return other;
  other.error = fmt::format("DOC/WPS: {}; {}", own.error,
                            other.error.rfind("DOC/WPS: ", 0) == 0 ? other.error.substr(9) : other.error);
  return other;
}

}  // namespace gongwen::host::formats
