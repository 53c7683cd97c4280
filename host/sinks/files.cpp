// Atomic files and the JSON Lines and CSV sinks.
#include "sinks/sink.hpp"
#include "model/json_line.hpp"

#include <fmt/format.h>

#include <openssl/evp.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gongwen::host {

namespace fs = std::filesystem;

namespace {
std::atomic<char*> temp_slots[128];
}

void remove_temp_files_now() {
  for (auto& slot : temp_slots)
    if (char* p = slot.load()) ::unlink(p);
}

namespace {

// Live temporary files, for the signal handler: fixed slots of C strings,
// since a handler may only do async-signal-safe things (unlink, raise).
constexpr int kSlots = 128;

int remember_temp(const std::string& path) {
  char* copy = ::strdup(path.c_str());
  for (int i = 0; i < kSlots; ++i) {
    char* expected = nullptr;
    if (temp_slots[i].compare_exchange_strong(expected, copy)) return i;
  }
  std::free(copy);
  return -1;  // more live outputs than slots: still removed by the destructor
}

void forget_temp(int slot) {
  if (slot < 0) return;
  std::free(temp_slots[slot].exchange(nullptr));
}

extern "C" void remove_temps_and_die(int sig) {
  remove_temp_files_now();
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

[[noreturn]] void io_fail(const std::string& path, const char* what) {
  throw OutputError(fmt::format("{}: {}: {}", path, what, std::strerror(errno)));
}

// Temporary files of runs that were killed (SIGKILL, power loss) carry the
// dead process's id: remove those of this target whose process is gone.
void remove_stale_temps(const fs::path& target) {
  std::error_code ec;
  auto dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string prefix = target.filename().string() + ".tmp.";
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid <= 0 || pid == ::getpid() || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) == 0 && S_ISREG(st.st_mode)) ::unlink(it->path().c_str());
  }
}

std::string sha256_of_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) io_fail(path, "cannot read back");
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  std::vector<char> buf(1 << 20);
  for (;;) {
    ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      EVP_MD_CTX_free(ctx);
      io_fail(path, "cannot read back");
    }
    if (n == 0) break;
    EVP_DigestUpdate(ctx, buf.data(), static_cast<std::size_t>(n));
  }
  ::close(fd);
  unsigned char md[32];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx, md, &len);
  EVP_MD_CTX_free(ctx);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

void sync_path(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) io_fail(path, "cannot open to sync");
  if (::fsync(fd) != 0 && errno != EINVAL) {
    ::close(fd);
    io_fail(path, "fsync failed");
  }
  ::close(fd);
}

}  // namespace

std::string sha256_file(const std::string& path) { return sha256_of_file(path); }

void remove_temp_files_on_signals() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction sa {};
    sa.sa_handler = remove_temps_and_die;
    sigemptyset(&sa.sa_mask);
    ::sigaction(sig, &sa, nullptr);
  }
}

void write_stdout(std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) io_fail("standard output", "write failed");
}

void flush_stdout() {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) io_fail("standard output", "write failed");
}

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
  fs::path t(target_);
  if (!t.parent_path().empty()) {
    std::error_code ec;
    fs::create_directories(t.parent_path(), ec);
    if (ec) throw OutputError(fmt::format("{}: cannot create its folder: {}", target_, ec.message()));
  }
  struct stat st {};
  if (::lstat(target_.c_str(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
    // A device or a pipe (/dev/null, a FIFO a reader waits on): written
    // through, never replaced; there is nothing to rename.
    int fd = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) io_fail(target_, "cannot write");
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    f_ = ::fdopen(fd, "wb");
    if (!f_) {
      ::close(fd);
      io_fail(target_, "cannot write");
    }
    direct_ = true;
    return;
  }
  if (::lstat(target_.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    throw OutputError(fmt::format("{}: exists and is not a regular file ({}); refusing to replace it",
                                  target_, S_ISLNK(st.st_mode) ? "a symbolic link" : S_ISDIR(st.st_mode) ? "a directory" : "a socket or block device"));
  remove_stale_temps(t);
  std::string tmpl = target_ + fmt::format(".tmp.{}.XXXXXX", ::getpid());
  int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);  // O_CREAT | O_EXCL: never follows what is there
  if (fd < 0) io_fail(target_, "cannot create a temporary file beside it");
  tmp_ = tmpl;
  slot_ = remember_temp(tmp_);
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);  // mkstemp's 0600 is for the temporary name only
  f_ = ::fdopen(fd, "wb");
  if (!f_) {
    ::close(fd);
    io_fail(tmp_, "cannot write");
  }
}

AtomicFile::~AtomicFile() {
  if (f_) std::fclose(f_);
  if (!published_ && !direct_) ::unlink(tmp_.c_str());
  forget_temp(slot_);
}

void AtomicFile::close_stream() {
  if (f_ && std::fclose(f_) != 0) {
    f_ = nullptr;
    io_fail(tmp_, "close failed");
  }
  f_ = nullptr;
}

void AtomicFile::write(std::string_view bytes) {
  if (!f_ || std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) io_fail(tmp_, "write failed");
}

std::string AtomicFile::seal() {
  if (direct_) {
    std::FILE* f = f_;
    f_ = nullptr;
    bool ok = f && std::fflush(f) == 0 && !std::ferror(f);
    if (f && std::fclose(f) != 0) ok = false;
    if (!ok) io_fail(target_, "write failed");
    sealed_ = true;
    return "";
  }
  if (f_) {
    std::FILE* f = f_;
    f_ = nullptr;
    bool ok = std::fflush(f) == 0 && !std::ferror(f) && ::fsync(fileno(f)) == 0;
    int err = errno;
    if (std::fclose(f) != 0 && ok) ok = false;
    else errno = err;
    if (!ok) io_fail(tmp_, "write failed");
  } else {
    sync_path(tmp_, O_RDONLY);  // written by another library (SQLite): sync it ourselves
  }
  sealed_ = true;
  return sha256_of_file(tmp_);
}

void AtomicFile::publish() {
  if (!sealed_) seal();
  if (direct_) return;
  struct stat st {};
  if (::lstat(target_.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    throw OutputError(fmt::format("{}: is no longer a regular file; refusing to replace it", target_));
  if (std::rename(tmp_.c_str(), target_.c_str()) != 0) io_fail(target_, "cannot rename into place");
  published_ = true;
  forget_temp(slot_);
  slot_ = -1;
  auto dir = fs::path(target_).parent_path();
  sync_path(dir.empty() ? "." : dir.string(), O_RDONLY | O_DIRECTORY);
}

namespace {

// The output of a sink: a file of its own, or standard output.
struct Out {
  std::unique_ptr<AtomicFile> file;
  std::string name = "-";
  void put(std::string_view s) {
    if (file) file->write(s);
    else write_stdout(s);
  }
  std::string seal() {
    if (file) return file->seal();
    flush_stdout();
    return "";
  }
  void publish() {
    if (file) file->publish();
  }
};

class JsonlSink final : public Sink {
 public:
  JsonlSink() = default;
  explicit JsonlSink(const std::string& path) {
    out_.file = std::make_unique<AtomicFile>(path);
    out_.name = path;
  }
  void write(const Document&, const Json& record) override {
    std::string line = json_line(record);
    line += '\n';
    out_.put(line);
  }
  void write_line(const Document&, const Json&, const std::string& line) override { out_.put(line); }
  bool wants_record() const override { return false; }
  std::string seal() override { return out_.seal(); }
  void publish() override { out_.publish(); }
  const std::string& target() const override { return out_.name; }

 private:
  Out out_;
};

// A JSON array of records (`.json` outputs), written as it goes.
class JsonArraySink final : public Sink {
 public:
  explicit JsonArraySink(const std::string& path) {
    out_.file = std::make_unique<AtomicFile>(path);
    out_.name = path;
  }
  void write(const Document&, const Json& record) override {
    write_line({}, {}, json_line(record));
  }
  void write_line(const Document&, const Json&, const std::string& line) override {
    out_.put(first_ ? "[\n" : ",\n");
    first_ = false;
    std::string_view l(line);
    while (!l.empty() && l.back() == '\n') l.remove_suffix(1);
    out_.put(l);
  }
  bool wants_record() const override { return false; }
  std::string seal() override {
    out_.put(first_ ? "[]\n" : "\n]\n");
    return out_.seal();
  }
  void publish() override { out_.publish(); }
  const std::string& target() const override { return out_.name; }

 private:
  Out out_;
  bool first_ = true;
};

// One row per document; fields flattened as fields.KEY (lists and objects as JSON).
class CsvSink final : public Sink {
 public:
  CsvSink(const std::string& path, bool bom) {
    out_.file = std::make_unique<AtomicFile>(path);
    out_.name = path;
    header(bom);
  }
  explicit CsvSink(bool bom) { header(bom); }
  void header(bool bom) {
    if (bom) out_.put("\xEF\xBB\xBF");
    out_.put("id,path,container,index,line_start,line_end,kind,handler,title,sections,entities,error,fields\n");
  }
  void write(const Document& d, const Json& r) override {
    auto str = [](const Json& j) { return j.is_null() ? std::string() : j.is_string() ? j.get<std::string>() : j.dump(); };
    std::string row;
    row += csv_quote(str(r["id"])) + ",";
    row += csv_quote(str(r["source"]["path"])) + ",";
    row += csv_quote(str(r["source"]["container"])) + ",";
    row += str(r["source"]["index"]) + ",";
    row += str(r["source"]["line_start"]) + ",";
    row += str(r["source"]["line_end"]) + ",";
    row += csv_quote(str(r["kind"])) + ",";
    row += csv_quote(str(r["handler"])) + ",";
    row += csv_quote(str(r["title"])) + ",";
    // From the record alone: an isolated worker's documents arrive as records.
    (void)d;
    row += std::to_string(r.contains("sections") ? r["sections"].size() : 0) + ",";
    row += std::to_string(r.contains("entities") ? r["entities"].size() : 0) + ",";
    row += csv_quote(r.contains("error") && r["error"].is_object() ? str(r["error"]["message"]) : "") + ",";
    row += csv_quote(json_line(r["fields"])) + "\n";
    out_.put(row);
  }
  std::string seal() override { return out_.seal(); }
  void publish() override { out_.publish(); }
  const std::string& target() const override { return out_.name; }

 private:
  Out out_;
};

}  // namespace

std::string csv_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::unique_ptr<Sink> make_jsonl_sink(std::FILE*) { return std::make_unique<JsonlSink>(); }
std::unique_ptr<Sink> make_jsonl_file_sink(const std::string& path) { return std::make_unique<JsonlSink>(path); }
std::unique_ptr<Sink> make_csv_sink(const std::string& path, bool bom) { return std::make_unique<CsvSink>(path, bom); }
std::unique_ptr<Sink> make_csv_sink(std::FILE*, bool bom) { return std::make_unique<CsvSink>(bom); }

bool sink_needs_text(const std::string& target) {
  auto ext = fs::path(target).extension().string();
  return ext == ".sqlite" || ext == ".db";
}

std::string output_format(const std::string& target) {
  if (target == "-") return "jsonl";
  auto ext = fs::path(target).extension().string();
  if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
  if (ext == ".json") return "json";
  if (ext == ".csv") return "csv";
  if (ext == ".sqlite" || ext == ".db" || ext == ".sqlite3") return "sqlite";
  if (ext == ".xlsx") return "xlsx";
  return "";
}

std::unique_ptr<Sink> open_sink(const std::string& target, const std::string& format) {
  std::string fmt_ = format;
  if (fmt_.empty()) fmt_ = output_format(target);
  struct stat st {};
  if (fmt_.empty() && ::stat(target.c_str(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) fmt_ = "jsonl";
  if (fmt_.empty())
    throw OutputError(fmt::format("{}: unknown output type (use .jsonl, .json, .csv, .sqlite or .xlsx, or - for standard output)", target));
  if (target == "-") return make_jsonl_sink(stdout);
  if (fmt_ == "json") return std::make_unique<JsonArraySink>(target);
  if (fmt_ == "csv") return make_csv_sink(target, false);
  if (fmt_ == "csv-bom") return make_csv_sink(target, true);
  if (fmt_ == "sqlite") return make_sqlite_sink(target);
  if (fmt_ == "xlsx") return make_xlsx_sink(target);
  return make_jsonl_file_sink(target);
}

}  // namespace gongwen::host
