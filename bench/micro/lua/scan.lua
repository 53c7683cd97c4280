-- A detect() that reads the whole text the way handler scripts do, with the
-- same algorithm as bench/micro/plugins/scan.cpp: count paragraphs that start
-- with 第 (articles) or 一、 (headings), and look for 条例 anywhere.
-- Only plain string functions: this prices the bridge, not gw.re.
return {
  name = "bench_scan_lua",
  version = "0.0.0",
  kinds = { "bench" },
  description = "benchmark: one pass over the paragraphs",
  detect = function(doc)
    local n = 0
    for line in doc:lines() do
      local head = line:sub(1, 3)
      if head == "第" or line:sub(1, 6) == "一、" then n = n + 1 end
    end
    local score = math.min(n / 20, 0.8)
    if doc.text:find("条例", 1, true) then score = score + 0.2 end
    return score
  end,
  process = function(doc, ctx) end,
}
