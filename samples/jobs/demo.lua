-- The demo job: every sample document through the default handlers.
-- Paths are relative to this file.
return {
  name     = "demo",
  inputs   = { "../docs/*.txt", "../docs/*.md" },
  handlers = { "speech", "wechat" },
  outputs  = { "../../out/demo.jsonl", "../../out/demo.csv" },
  threads  = 0,
  on_error = "record",
}
