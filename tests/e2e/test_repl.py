"""The REPL, driven through tmux: commands, Lua (multi-line), completion, Ctrl-C, history."""
import os
import shutil
import subprocess
import time
from e2e import *

if not shutil.which("tmux"):
    print("tmux absent: skipped")
    raise SystemExit(SKIP)

sock = f"gongwen-test-{os.getpid()}"
t = tmpdir()
hist = os.path.join(t, "history")


def tmux(*args):
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True).stdout


def send(text, enter=True, wait=0.5):
    tmux("send-keys", "-t", "r", "-l", text)
    if enter:
        tmux("send-keys", "-t", "r", "Enter")
    time.sleep(wait)


def screen():
    return tmux("capture-pane", "-t", "r", "-p", "-S", "-200")


def screen_with(word, limit=10.0):
    """The screen once it shows word, or after limit seconds (a sanitizer build, or a machine busy
    with other tests, answers slowly: a fixed wait made this test fail under `ctest -j2`)."""
    end = time.time() + limit
    s = screen()
    while word not in s and time.time() < end:
        time.sleep(0.2)
        s = screen()
    return s


tmux("new-session", "-d", "-s", "r", "-x", "160", "-y", "60", "bash --norc --noprofile")
time.sleep(0.5)
send(f"cd {SOURCE} && export LANG=C.UTF-8 GONGWEN_HISTORY={hist} && {GONGWEN} repl", wait=1.5)
try:
    check("handlers." in screen_with("handlers."), "the REPL starts and greets")
    send(":handlers")
    check("speech" in screen_with("speech") and "native" in screen_with("native"), ":handlers lists handlers")
    send('gw.number("二十三") + 1')
    check("\n24" in screen_with("\n24"), "Lua expressions print their value")
    send("for i = 1, 3 do")
    send("  print('line' .. i)")
    send("end")
    check("line3" in screen_with("line3"), "multi-line Lua input")
    send(":open samples/docs/speech_county_meeting.txt")
    check("├─ title 在全县组织工作会议上的讲话" in screen_with("├─ title 在全县组织工作会议上的讲话"), ":open shows the result as a tree")
    send("doc.fields.speaker")
    check('"王明远"' in screen_with('"王明远"'), "the opened document is `doc` in Lua")
    send("error('bo' .. 'om')")
    check("boom" in screen_with("boom"), "a Lua error is shown (the input never spells it)")
    # (Ctrl-C once the loop runs, as its first words say: one sent while the line is still being
    # read drops the line instead, and on a busy machine the line is read late.)
    send("print('spin' .. 'ning') while true do end", wait=0.2)
    screen_with("spinning")
    tmux("send-keys", "-t", "r", "C-c")
    screen_with("interrupted")
    send("1 + 1")
    check("interrupted" in screen_with("interrupted") and "\n2" in screen_with("\n2"), "Ctrl-C interrupts a runaway loop, the session goes on")
    send(":explain samples/docs/speech", enter=False, wait=0.2)
    tmux("send-keys", "-t", "r", "Tab")
    screen_with("speech_county_meeting.txt")  # (the completion shown before Enter, however busy the machine)
    tmux("send-keys", "-t", "r", "Enter")
    time.sleep(0.6)
    check("speech_county_meeting.txt" in screen_with("speech_county_meeting.txt") and "* speech" in screen_with("* speech") and "→ kind speech" in screen_with("→ kind speech"),
          "path completion and :explain (best first, the winner marked)")
    send(":nosuch")
    check("unknown command" in screen_with("unknown command"), "unknown commands are reported")
    send(":quit", wait=0.8)
    saved = lambda: os.path.exists(hist) and ":quit" in open(hist, encoding="utf-8", errors="replace").read()
    for _ in range(50):  # (written as the REPL exits: up to 10 s on a busy machine)
        if saved():
            break
        time.sleep(0.2)
    check(saved(), "history is saved")
finally:
    print(screen())
    tmux("kill-server")

# A REPL started with a job that names a script by path: :load of another file works, and a file
# that fails to load is forgotten (the next :load and :reload do not retry it).
job = os.path.join(t, "job.lua")
with open(job, "w") as f:
    f.write('return { name = "repl", inputs = {}, outputs = {}, handlers = { "speech", "%s" } }\n'
            % os.path.abspath(os.path.join(SOURCE, "samples", "scripts", "notice.lua")))
extra = os.path.join(t, "extra.lua")
with open(extra, "w") as f:
    f.write('return { name = "extra", version = "1.0", kinds = {"extra"}, detect = function(doc) return 0 end, '
            'process = function(doc) end }\n')
broken = os.path.join(t, "broken.lua")
with open(broken, "w") as f:
    f.write('return { name = "broken", version = "1.0", kinds = {"x"}, detect = function(doc) return 0 end }\n')
sock = f"gongwen-test-{os.getpid()}-job"  # a server of its own: the first one may still be exiting
tmux("new-session", "-d", "-s", "r", "-x", "200", "-y", "60", "bash --norc --noprofile")
time.sleep(0.5)
send(f"cd {SOURCE} && export LANG=C.UTF-8 GONGWEN_HISTORY={hist} && {GONGWEN} repl {job}", wait=1.5)
try:
    send(f":load {broken}", wait=1.0)
    check("process" in screen_with("process"), "a handler without process() is refused with the reason")
    tmux("send-keys", "-t", "r", "C-l")
    tmux("clear-history", "-t", "r")
    # (The refusal says `not loaded`: wait for the clear, or `loaded` is found on the old screen.)
    end = time.time() + 10.0
    while "broken" in screen() and time.time() < end:
        time.sleep(0.2)
    send(f":load {extra}", wait=1.0)
    s2 = screen_with(f"loaded {extra}")
    # (What the screen shows after this :load line: under load the clear may come late.)
    after = s2[s2.rfind(f":load {extra}"):] if f":load {extra}" in s2 else s2
    check("loaded" in after and "extra.lua" in after and "not found" not in after and "broken" not in after,
          f":load of another file after a failed one: loaded, no stale error ({after[-200:]!r})")
    send(":handlers")
    s2 = screen_with("notice")
    check("extra" in s2 and "notice" in s2 and "speech" in s2, ":handlers: the job's handlers plus the loaded one")
    tmux("send-keys", "-t", "r", "C-l")
    tmux("clear-history", "-t", "r")
    send(":reload", wait=1.0)
    check("reloaded" in screen_with("reloaded") and "broken" not in screen(), ":reload does not retry the failed file")
    send(":quit", wait=0.5)
finally:
    print(screen())
    tmux("kill-server")
done()
