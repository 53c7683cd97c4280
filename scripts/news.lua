-- news: 会议消息 and other short news items — an event that happened.
--
-- detect() signals:
--   a short headline ending with a completed-event verb (召开/举行/开班/启动/…)   +0.45
--   a lead that opens with a date (`9月27日，…` / `2024年5月17日，…`)          +0.30
--   reporting formulas (出席会议 / 主持会议 / 作了…讲话 / 参加会议)              +0.15
--   short: under 1,500 characters                                             +0.10
-- Without the headline the other signals stay below the threshold, so the
-- headline is checked first and decides whether the rest is looked at.
-- process() extracts the event, its date (year from the container when the
-- lead has none), the organiser, the venue and the participants named.
---@type gongwen.Handler
return {
  name = "news",
  version = "0.1.0",
  kinds = { "news" },
  description = "会议消息、新闻 (news items)",
  priority = 20,
  -- Without one of these words no signal can reach the threshold: skip detect().
  keywords = { "召开", "举行", "开班", "启动", "开幕", "闭幕", "举办", "揭牌", "成立", "签约" },

  detect = function(doc)
    local ps = doc:paragraphs()
    if #ps < 2 then return 0 end
    local head = doc.title ~= "" and doc.title or ps[1].text
    local headline = gw.len(head) <= 30 and gw.re.find(head, "(召开|举行|开班|启动|开幕|闭幕|举办|揭牌|成立|签约)$")
    -- Without a news headline the rest is only circumstantial (≤ 0.25 < the
    -- threshold): do not scan the whole text for it.
    if not headline then return 0 end
    doc:signal("headline with a completed-event verb", 0.45)
    local lead = ps[2].text
    if gw.re.find(lead, "^(\\d{4}年)?\\d{1,2}月\\d{1,2}日[，,]") then doc:signal("lead opens with a date", 0.30) end
    if gw.re.find(doc.text, "(出席会议|主持会议|参加会议|作了.{0,30}讲话|作了题为)") then doc:signal("reporting formulas", 0.15) end
    if gw.len(doc.text) < 1500 then doc:signal("short item", 0.10) end
    return doc:score()
  end,

  process = function(doc, ctx)
    local ps = doc:paragraphs()
    if doc.title == "" then doc.title = ps[1].text end
    doc.fields.event = doc.title
    local lead = ps[2] and ps[2].text or ""
    local iso = gw.date(lead, 1)
    if iso then doc.fields.date = iso end
    local organiser = gw.re.match(lead, "日[，,]\\s*([^，,。]{2,20}?)(召开|举行|举办)")
    if organiser then doc.fields.organiser = organiser end
    local venue = gw.re.match(doc.text, "(?:会场设在|在)([^，,。]{2,30}?)(召开|举行)")
    if venue then doc.fields.venue = venue end
    local chair = gw.re.match(doc.text, "([^，,。]{2,30}?)主持会议")
    if chair then doc.fields.chair = chair end
  end,
}
