// What the host knows about a document-type handler, whatever its origin.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace gongwen::host {

struct HandlerInfo {
  std::string name;
  std::string origin;  // "native" | "lua"
  std::string version;
  std::vector<std::string> kinds;
  std::string description;
  std::string file;    // the library or script it came from
  int priority = 0;
  std::string abi;     // "1.0" for native plugins
  std::string content_hash;  // sha256 of the library or script file
  // A document that contains none of these strings scores 0 without a call
  // into the handler (empty: always called). A cheap heuristic gate, as
  // Wireshark's heuristic dissectors have: most handlers reject most documents.
  std::vector<std::string> keywords;
  // Words detect() asks about (doc:hits) without gating on them: found in the
  // same pass as the keywords, so asking costs no search.
  std::vector<std::string> words;

  std::string id() const { return name + "@" + origin; }
};

// A handler failure with the text a user should see ("wechat.lua:12: ...").
struct HandlerError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One live handler instance. Instances belong to one worker; calls on one
// instance never overlap.
class Handler {
 public:
  virtual ~Handler() = default;
  const HandlerInfo& info() const { return *info_; }
  virtual double detect(Document& doc) = 0;
  virtual void process(Document& doc) = 0;
  // False when the handler has keywords and doc holds none of them: detect
  // scores 0 without running. Besides the text, the title and the short
  // values a wrapper gave (a page's column, a row's genre) count: they are
  // evidence too.
  bool gate_open(const Document& doc) const;

 protected:
  explicit Handler(std::shared_ptr<const HandlerInfo> info) : info_(std::move(info)) {}

 private:
  std::shared_ptr<const HandlerInfo> info_;
};

std::vector<std::string> split_kinds(std::string_view csv);

}  // namespace gongwen::host
