"""Session 38: documents from the eleventh round of held-out sets (probes 68–72) and the open
misses of earlier rounds. Each fixture is modelled on a document of those sets (names, places and
numbers replaced)."""
import os
import sys
from e2e import *

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

tmp = tmpdir()
write = lambda name, content, mode="w": write_file(tmp, name, content, mode)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


filler = ("某某市纪委监委近日组织开展纪法业务培训，围绕监督检查、审查调查等方面，结合典型案例进行讲解，"
          "参训干部表示，培训内容贴近实际、针对性强，对提升履职能力很有帮助。")
# A portal that titles its pages with keyword tags (`某某市,纪检监察,纪委` as <title> and heading):
# the repost's own headline (`原标题：…`) is the title.
page = ('<html><head><title>某某市,纪检监察,纪委 - 某某文化产业网</title></head><body>\n'
        '<div class="nav"><a href="/">首页</a> <a href="/k">国内快报</a></div>\n'
        '<div class="article"><h1>某某市,纪检监察,纪委</h1>\n<p>时间：2031-06-13 来源：某某文化产业网</p>\n'
        '<p>原标题：某某：坚持问题导向 做实纪法业务培训<br></p>\n'
        + "".join(f"<p>{filler}</p>\n" for _ in range(4)) + '</div></body></html>\n')
r = one("tags.html", page)
check(r["title"] == "某某：坚持问题导向 做实纪法业务培训", f"the repost's headline, not the tags: {r['title']}")
# (A heading that is a headline keeps it.)
r = one("tags-headline.html", page.replace("<h1>某某市,纪检监察,纪委</h1>", "<h1>某某市纪委监委开展纪法业务培训</h1>")
        .replace("<title>某某市,纪检监察,纪委", "<title>某某市纪委监委开展纪法业务培训"))
check(r["title"] == "某某市纪委监委开展纪法业务培训", f"a headline kept over the original one: {r['title']}")

# A site's note of the month a notice went out, after its title (`…的通知（2031年11月）`): not the
# title's. A 公示 of one month issued the next keeps its month.
body = ("各省、自治区、直辖市教育厅（教委）：\n为贯彻落实全国教育工作会议精神，我部组织开展了第二批某某示范区评估工作。"
        "经各地推荐、专家评审，确定某某区等为第二批某某示范区。\n请各地认真总结经验，进一步加强某某工作。\n"
        "附件：第二批某某示范区名单\n\n教育部\n二〇三一年十一月二十九日\n")
r = one("month-note.txt", "教育部关于确定第二批某某示范区的通知（2031年11月）\n\n教职成函〔2031〕9号\n\n" + body)
check(r["title"] == "教育部关于确定第二批某某示范区的通知", f"the site's month dropped: {r['title']}")
check(r["fields"].get("date") == "2031-11-29", f"its date: {r['fields'].get('date')}")
r = one("month-covered.txt", "某某市就业见习补贴审核情况公示（2031年4月）\n\n根据有关规定，现将2031年4月就业见习补贴审核情况予以公示，"
        "公示期为5个工作日。如有异议，请于公示期内向某某市就业促进中心反映。\n\n某某市就业促进中心\n2031年5月11日\n")
check(r["title"] == "某某市就业见习补贴审核情况公示（2031年4月）", f"the month the 公示 covers kept: {r['title']}")

# A ministry's 新年贺词 on its site: signed by the organ and dated, the site's editors credited
# after it in brackets. The organ issues it on the day it signs, not the day the page went up.
para = "在这辞旧迎新的时刻，谨向全体某某人送上新年的美好祝福，向多年来始终关心支持某某事业发展的各级领导、各界友人致以衷心感谢！"
page = ('<html><head><title>某某部2031年新年贺词</title></head><body><div class="nav"><a href="/">首页</a></div>\n'
        '<div class="article"><h1>某某部2031年新年贺词</h1>\n<p>发布时间：2031-01-02 来源：某某部网站</p>\n'
        '<p>某某行业的广大干部职工：</p>\n' + "".join(f"<p>{para}</p>\n" for _ in range(5)) +
        '<p>让我们更加紧密地团结起来，砥砺奋进、勇往直前，以优异成绩迎接新的一年！</p>\n'
        '<p align="right">中华人民共和国某某部</p>\n<p align="right">2031年1月1日</p>\n'
        '<p>【编辑：张某 QQ:XXXXXXXXX；Tel:010-XXXXXXXX】</p>\n<p>【审核：李某】</p>\n<p>【终审：王某】</p>\n'
        '</div></body></html>\n')
r = one("heci.html", page, "--with-text")
check(r["kind"] == "speech", f"a 贺词: {r['kind']}")
check(r["fields"].get("issuer") == ["中华人民共和国某某部"], f"the organ that signs it: {r['fields'].get('issuer')}")
check(r["fields"].get("date") == "2031-01-01", f"the day it signs: {r['fields'].get('date')}")
check("终审" not in r.get("text", "") and "审核" not in r.get("text", ""), f"the editors' credits not its text: {r.get('text', '')[-60:]!r}")

done()
