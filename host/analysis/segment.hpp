// Word segmentation that keeps policy terms whole (两学一做, 最多跑一次,
// 不忘初心、牢记使命): cppjieba's dictionary and HMM (vendored under
// third_party/) with the policy dictionary and the slogan dictionary added as
// user words. ICU's word breaks split such terms; a dictionary segmenter
// with them as words does not.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::host {

class Segmenter {
 public:
  // Loads the dictionaries from `dir` (the shipped `terms` folder: jieba
  // dictionary, HMM model, stop words, policy.dict) plus every user file
  // (one term per line, `#` comments). Throws with the file and line on a
  // missing file or a bad line: cppjieba would abort the process on either.
  explicit Segmenter(const std::string& dir, const std::vector<std::string>& user_files = {});
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // The words of text, in order (punctuation and spaces included as cppjieba gives them).
  std::vector<std::string> cut(std::string_view text) const;
  // A word worth counting: two or more characters, Han (digits allowed, as in
  // 十四五 or 1+8+2 only when it is a dictionary term), not a stop word.
  bool countable(const std::string& word) const;
  // A term of the policy or user dictionaries (counted whatever its shape).
  bool is_policy_term(const std::string& word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongwen::host
