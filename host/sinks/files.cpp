// Atomic files and the JSON Lines and CSV sinks.
#include "sinks/sink.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace gongwen::host {

namespace fs = std::filesystem;

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
  auto dir = fs::path(target_).parent_path();
  if (!dir.empty()) fs::create_directories(dir);
  tmp_ = target_ + fmt::format(".tmp.{}", ::getpid());
  f_ = std::fopen(tmp_.c_str(), "wb");
  if (!f_) throw std::runtime_error(fmt::format("{}: cannot write: {}", tmp_, std::strerror(errno)));
}

AtomicFile::~AtomicFile() {
  if (f_) std::fclose(f_);
  if (!committed_) std::remove(tmp_.c_str());
}

void AtomicFile::close_stream() {
  if (f_) std::fclose(f_);
  f_ = nullptr;
}

void AtomicFile::commit() {
  if (f_) {
    if (std::fflush(f_) != 0 || ::fsync(fileno(f_)) != 0)
      throw std::runtime_error(fmt::format("{}: write failed: {}", tmp_, std::strerror(errno)));
    std::fclose(f_);
    f_ = nullptr;
  }
  if (std::rename(tmp_.c_str(), target_.c_str()) != 0)
    throw std::runtime_error(fmt::format("{}: cannot rename into place: {}", target_, std::strerror(errno)));
  committed_ = true;
}

namespace {

void put(std::FILE* f, std::string_view s) {
  if (std::fwrite(s.data(), 1, s.size(), f) != s.size()) throw std::runtime_error(fmt::format("write failed: {}", std::strerror(errno)));
}

class JsonlSink final : public Sink {
 public:
  explicit JsonlSink(std::FILE* out) : out_(out) {}
  explicit JsonlSink(const std::string& path) : file_(std::make_unique<AtomicFile>(path)), out_(file_->get()) {}
  void write(const Document&, const Json& record) override {
    std::string line = record.dump(-1, ' ', false, Json::error_handler_t::replace);
    line += '\n';
    put(out_, line);
  }
  void write_line(const Document&, const Json&, const std::string& line) override { put(out_, line); }
  void commit() override {
    if (file_) file_->commit();
    else std::fflush(out_);
  }

 private:
  std::unique_ptr<AtomicFile> file_;
  std::FILE* out_;
};

// One row per document; fields flattened as fields.KEY (lists and objects as JSON).
class CsvSink final : public Sink {
 public:
  CsvSink(const std::string& path, bool bom) : file_(std::make_unique<AtomicFile>(path)), out_(file_->get()) { header(bom); }
  CsvSink(std::FILE* out, bool bom) : out_(out) { header(bom); }
  void header(bool bom) {
    if (bom) put(out_, "\xEF\xBB\xBF");
    put(out_, "id,path,container,index,line_start,line_end,kind,handler,title,sections,entities,error,fields\n");
  }
  void write(const Document& d, const Json& r) override {
    auto q = [](const std::string& s) {
      std::string out = "\"";
      for (char c : s) {
        if (c == '"') out += '"';
        out += c;
      }
      return out + "\"";
    };
    auto str = [](const Json& j) { return j.is_null() ? std::string() : j.is_string() ? j.get<std::string>() : j.dump(); };
    std::string row;
    row += q(str(r["id"])) + ",";
    row += q(str(r["source"]["path"])) + ",";
    row += q(str(r["source"]["container"])) + ",";
    row += str(r["source"]["index"]) + ",";
    row += str(r["source"]["line_start"]) + ",";
    row += str(r["source"]["line_end"]) + ",";
    row += q(str(r["kind"])) + ",";
    row += q(str(r["handler"])) + ",";
    row += q(str(r["title"])) + ",";
    row += std::to_string(d.sections.size()) + ",";
    row += std::to_string(d.entities.size()) + ",";
    row += q(d.error ? *d.error : "") + ",";
    row += q(r["fields"].dump(-1, ' ', false, Json::error_handler_t::replace)) + "\n";
    put(out_, row);
  }
  void commit() override {
    if (file_) file_->commit();
    else std::fflush(out_);
  }

 private:
  std::unique_ptr<AtomicFile> file_;
  std::FILE* out_;
};

}  // namespace

std::unique_ptr<Sink> make_jsonl_sink(std::FILE* out) { return std::make_unique<JsonlSink>(out); }
std::unique_ptr<Sink> make_jsonl_file_sink(const std::string& path) { return std::make_unique<JsonlSink>(path); }
std::unique_ptr<Sink> make_csv_sink(const std::string& path, bool bom) { return std::make_unique<CsvSink>(path, bom); }
std::unique_ptr<Sink> make_csv_sink(std::FILE* out, bool bom) { return std::make_unique<CsvSink>(out, bom); }

bool sink_needs_text(const std::string& target) {
  auto ext = fs::path(target).extension().string();
  return ext == ".sqlite" || ext == ".db";
}

std::unique_ptr<Sink> open_sink(const std::string& target, const std::string& format) {
  std::string fmt_ = format;
  if (fmt_.empty()) {
    auto ext = fs::path(target).extension().string();
    fmt_ = ext == ".csv" ? "csv" : (ext == ".sqlite" || ext == ".db") ? "sqlite" : "jsonl";
  }
  if (target == "-") return make_jsonl_sink(stdout);
  if (fmt_ == "csv") return make_csv_sink(target, false);
  if (fmt_ == "csv-bom") return make_csv_sink(target, true);
  if (fmt_ == "sqlite") return make_sqlite_sink(target);
  return make_jsonl_file_sink(target);
}

}  // namespace gongwen::host
