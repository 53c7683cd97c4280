// The keyword gate every handler shares, whatever its origin (handler.hpp).
#include "model/handler.hpp"

namespace gongwen::host {

bool Handler::gate_open(const Document& doc) const {
  const auto& keywords = info().keywords;
  if (keywords.empty()) return true;
  auto in_meta = [&](const std::string& k) {
    if (doc.title.find(k) != std::string::npos) return true;
    for (auto it = doc.fields.begin(); it != doc.fields.end(); ++it)
      if (it->is_string() && it->get_ref<const std::string&>().size() <= 200 &&
          it->get_ref<const std::string&>().find(k) != std::string::npos)
        return true;
    return false;
  };
  for (const auto& k : keywords)
    if (doc.has_word(k) || in_meta(k)) return true;
  return false;
}

}  // namespace gongwen::host
