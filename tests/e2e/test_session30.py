"""Session 30: policy texts from a fourth round of held-out sets (probes 20–24). Each fixture
is modelled on a page of those sets (names, places and numbers replaced): what the page puts
around a document must reach neither its title nor its fields."""
from e2e import *

tmp = tmpdir()
write = lambda name, content: write_file(tmp, name, content)


def one(name, content, *extra):
    return process_records(write(name, content), *extra)[0]


# A county site's credit line names the account that posted the item (`作者:ance`): a login is
# no writer; the source stays.
r = one("login.txt", "• 当前位置:\n 新闻\n某县县委书记主持召开县委常委(扩大)会\n"
        "来源:某城宣传 | 作者:ance | 发布时间: 2021-01-06 | 668 次浏览: | 分享到:\n\n"
        "      1月5日,县委书记某某主持召开县委常委(扩大)会,县四大班子主要领导、各常委、各副县长参加会议。\n"
        "        会议传达了市委全会精神,研究我县贯彻落实意见。\n")
f = r["fields"]
check((f.get("author"), f.get("source")) == (None, "某城宣传"), f"a site account is no author: {f.get('author')} {f.get('source')}")

done()
