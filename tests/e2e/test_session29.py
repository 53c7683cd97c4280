"""Session 29: 公文 and other policy texts as a third round of held-out pages (probes 15 and 16)
print them. Each fixture is modelled on a page of those sets (names, places and numbers
replaced): what the page puts around a document must reach neither its title nor its fields."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A 通报 listing places one a line, every line set apart by a blank one: a list, not text wrapped
# at ten characters; the 主送, the signature and the date stay apart.
places = ["东城区白马镇", "东城区万胜镇", "西山区青龙镇", "南溪县洪峰乡", "南溪县大化镇水利社区", "南溪县凤陵乡锦泉村",
          "北塘县汉王乡王沟村", "北塘县仁美镇雄义村", "青溪县青城镇柳溪村", "东城区广济乡济光村", "西山区江口镇土桥村",
          "南溪县文宫镇文华社区", "北塘县双桥镇桂香村", "东城区复兴乡复兴社区", "青溪县瑞峰镇杨柳漕村"]
text = ("某某这些乡镇受到市委市政府公开表扬~因为这个事\n\n各区、县委和人民政府,市级各单位、部门:\n\n"
        "按照市委、市政府有关要求,在各县(区)初评的基础上,市治理办对全市各乡镇2018年第二季度环境治理情况进行了复核考评。"
        "现将评出的“十佳”“较差”乡镇、村(社区)通报如下。\n\n一、“十佳”乡镇\n\n" + "\n\n".join(places[:8]) +
        "\n\n二、“较差”村(社区)\n\n" + "\n\n".join(places[8:]) + "\n\n中共某某市委办公室\n\n某某市人民政府办公室\n\n2018年7月19日\n\n\n分享到:\n")
r = one("places.txt", text, "--with-text")
f = r["fields"]
check((f.get("issuer"), f.get("date"), f.get("recipients")) == (["中共某某市委办公室", "某某市人民政府办公室"], "2018-07-19", ["各区、县委和人民政府", "市级各单位、部门"]),
      f"a list of places one a line is no wrapped text: {f.get('issuer')} {f.get('date')} {f.get('recipients')}")
check("\n东城区白马镇\n东城区万胜镇\n" in r.get("text", ""), "the places stay one a line")

# A decision adopted at a standing committee's meeting, with no signature: the committee issues it.
r = one("adopted.txt", "关于将区六届人大三次会议议案交区人民政府办理的决定\n\n"
        "2019年3月11日某某市某某区第六届人民代表大会常务委员会第十六次会议通过\n\n日期:2019-03-12   作者:区人大\n\n"
        "区六届人大三次会议主席团第四次会议审议通过,将代表联名提出的议案作为议案,闭会后由区人大常委会会议审议。\n\n"
        "经区六届人大常委会第十六次会议审议,决定将此议案交区人民政府办理。\n\n分享到:\n")
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("date")) == ("decision", ["某某市某某区第六届人民代表大会常务委员会"], "2019-03-11"),
      f"a decision adopted by a standing committee: {r['kind']} {f.get('issuer')} {f.get('date')}")
# A resolution adopted by a congress's session, its 题注 naming the county by its level alone:
# the session issues it, named as the body prints it.
r = one("session.txt", "关于某湖县人民政府工作报告的决议\n\n\n(2017年1月23日县十六届人民代表大会第一次会议通过)\n\n"
        "    某湖县十六届人民代表大会第一次会议,听取和审议了县人民政府县长所作的《政府工作报告》。会议认为,过去的五年,县政府工作成绩显著。"
        "会议决定批准这个报告。\n")
f = r["fields"]
check((r["kind"], f.get("issuer"), f.get("date")) == ("resolution", ["某湖县十六届人民代表大会第一次会议"], "2017-01-23"),
      f"a resolution adopted by a congress's session: {r['kind']} {f.get('issuer')} {f.get('date')}")

done()
