"""Assemble a plain-text rendering of a banned-historical-archives item from its
ocr_cache page JSONs (PaddleOCR boxes). Each image is a two-page spread: boxes whose
left edge is left of the image's mid-line belong to the left page, the others to the
right page (with the argument "single", each image is one page and is not split). Within a page, boxes whose vertical centres lie within half a median box
height are one printed line; they are joined left-to-right with one space. Pages are
separated by a form feed at the start of the page's first line (as pdftotext does).
The OCR text of every box is copied unchanged."""
import json, subprocess, sys, statistics
gitdir, item, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
halves_wanted = sys.argv[5] if len(sys.argv) > 5 else ''   # e.g. "12:L" keep only left half of image 12; "single" = pages are not spreads
def load(p):
    out = subprocess.run(['git', '--git-dir=' + gitdir, 'show', f'ocr_cache:{item}/{p}.json'], capture_output=True, check=True).stdout
    return json.loads(out)
pages = []
for p in range(first, last + 1):
    j = load(p); W = j['dimensions']['width']
    boxes = []
    for r in j['ocr_results']:
        xs = [pt[0] for pt in r['box']]; ys = [pt[1] for pt in r['box']]
        boxes.append((min(xs), (min(ys) + max(ys)) / 2, max(ys) - min(ys), r['text']))
    for side in ('L', 'R'):
        if halves_wanted.startswith(f'{p}:') and halves_wanted != f'{p}:{side}' and halves_wanted.split(':')[1] != 'LR':
            continue
        if halves_wanted == 'single':
            if side == 'R': continue
            bs = list(boxes)
        else:
            bs = [b for b in boxes if (b[0] < W / 2) == (side == 'L')]
        if not bs: continue
        h = statistics.median(b[2] for b in bs)
        bs.sort(key=lambda b: b[1])
        lines = []
        for b in bs:
            if lines and abs(b[1] - lines[-1][-1][1]) < h / 2:
                lines[-1].append(b)
            else:
                lines.append([b])
        pages.append([' '.join(x[3] for x in sorted(l, key=lambda b: b[0])) for l in lines])
text = []
for i, pg in enumerate(pages):
    for k, line in enumerate(pg):
        text.append(('\f' if i > 0 and k == 0 else '') + line)
sys.stdout.write('\n'.join(text) + '\n')
