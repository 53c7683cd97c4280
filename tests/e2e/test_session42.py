"""Session 42: documents from the fifteenth round of held-out sets (probes 107–111) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import json
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp = tmpdir()
write = lambda name, content, mode="w": write_file(tmp, name, content, mode)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


def row(name, **cells):
    return one(name, json.dumps(cells, ensure_ascii=False) + "\n")


# A national platform's bulletin reposted by an account: its number under the platform's blurb,
# labelled by its 文种 (`安全公告编号:CNTA-2031-0007`), a code of letters, year and serial. A
# project's or a tender's 编号 is none.
bulletin = ("# 关于某某软件存在远程代码执行漏洞的安全公告\n\n某某应急中心\n\n以下文章来源于某某漏洞平台，作者某某\n\n"
            "某某漏洞共享平台是由某某中心联合多家单位建立的国家网络安全漏洞库。\n\n安全公告编号:{label}\n\n"
            "2031年3月2日，某某漏洞共享平台收录了某某软件远程代码执行漏洞。\n\n一、漏洞情况分析\n\n某某软件是一款常用软件。\n\n"
            "二、漏洞处置建议\n\n厂商已发布新版本修复该漏洞。\n")
r = one("bulletin.md", bulletin.format(label="CNTA-2031-0007"))
check((r["fields"].get("doc_number") or {}).get("text") == "CNTA-2031-0007", f"a bulletin's labelled code: {r['fields'].get('doc_number')}")
r = one("tender.md", bulletin.replace("安全公告编号", "项目编号").format(label="ZB-2031-0007"))
check(not r["fields"].get("doc_number"), f"a project's 编号: {r['fields'].get('doc_number')}")
r = one("no-year.md", bulletin.format(label="CNTA-0007"))
check(not r["fields"].get("doc_number"), f"a code without a year: {r['fields'].get('doc_number')}")

# A speech given to a meeting named for a report (`在某某进展汇报会上的讲话`): a speech, its meeting's
# 汇报 no genre of the text; a report given to a plenum (`在某某党第三届委员会第二次全体会议上的报告`,
# dated in words in brackets) is a report, said to the hall as a speech is.
r = one("briefing-speech.md", "## 在某某工作进展汇报会上的讲话\n\n2031年12月30日\n\n【导  读】2031年，某某公司开展了一项专项工作。\n\n"
        "这几年公司发生了很大变化，这一点应该感谢你们。\n\n一、坚持推行流程责任制，主管要真正承担起责任。\n\n要从流程遵从走向流程责任。\n\n"
        "二、加强威慑，问责标准逐年收紧。\n\n问责标准要逐年收紧。\n")
check(r["kind"] == "speech" and r["fields"].get("date") == "2031-12-30", f"a speech at a 汇报会: {r['kind']} {r['fields'].get('date')}")
r = one("plenum-report.md", "# 在某某党第三届委员会第二次全体会议上的报告  \n（二〇三一年三月五日）  \n  \n"
        "　　某某党第三届委员会第二次全体会议，二〇三一年三月五日至十三日举行于某某村。出席的有委员三十四人。  \n  \n## 一  \n  \n"
        "　　三战役以后，对方的主力已被消灭。  \n  \n## 二  \n  \n　　从现在起，开始了由城市到乡村并由城市领导乡村的时期。  \n")
check(r["kind"] == "report" and r["fields"].get("date") == "2031-03-05", f"a report to a plenum: {r['kind']} {r['fields'].get('date')}")

# A school's rule under its office's line, dated by its version line, the month alone (`二○三一年二月修订`).
r = one("version-line.txt", "研究生学位论文撰写规范\n某某大学学位办公室\n二○三一年二月修订\n"
        "研究生学位论文是研究生科学研究工作的全面总结，必须按照确定的规范认真执行。\n一、论文的主要结构和排列顺序\n"
        "学位论文一般应由十五个部分组成。\n二、论文的书写规范与打印要求\n论文一律打印在标准A4幅面白纸上。\n")
check(r["kind"] == "regulation" and r["fields"].get("date") == "2031-02", f"a version line's month: {r['kind']} {r['fields'].get('date')}")

done()
