"""Held-out round of session 20 (issues 12, 13, 14, 15): the round's committed sets with their floors,
and inputs modelled on the round's files (names replaced)."""
import json
import os
from e2e import *

D = os.path.join(SOURCE, "tests", "devset")
tmp = tmpdir()


write = lambda name, content, mode="w": write_file(tmp, name, content, mode)
recs = process_records


# ---- a plenum signs what it adopted (organ_like: `…全体会议`) --------------------------------------
r = recs(write("plenum.txt", "关于制定国民经济和社会发展第七个五年计划的建议的说明\n（一九八五年九月十八日）\n\n各位代表：\n\n"
                             "现将有关情况报告如下。这是正文内容，讲了很多事情。\n\n中国共产党第十二届中央委员会第四次全体会议\n一九八五年九月二十三日\n"),
         "--no-split")[0]
check((r["fields"].get("issuer"), r["fields"].get("date")) == (["中国共产党第十二届中央委员会第四次全体会议"], "1985-09-23"),
      f"a plenum's signature is its issuer: {r['fields'].get('issuer')} {r['fields'].get('date')}")

# ---- a numbered announcement's masthead with no title under it is its title ----------------------
r = recs(write("tonggao.txt", "某某市疫情防控工作指挥部通告（第1号）\n\n为切实做好疫情防控工作，现通告如下：\n"
                              "一、全市各单位要严格落实防控措施。\n二、本通告自发布之日起施行。\n\n某某市疫情防控工作指挥部\n2020年1月26日\n"),
         "--no-split")[0]
check((r["kind"], r["title"], r["fields"].get("issuer")) == ("public_notice", "某某市疫情防控工作指挥部通告（第1号）", ["某某市疫情防控工作指挥部"]),
      f"the masthead names the 通告: {r['kind']} {r['title']!r} {r['fields'].get('issuer')}")

# ---- a listing's rows: no text, a title and metadata (datasets-3/04 shape) ------------------------
rows = write("listing.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in [
    {"title": "某某省人民政府办公厅关于同意某某高速公路设置收费站的复函", "date": "2024-07-08", "content": ""},
    {"title": "关于公布2021年度继续教育项目的通知", "date": "2020-12-29", "source": "某某市卫生健康委员会", "content": None},
    {"title": "", "date": "2021-01-06", "content": ""}]))
rc, out, err = run("process", rows)
rs = records(out)
ids = lambda r: [x["id"] for x in r.get("diagnostics", [])]
check(rc == 1 and [r.get("kind") for r in rs[:2]] == ["letter", "notice"] and all("read.row_title_only" in ids(r) for r in rs[:2]),
      f"title-only rows are records of their title's kind, said so; the empty row fails: rc={rc} {[(r.get('kind'), ids(r)) for r in rs]}")
check(rs[0]["fields"].get("issuer") == ["某某省人民政府办公厅"] and "read.row" in ids(rs[2]),
      f"the issuer from the title; a row with nothing is an error: {rs[0]['fields'].get('issuer')} {ids(rs[2])}")

# ---- a short 公文 whose list and signature lines share a length is not hard-wrapped text ----------
joint = ("中共某某省委办公厅　某某省人民政府办公厅\n关于进一步加强基层减负工作的若干意见\n\n"
         "各市委、市政府，省委各部委，省级国家机关各部门党组（党委）：\n"
         "　　为深入贯彻落实党中央关于整治形式主义为基层减负的决策部署，经省委、省政府同意，现提出如下意见。\n"
         "　　一、严格控制发文数量\n　　二、精简会议活动\n\n中共某某省委办公厅\n某某省人民政府办公厅\n2023年6月1日\n")
r = recs(write("joint-short.txt", joint), "--no-split")[0]
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("date"), f.get("recipients")) ==
      ("opinion", ["中共某某省委办公厅", "某某省人民政府办公厅"], "2023-06-01", ["各市委、市政府", "省委各部委", "省级国家机关各部门党组（党委）"]),
      f"lines kept apart: {r['kind']} {f.get('issuer')} {f.get('date')} {f.get('recipients')}")

# ---- a 纪要's header line: who issued it and when, apart from the meeting's date ------------------
r = recs(write("jiyao.txt", "县长办公会议纪要\n\n〔2023〕第5期\n\n某某县人民政府办公室　　　　　　　　2023年4月20日\n\n"
                            "　　2023年4月18日上午，县长张某某在县政府第一会议室主持召开县长办公会议，研究了城区停车场建设等事项。"
                            "现将会议议定事项纪要如下：\n　　一、关于城区停车场建设问题\n　　会议原则同意县住建局提出的建设方案。\n\n"
                            "　　二、关于农贸市场改造问题\n　　会议要求县商务局抓紧完善方案。\n\n"
                            "　　出席：张某某、李某某、王某某\n　　列席：县住建局、县商务局负责同志\n　　请假：赵某某\n"), "--no-split")[0]
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("issued"), f.get("date")) == ("minutes", ["某某县人民政府办公室"], "2023-04-20", "2023-04-18"),
      f"the header's organ and date: {r['kind']} {f.get('issuer')} {f.get('issued')} {f.get('date')}")

# ---- 主题词: its words, which spaces part (a letter-spaced label too) --------------------------------
r = recs(write("zhutici.txt", "中共某某市委组织部\n关于表彰2022年度全市组织工作先进集体的决定\n\n各县（市、区）委组织部：\n"
                              "为表彰先进，经研究，决定授予某某县委组织部等10个单位“全市组织工作先进集体”称号。\n\n"
                              "中共某某市委组织部\n二〇二三年一月十日\n\n主 题 词：组织工作　表彰  决定\n"), "--no-split")[0]
check(r["fields"].get("keywords") == ["组织工作", "表彰", "决定"], f"主题词 as a list: {r['fields'].get('keywords')}")

# ---- pages: a TRS path and site joined with the scheme the page's links use; a <title> that is ---
# ---- the site's name alone ------------------------------------------------------------------------
body = "".join(f"<p>第{i}段：为促进新能源汽车贸易健康发展，依据有关法律规定，现就有关事项公告如下，请遵照执行。</p>" for i in range(1, 6))
trs = ('<html><head><meta name="ArticleTitle" content="公布对某类商品实施出口许可证管理"><meta name="SiteDomain" content="www.example.gov.cn">'
       '<meta name="Url" content="/zcfb/art/2025/art_1.html"><title>公布对某类商品实施出口许可证管理</title></head><body>'
       '<a href="https://www.example.gov.cn/">首页</a><h1>公布对某类商品实施出口许可证管理</h1>' + body + '</body></html>')
r = recs(write("trs.html", trs), "--no-split")[0]
check(r["fields"].get("url") == "https://www.example.gov.cn/zcfb/art/2025/art_1.html", f"TRS Url + SiteDomain: {r['fields'].get('url')}")
r = recs(write("trs-noscheme.html", trs.replace('<a href="https://www.example.gov.cn/">首页</a>', "")), "--no-split")[0]
check(r["fields"].get("url") is None, f"no link shows the scheme: no address guessed: {r['fields'].get('url')}")
site = ('<html><head><TITLE>某某书苑</TITLE></head><body>'
        '<h1>某某同志铜像揭幕仪式在某某学院举行</h1>' + body + '</body></html>')
r = recs(write("site-title.php", site), "--no-split")[0]
check((r["title"], r["fields"].get("site")) == ("某某同志铜像揭幕仪式在某某学院举行", "某某书苑"),
      f"a <title> that is the site's name alone: {r['title']!r} {r['fields'].get('site')}")

# ---- a notice issuing a document: the title line the notice names starts the issued document ---
paras = "".join(f"　　（{n}）第{n}项措施。加大政策支持力度，优化营商环境，保障民营企业依法平等使用资源要素，促进公平竞争。\n" for n in "一二三四")
issue = write("yinfa.txt", "某某市人民政府关于印发某某市促进民营经济高质量发展若干措施的通知\n某政发〔2023〕8号\n\n各区人民政府，市政府各部门：\n"
              "　　现将《某某市促进民营经济高质量发展若干措施》印发给你们，请认真贯彻执行。\n\n某某市人民政府\n2023年6月1日\n（此件公开发布）\n\n"
              "某某市促进民营经济高质量发展若干措施\n\n　　为促进民营经济高质量发展，结合本市实际，制定以下措施。\n" + paras)
rs = recs(issue)
check(len(rs) == 2 and rs[0]["kind"] == "notice" and rs[1]["title"] == "某某市促进民营经济高质量发展若干措施"
      and rs[0]["fields"].get("attachment") == rs[1]["id"] and rs[1]["fields"].get("attachment_of") == rs[0]["id"],
      f"the issued 若干措施 is a record of its own: {[(r['kind'], r['title']) for r in rs]}")

done()
