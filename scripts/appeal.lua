-- appeal: 倡议书, 公开信, 致…的一封信 — an organ, association or group calling
-- on a public to act (`向全体证券公司发出以下倡议`, `致全市人民的一封信`).
-- Kind `letter`: a letter to the public, not a 公文 with a 文号 (a titled
-- `关于…的倡议书` is the official handler's, also a letter).
--
-- What marks one, no signal deciding alone:
--   the title names the genre (倡议书, 公开信, 一封信, 倡议)                   +0.30
--   the call itself (`发出以下倡议`, `倡议如下`, `我们倡议`, `特此倡议`,
--     `在此倡议`, `郑重倡议`, `倡议：`)                                         +0.30
--   an address to a public opening it (`广大市民朋友们：`, `全体…：`,
--     `亲爱的…：`, `各位…：`)                                                 +0.15
--   numbered calls (一是/二是, 一、二、) after it                               +0.05
--   a news report of one (本报讯, （记者…）, 新华社…电 in the lead)             −0.30
-- process(): fields genre (倡议书, 公开信 or 一封信), addressee (the opening
-- address) and issuer with date when a signature over a date closes it.
---@type gongwen.Handler
return {
  name = "appeal",
  version = "0.1.0",
  kinds = { "letter" },
  description = "倡议书、公开信 (appeals and open letters to the public)",
  priority = 15,
  keywords = { "倡议", "公开信", "一封信" },

  detect = function(doc)
    local ps = doc:paragraphs(12)
    if #ps == 0 then return 0 end
    local head = doc.title ~= "" and doc.title or ps[1].text
    -- A headline reporting an appeal (`市文明办发出清明文明祭扫倡议`) names no appeal of its own.
    if gw.len(head) <= 60 and gw.re.find(head, "(倡议书|公开信|致[^，。]{1,30}的一封信|倡议)")
        and not gw.re.find(head, "(发出|发布|发起|响应|提出)[^，。]{0,20}(倡议|公开信|一封信)") then
      doc:signal("the title names the genre (倡议书, 公开信, 一封信)", 0.30)
    end
    -- A news report of one: a dispatch formula or a reporter opening the lead.
    for i = 1, math.min(#ps, 3) do
      if gw.re.find(ps[i].text, "^(本报讯|本台讯|新华社|人民网|央视网|[^，。]{0,12}(讯|电)[（(]记者)") or gw.re.find(ps[i].text, "[（(]记者[^）)]{1,24}[）)]") then
        doc:signal("a news report of an appeal (本报讯, 记者)", -0.30)
        break
      end
    end
    for _, p in ipairs(ps) do
      if gw.re.find(p.text, "(发出(以下|如下)倡议|倡议如下|我们倡议|特此倡议|在此倡议|郑重倡议|^[^。]{0,30}向[^。]{2,30}倡议[：:]|^倡议[：:])") then
        doc:signal("the call itself (发出以下倡议, 倡议如下, 我们倡议)", 0.30)
        break
      end
    end
    for i = 1, math.min(#ps, 4) do
      if gw.len(ps[i].text) <= 40 and gw.re.find(ps[i].text, "^(亲爱的|尊敬的|广大|全体|各位|全市|全县|全区|全省)[^。，]{0,30}[：:]$") then
        doc:signal("an address to a public opens it", 0.15)
        break
      end
    end
    local numbered = 0
    for _, p in ipairs(doc:paragraphs(40)) do
      if gw.re.find(p.text, "^([一二三四五六七八九十]+、|[一二三四五六七八九十]是)") then numbered = numbered + 1 end
    end
    if numbered >= 2 then doc:signal("numbered calls", 0.05) end
    return doc:score()
  end,

  process = function(doc, ctx)
    local ps = doc:paragraphs()
    if doc.title == "" then doc.title = ps[1].text end
    local genre = gw.re.match(doc.title, "(倡议书|公开信|一封信)") or "倡议书"
    doc.fields.genre = genre
    for i = 1, math.min(#ps, 4) do
      local t = gw.trim(ps[i].text)
      if gw.len(t) <= 40 and gw.re.find(t, "[：:]$") and not gw.re.find(t, "。") then
        doc.fields.addressee = gw.re.match(t, "^(.*?)[：:]$")
        break
      end
    end
    -- The signature over the closing date.
    local tail = doc:paragraphs(-3)
    if #tail >= 2 then
      local last = gw.trim(tail[#tail].text)
      local iso = gw.len(last) <= 20 and gw.date(last, 1) or nil
      local signer = gw.trim(tail[#tail - 1].text)
      if iso and gw.len(signer) <= 30 and not gw.re.find(signer, "[。，；！？]") then
        doc.fields.issuer = { signer }
        doc.fields.date = iso
      end
    end
  end,
}
