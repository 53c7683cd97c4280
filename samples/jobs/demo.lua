-- The demo job: every sample document through every default handler and
-- extractor, into JSON Lines, CSV and SQLite. Paths are relative to this file.
return {
  name     = "demo",
  inputs   = { "../docs/*.txt" },
  outputs  = { "../../out/demo.jsonl", "../../out/demo.csv", "../../out/demo.sqlite" },
  threads  = 0,
  on_error = "record",
}
