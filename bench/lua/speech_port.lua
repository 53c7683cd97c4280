-- speech_port: the native speech handler (plugins/speech/speech.cpp) written
-- in Lua, signal for signal, to compare the two paths on the same work
-- (bench/lua_vs_native.sh). Not a default handler: it lives in bench/.
local function names_speech(s)
  return s:find("讲话", 1, true) or s:find("致辞", 1, true) or s:find("工作报告", 1, true)
      or s:find("发言", 1, true) or s:find("报告会上", 1, true)
end

local function date_line(s)
  local t = gw.strip_spaces(s)
  if not (t:sub(1, 3) == "（" or t:sub(1, 1) == "(") or gw.len(t) > 20 then return nil end
  return gw.date(t, 1, true)
end

local function speaker_line(s)
  if s:sub(1, 3) == "■" then s = gw.trim(s:sub(4)) end
  local n = 0
  for ch in gw.chars(s) do
    if ch ~= " " and ch ~= "　" then
      if not gw.re.find(ch, "^\\p{Han}$") then return nil end
      n = n + 1
    end
  end
  if n >= 2 and n <= 4 then return gw.strip_spaces(s) end
end

local FAMILIES = { "cn_dun", "cn_paren", "ordinal_comma", "ordinal_part", "arabic_dot", "arabic_paren", "circled" }

return {
  name = "speech_port", version = "0.2.0", kinds = { "speech" }, priority = 50,
  description = "the speech handler, ported to Lua for benchmarks",

  detect = function(doc)
    local ps = doc:paragraphs(30)
    for i = 1, math.min(3, #ps) do
      local p = ps[i].text
      if gw.len(p) <= 40 and names_speech(p) and p:sub(1, 6) ~= "——" then doc:signal("title names a speech", 0.45); break end
    end
    for i = 1, math.min(4, #ps) do
      if ps[i].text:sub(1, 6) == "——" and names_speech(ps[i].text) then doc:signal("subtitle", 0.30); break end
    end
    for i = 1, math.min(6, #ps) do
      if date_line(ps[i].text) then doc:signal("date line", 0.15); break end
    end
    for i = 1, math.min(30, #ps) do
      local p = ps[i].text
      if p:sub(1, 12) == "同志们：" or p:sub(1, 10) == "同志们:" then doc:signal("salutation", 0.25); break end
    end
    for i = 2, math.min(6, #ps) do
      if speaker_line(ps[i].text) then doc:signal("speaker line", 0.10); break end
    end
    local t = doc.text
    if t:find("第一个问题", 1, true) or t:find("讲几点意见", 1, true) or t:find("我讲", 1, true) then doc:signal("oral enumeration", 0.10) end
    return doc:score()
  end,

  process = function(doc)
    local ps = doc:paragraphs(6)
    if #ps == 0 then return end
    local head, title_i = math.min(6, #ps), 1
    for i = 1, head do
      if names_speech(ps[i].text) and ps[i].text:sub(1, 6) ~= "——" then title_i = i; break end
    end
    doc.title = ps[title_i].text
    for i = 1, head do
      local p = ps[i].text
      if p:sub(1, 6) == "——" then
        doc.fields.occasion = p:sub(7)
      else
        local iso = date_line(p)
        if iso and not doc.fields.date then
          doc.fields.date = iso
        elseif i ~= title_i and not doc.fields.speaker then
          local sp = speaker_line(p)
          if sp then doc.fields.speaker = sp end
        end
      end
    end
    -- Heading tree: the host's (levels by first appearance of each marker family).
    for _, h in ipairs(doc:headings(FAMILIES, title_i + 1)) do
      doc:add_section { level = h.level, marker = h.marker, title = h.title, pos = h.pos }
    end
    local tail = doc:paragraphs(-8)
    for i = 1, #tail do
      local p = tail[i].text
      local sent = p:match("^送：(.*)") ; if sent then doc.fields.sent_to = sent end
      local issued = p:match("^发：(.*)") ; if issued then doc.fields.issued_to = issued end
      if p:sub(-6) == "印发" then
        local iso, s = gw.date(p, 1, true)
        if iso then doc.fields.printed_on = iso; doc.fields.printed_by = gw.trim(p:sub(1, s - 1)) end
      end
    end
  end,
}
