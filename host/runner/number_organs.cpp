// The central Party and state organs by the codes that open their document numbers, as the
// 发文字号 of GB/T 9704 writes them (`国办发`, `教基厅函`, `人社部发`, `财税`). A document a
// library or a crawler kept without its signature still carries its number: the code says
// who issued it.
//
// Invariants: only codes of two characters or more, each of one organ (a one-character code,
// `商`, `建`, is a city's as often: 商丘, 建德); the longest code wins; a code whose organ was
// renamed gives the name of the year the number carries (a number without a year, none); a general office's code (`…厅`, `…办`
// after the organ's) gives the office.
#include "runner/number_organs.hpp"

#include <gongwen/text.hpp>

#include <array>

namespace gongwen::host {

namespace {

struct Code {
  std::string_view code;
  std::string_view organ;
  int from = 0, to = 9999;  // the years the organ bore that name
};

// The longest code that opens a number wins (`教基厅` over `教基`); an organ renamed in a year (2018's
// reform) is its new name from that year on.
constexpr std::array kCodes = {
    Code{"国办发", "国务院办公厅"}, Code{"国办函", "国务院办公厅"}, Code{"国发", "国务院"}, Code{"国函", "国务院"},
    Code{"中办发", "中共中央办公厅"}, Code{"厅字", "中共中央办公厅 国务院办公厅"}, Code{"中发", "中共中央 国务院"},
    Code{"国土资厅", "国土资源部办公厅"}, Code{"国土资", "国土资源部", 1998, 2018},
    Code{"自然资办", "自然资源部办公厅"}, Code{"自然资", "自然资源部", 2018},
    Code{"人社厅", "人力资源社会保障部办公厅"}, Code{"人社部", "人力资源社会保障部", 2008},
    Code{"劳社部", "劳动和社会保障部", 1998, 2008}, Code{"劳社厅", "劳动和社会保障部办公厅", 1998, 2008},
    Code{"发改办", "国家发展改革委办公厅"}, Code{"发改", "国家发展改革委"},
    Code{"工信厅", "工业和信息化部办公厅"}, Code{"工信部", "工业和信息化部", 2008},
    Code{"国税发", "国家税务总局"}, Code{"国税函", "国家税务总局"}, Code{"税总发", "国家税务总局"}, Code{"税总函", "国家税务总局"},
    Code{"税总办", "国家税务总局办公厅"}, Code{"国科发", "科学技术部"}, Code{"国科办", "科学技术部办公厅"},
    Code{"公通字", "公安部"}, Code{"民发", "民政部"}, Code{"民函", "民政部"}, Code{"民办发", "民政部办公厅"},
    Code{"财税", "财政部"}, Code{"财预", "财政部"}, Code{"财社", "财政部"}, Code{"财教", "财政部"}, Code{"财建", "财政部"},
    Code{"财会", "财政部"}, Code{"财库", "财政部"}, Code{"财农", "财政部"}, Code{"财金", "财政部"}, Code{"财行", "财政部"},
    Code{"财办", "财政部办公厅"},
    Code{"教高厅", "教育部办公厅"}, Code{"教基厅", "教育部办公厅"}, Code{"教职成厅", "教育部办公厅"}, Code{"教师厅", "教育部办公厅"},
    Code{"教发厅", "教育部办公厅"}, Code{"教研厅", "教育部办公厅"}, Code{"教财厅", "教育部办公厅"}, Code{"教技厅", "教育部办公厅"},
    Code{"教高", "教育部"}, Code{"教基", "教育部"}, Code{"教职成", "教育部"}, Code{"教师", "教育部"}, Code{"教发", "教育部"},
    Code{"教研", "教育部"}, Code{"教财", "教育部"}, Code{"教技", "教育部"}, Code{"教社科", "教育部"}, Code{"教思政", "教育部"},
    Code{"教体艺", "教育部"}, Code{"教督", "教育部"}, Code{"教政法", "教育部"}, Code{"教语用", "教育部"}, Code{"教监管", "教育部"},
    Code{"国卫办", "国家卫生健康委办公厅", 2018}, Code{"国卫", "国家卫生健康委", 2018},
    Code{"国卫办", "国家卫生计生委办公厅", 2013, 2017}, Code{"国卫", "国家卫生计生委", 2013, 2017},
    Code{"应急厅", "应急管理部办公厅"}, Code{"应急", "应急管理部", 2018}, Code{"文旅", "文化和旅游部", 2018},
    Code{"国市监", "国家市场监督管理总局", 2018}, Code{"银保监", "中国银行保险监督管理委员会", 2018, 2023},
    Code{"证监", "中国证券监督管理委员会"}, Code{"银发", "中国人民银行"}, Code{"署税发", "海关总署"},
    Code{"环办", "环境保护部办公厅", 2008, 2017}, Code{"环发", "环境保护部", 2008, 2017},
    Code{"环办", "生态环境部办公厅", 2018}, Code{"环发", "生态环境部", 2018},
};

}  // namespace

std::string organ_of_number_code(std::string_view code, int year) {
  std::string_view best;
  std::size_t best_len = 0;
  for (const auto& c : kCodes) {
    if (!code.starts_with(c.code) || c.code.size() <= best_len) continue;
    if (year && (year < c.from || year > c.to)) continue;
    if (!year && (c.from || c.to != 9999)) continue;  // (a renamed organ needs the year)
    best = c.organ, best_len = c.code.size();
  }
  return std::string(best);
}

}  // namespace gongwen::host
