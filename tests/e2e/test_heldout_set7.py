"""Issues 13 and 15, held-out round 7 (gold by hand before gongwen ran on them): university and
party-branch 公文 as rows of two demo projects' MySQL dumps (tests/devset/gongwen-7), news pages kept in
PHP/JSP templates (tests/devset/pages-2) and scraped lists and a 新闻联播 archive as CSV and JSON
(tests/devset/datasets-2). Floors are the figures when the session's fixes landed."""
import os
from e2e import *

DEV = os.path.join(SOURCE, "tests", "devset")

# 公文 as dump rows.
SET = os.path.join(DEV, "gongwen-7")
floors(evaluate("eval_official", "--gongwen", GONGWEN, "--devset", SET),
       {"kind": 4, "title": 4, "doc_number": 1, "issuer": 4, "date": 4, "recipients": 4})

def fields(path):
    rc, o, e = run("process", "--no-extract", path)
    recs = records(o)
    return recs[0]["fields"] if recs else {}

# A text whose only markup is <br> is read as lines; a party branch's name broken over two of them is one signer.
f = fields(os.path.join(SET, "001_hunan-ligong-xinke-xueyuan-xuesheng-disan-zhibu-zhuanzheng-qingshi-2021.sql"))
check(f.get("recipients") == ["中共湖南理工学院信息科学与工程学院委员会"], f"<br> lines: recipients {f.get('recipients')}")
check(f.get("issuer") == ["中共湖南理工学院信息科学与工程学院学生第三支部委员会"], f"one signer over two lines: {f.get('issuer')}")
# Two offices glued together by a flattened text are two signers.
f = fields(os.path.join(SET, "002_hunan-ligong-xueyuan-tianjing-yundonghui-tongzhi-2021.sql"))
check(f.get("issuer") == ["中共湖南理工学院委员会办公室", "湖南理工学院校长办公室"], f"glued joint signers split: {f.get('issuer')}")

# A joint signature in two columns, one name broken over three lines of the left one.
f = fields(os.path.join(SET, "004_jiaozhou-shiwei-zuzhibu-deng-guanying-dianying-tongzhi-2013.html"))
check(f.get("issuer") == ["中共胶州市委组织部", "中共胶州市委宣传部", "中共胶州市委党的群众路线教育实践活动领导小组办公室", "胶州市文化广电新闻出版局"],
      f"four signers read column by column: {f.get('issuer')}")

# Pages in server templates.
PAGES = os.path.join(DEV, "pages-2")
floors(evaluate("eval_pages", PAGES, "--gongwen", GONGWEN),
       {"title": 6, "date": 5, "source": 4, "first": 5, "last": 5, "chrome": 4, "kind": 3}, "pages ")
rc, o, e = run("process", "--no-extract", os.path.join(PAGES, "002_zhclsy-wenjiabao-waijiaoxueyuan-tongxiang.php"))
r = records(o)[0] if records(o) else {"fields": {}}
check(r.get("title", "").startswith("温家宝赴外交学院"), f"a trail's last step (> 动态内容) is no title: {r.get('title')!r}")
check(r["fields"].get("page_date") == "2012-09-11", f"an info line with its source dates the page: {r['fields'].get('page_date')}")

# Datasets: a list without text, a US-ordered date column, a source column of organs, titles scraped twice.
ROWS = os.path.join(DEV, "datasets-2")
floors(evaluate("eval_rows", GONGWEN, ROWS), {"rec": 26, "title": 26, "date": 25, "issuer": 19, "kind": 17}, "rows ")
rc, o, e = run("process", "--no-extract", os.path.join(ROWS, "02_guangzhou-yiqing-tzgg-liebiao.csv"))
recs = records(o)
check(len(recs) == 10 and recs[0]["fields"].get("row_date") == "2020-01-24", f"1/24/2020 is 24 January: {recs[0]['fields'].get('row_date') if recs else None}")
check(recs and recs[0]["fields"].get("issuer") == ["广州市卫生健康委员会"], f"an organ in the source column issues: {recs[0]['fields'].get('issuer') if recs else None}")
rc, o, e = run("process", "--no-extract", os.path.join(ROWS, "03_guangzhou-yiqing-tzgg-liebiao.json"))
recs = records(o)
check(len(recs) == 10 and recs[2]["title"] == "广州市疫情防控重点保障企业优惠贷款贴息申报补充指引", f"a title scraped twice, once: {recs[2]['title'] if len(recs) > 2 else None}")
rc, o, e = run("process", "--no-extract", os.path.join(ROWS, "01_xwlb-cctv-20131231-xinnian-heci.json"))
recs = records(o)
check(recs and recs[0]["title"] == "习近平主席发表2014年新年贺词", f"[视频] is no part of a title: {recs[0]['title'] if recs else None}")
done()
