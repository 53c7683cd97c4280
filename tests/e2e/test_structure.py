"""Issue 20, structure: the folder graph of host/ runs one way (no folder includes one that
includes it back, directly or not), and no source file of host/, plugins/ or sdk/ grows far past
500 lines (one job per file)."""
import collections, os, re
from e2e import *

HOST = os.path.join(SOURCE, "host")
edges = collections.defaultdict(set)
for root, _, files in os.walk(HOST):
    rel = os.path.relpath(root, HOST)
    if rel == ".":
        continue
    folder = rel.split(os.sep)[0]
    for f in files:
        if not f.endswith((".cpp", ".hpp")):
            continue
        for line in open(os.path.join(root, f), encoding="utf-8", errors="replace"):
            m = re.match(r'#include "([a-z_]+)/', line)
            if m and m.group(1) != folder and os.path.isdir(os.path.join(HOST, m.group(1))):
                edges[folder].add(m.group(1))


def reaches(a, b):
    seen, stack = set(), [a]
    while stack:
        x = stack.pop()
        if x == b:
            return True
        if x not in seen:
            seen.add(x)
            stack.extend(edges.get(x, ()))
    return False


cycles = sorted((a, b) for a in edges for b in edges[a] if reaches(b, a))
check(len(edges) >= 10 and not cycles, f"host/ folders include one way ({len(edges)} folders; cycles: {cycles})")

long_files = []
for top in ("host", "plugins", "sdk"):
    for root, _, files in os.walk(os.path.join(SOURCE, top)):
        for f in files:
            if f.endswith((".cpp", ".hpp", ".h")):
                p = os.path.join(root, f)
                n = sum(1 for _ in open(p, encoding="utf-8", errors="replace"))
                if n > 560:
                    long_files.append((os.path.relpath(p, SOURCE), n))
check(not long_files, f"no source file over ~500 lines ({long_files})")
done()
