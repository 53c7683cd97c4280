// Word's automatic numbering (word/numbering.xml): the marker a reader sees
// (`一、`, `（一）`, `1.`, `1.2`) for each numbered paragraph, counted in
// document order, lvlOverride/startOverride honoured.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace gongwen::host::formats {

class Numbering {
 public:
  void load(const xmlNode* root);
  // The marker of the next paragraph numbered (numId, ilvl); "" for bullets and unknown lists.
  std::string next(int id, int level);

 private:
  struct Level {
    int start = 1;
    std::string fmt = "decimal";
    std::string text;  // "%1、", "（%1）", "%1.%2"
  };
  std::unordered_map<int, std::vector<Level>> nums_;
  std::unordered_map<int, std::vector<int>> counters_;
};

}  // namespace gongwen::host::formats
