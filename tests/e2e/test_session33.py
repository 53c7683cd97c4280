"""Session 33: documents from the sixth round of held-out sets (probes 31, 36, 37). Each fixture
is modelled on a document of those sets (names, places and numbers replaced)."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A page's modal saved as text: its close mark (`×`) and label (`通知`) over the title, an address
# that names no organ, the close `特此公告`, and a name that is no organ between it and the date.
# The marks take no place in the head: the body is a 公告 by its close, titled and signed.
r = one("modal.txt", "×\n通知\n某某商城2019年国庆假期安排\n尊敬的会员：\n"
        "根据国务院办公厅关于国庆节假日安排的通知，经公司研究决定，某某商城2019年国庆放假时间为10月1日至10月7日，"
        "期间将暂停订单的发货，但您仍可正常下单。10月8日正常上班后将按下单顺序发货，由此给您带来的不便，我们深表歉意，敬请谅解！\n"
        "特此公告\n某某商城\n二〇一九年九月二十六日\n")
f = r["fields"]
check((r["kind"], r["title"]) == ("announcement", "某某商城2019年国庆假期安排"), f"marks over the title: {r['kind']} {r['title']!r}")
check((f.get("issuer"), f.get("date")) == (["某某商城"], "2019-09-26"), f"the name between close and date: {f.get('issuer')} {f.get('date')}")

done()
