// The central ministries, commissions and administrations by the domains of their own sites. A
// 公示 or a 公告 a ministry posts often prints no organ: its readers know whose site they are on,
// and so does a crawler's row or a saved page that kept the address.
//
// Invariants: only an organ's own domain, whole or under one of its service labels
// (`fuwu.most.gov.cn` is 科学技术部's, `shanghai.chinatax.gov.cn` a branch's); portals that publish every organ's documents
// (`www.gov.cn`, a province's portal) are not in the table; names are the organs' current ones, as
// the sites are.
#include "runner/site_organs.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace gongwen::host {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 51> kSites = {{
    {"mfa.gov.cn", "外交部"}, {"mod.gov.cn", "国防部"}, {"ndrc.gov.cn", "国家发展和改革委员会"}, {"moe.gov.cn", "教育部"},
    {"most.gov.cn", "科学技术部"}, {"miit.gov.cn", "工业和信息化部"}, {"neac.gov.cn", "国家民族事务委员会"}, {"mps.gov.cn", "公安部"},
    {"mca.gov.cn", "民政部"}, {"moj.gov.cn", "司法部"}, {"mof.gov.cn", "财政部"}, {"mohrss.gov.cn", "人力资源和社会保障部"},
    {"mnr.gov.cn", "自然资源部"}, {"mee.gov.cn", "生态环境部"}, {"mohurd.gov.cn", "住房和城乡建设部"}, {"mot.gov.cn", "交通运输部"},
    {"mwr.gov.cn", "水利部"}, {"moa.gov.cn", "农业农村部"}, {"mofcom.gov.cn", "商务部"}, {"mct.gov.cn", "文化和旅游部"},
    {"nhc.gov.cn", "国家卫生健康委员会"}, {"mva.gov.cn", "退役军人事务部"}, {"mem.gov.cn", "应急管理部"}, {"pbc.gov.cn", "中国人民银行"},
    {"audit.gov.cn", "审计署"}, {"sasac.gov.cn", "国务院国有资产监督管理委员会"}, {"customs.gov.cn", "海关总署"},
    {"chinatax.gov.cn", "国家税务总局"}, {"samr.gov.cn", "国家市场监督管理总局"}, {"nrta.gov.cn", "国家广播电视总局"},
    {"sport.gov.cn", "国家体育总局"}, {"stats.gov.cn", "国家统计局"}, {"cidca.gov.cn", "国家国际发展合作署"},
    {"nhsa.gov.cn", "国家医疗保障局"}, {"counsellor.gov.cn", "国务院参事室"}, {"ggj.gov.cn", "国家机关事务管理局"},
    {"cnipa.gov.cn", "国家知识产权局"}, {"nmpa.gov.cn", "国家药品监督管理局"}, {"csrc.gov.cn", "中国证券监督管理委员会"},
    {"nfra.gov.cn", "国家金融监督管理总局"}, {"safe.gov.cn", "国家外汇管理局"}, {"nea.gov.cn", "国家能源局"},
    {"forestry.gov.cn", "国家林业和草原局"}, {"caac.gov.cn", "中国民用航空局"}, {"nra.gov.cn", "国家铁路局"}, {"spb.gov.cn", "国家邮政局"},
    {"ncha.gov.cn", "国家文物局"}, {"cma.gov.cn", "中国气象局"}, {"cea.gov.cn", "中国地震局"}, {"cac.gov.cn", "国家互联网信息办公室"},
    {"sastind.gov.cn", "国家国防科技工业局"},
}};

// The host of an address, lower-cased, without its port (`HTTPS://Fuwu.MOST.gov.cn:443/…` → `fuwu.most.gov.cn`).
std::string host_of(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, std::min({rest.find('/'), rest.find(':'), rest.find('?'), rest.find('#'), rest.size()}));
  std::string host(rest);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return host;
}

}  // namespace

std::string organ_of_site(std::string_view url) {
  std::string host = host_of(url);
  for (auto [domain, organ] : kSites) {
    if (host == domain) return std::string(organ);
    if (host.size() <= domain.size() + 1 || !host.ends_with(domain) || host[host.size() - domain.size() - 1] != '.') continue;
    // (The organ's own services, `www`, `fuwu`, `fgk`; a place's label names its branch's site,
    // `shanghai.chinatax.gov.cn`, `hb.mof.gov.cn`: no organ of the table.)
    std::string_view label = std::string_view(host).substr(0, host.size() - domain.size() - 1);
    for (std::string_view own : {"www", "fuwu", "fgk", "zwgk", "xxgk", "gk", "zfxxgk", "m", "wap", "search", "zwfw"})
      if (label == own) return std::string(organ);
    return {};
  }
  return {};
}

}  // namespace gongwen::host
