---@meta gongwen
-- Type annotations for gongwen handler scripts, for the Lua language server
-- (LuaLS). Nothing here runs: the host provides `gw` and the document
-- userdata. Point the editor at this folder, e.g. in `.luarc.json`:
--
--   { "runtime.version": "Lua 5.4", "workspace.library": ["sdk/lua"] }
--
-- and mark a handler table with `---@type gongwen.Handler` (on the `return`
-- statement: LuaLS 3.7 or later) so `detect` and `process` get a typed
-- `doc`. The reference is docs/lua-api.md; keep both in step with host/lua/.

---A value a document can store: strings, numbers, booleans, and tables of
---them (a table with keys 1..n is a JSON list, any other table a JSON object;
---an empty table is stored as an empty object).
---@alias gongwen.Value string|number|boolean|table

---Severity of a diagnostic.
---@alias gongwen.Severity "info"|"warning"|"error"

---Heading-marker families recognised by `gw.marker`.
---@alias gongwen.MarkerFamily
---| "cn_dun"        # 一、
---| "cn_paren"      # （一） (一)
---| "arabic_dot"    # 1. 1、 1．
---| "arabic_paren"  # （1） (1)
---| "circled"       # ① … ⑳
---| "ordinal_comma" # 第一， 第一、
---| "ordinal_part"  # 第一个问题 第一篇章 第一部分 第一步 第一方面
---| "chapter"       # 第一章
---| "section"       # 第一节
---| "article"       # 第一条
---| "enum_shi"      # 一是
---| "enum_yao"      # 一要

-- ---------------------------------------------------------------------------
-- The handler table a script returns
-- ---------------------------------------------------------------------------

---What `process` receives besides the document.
---@class gongwen.Context
---@field handler string the handler's name
---@field step string the pipeline step, `"process"`

---The table a handler script returns. `gongwen check script.lua` validates it.
---@class gongwen.Handler
---@field keywords? string[] detect() is called only when the text contains one of these
---@field words? string[] words detect() asks about through doc:hits; found in the keywords' pass, they gate nothing
---@field name string unique among all handlers (a script with the name of a default handler replaces it when named with --handler)
---@field version string|number
---@field kinds string[]|string document kinds; the first is given to the documents the handler wins (a string is split on commas)
---@field description? string
---@field priority? integer breaks ties between equal scores (higher wins, then the name)
---@field detect fun(doc: gongwen.Document): number|boolean a score in [0, 1]; explain it with `doc:signal`
---@field process fun(doc: gongwen.Document, ctx: gongwen.Context) fill title, fields, sections, entities

-- ---------------------------------------------------------------------------
-- The document
-- ---------------------------------------------------------------------------

---Where a document came from (a copy).
---@class gongwen.Source
---@field path string
---@field encoding string utf-8 | utf-8-bom | gb18030 | utf-16le | utf-16be | mixed | an ICU name
---@field layout string paragraph-per-line | hard-wrapped | single-line | empty, prefixed wechat/ html/ markdown/ when unwrapped
---@field container? string the container record's id, for an article of a compilation
---@field index? integer 1, 2, … in reading order inside the container
---@field line_start integer first source line (1-based)
---@field line_end integer last source line

---A section as `doc.sections` returns it (a copy).
---@class gongwen.Section
---@field level integer
---@field marker string
---@field title string
---@field pos integer 1-based byte position in `doc.text`
---@field line integer source line

---The argument of `doc:add_section`.
---@class gongwen.SectionSpec
---@field level? integer default 1
---@field marker? string
---@field title? string
---@field pos? integer 1-based byte position of the heading in `doc.text` (default 1)
---@field stop? integer last byte of the heading, inclusive

---An entity as `doc.entities` returns it (a copy).
---@class gongwen.Entity
---@field type string
---@field text string
---@field value gongwen.Value
---@field pos integer
---@field line integer

---The argument of `doc:add_entity`.
---@class gongwen.EntitySpec
---@field type string required
---@field text? string the text as written
---@field value? gongwen.Value the normalised value; defaults to `text`
---@field pos? integer 1-based byte position in `doc.text`
---@field stop? integer last byte, inclusive (default: pos + #text - 1)

---A diagnostic as `doc.diagnostics` returns it (a copy).
---@class gongwen.Diagnostic
---@field severity gongwen.Severity
---@field step string read | clean | split | classify | process | extract
---@field message string
---@field line integer

---`doc.fields`: a live view of the record's fields. Reading a key returns a
---copy of its value (changing a returned table changes nothing: assign it
---back), writing stores it, `nil` removes it, `pairs(doc.fields)` iterates a
---snapshot.
---@class gongwen.Fields
---@field [string] gongwen.Value

---The document a handler is given. Valid only during the `detect` or
---`process` call it was passed to. Positions are 1-based byte positions, as
---`string.find` returns them.
---@class gongwen.Document
---@field text string the cleaned text: one paragraph per line, NFC
---@field title string writable: `doc.title = "…"`
---@field kind string writable
---@field id string sha256 of the source bytes (`#n` appended inside a container)
---@field path string
---@field container? string the container's id, or nil
---@field index? integer position inside the container, or nil
---@field handler string the winning handler (`name@lua`), empty during detect
---@field source gongwen.Source a copy
---@field fields gongwen.Fields a live view
---@field sections gongwen.Section[] a copy
---@field entities gongwen.Entity[] a copy
---@field diagnostics gongwen.Diagnostic[] a copy
---@field scores table<string, number> every handler's score so far (a copy)
local Document = {}

---Iterates over the paragraphs (lines) of `doc.text`:
---`for line, pos in doc:lines() do … end`; `pos` is the line's first byte.
---@return fun(): string?, integer?
function Document:lines() end

---@class gongwen.Paragraph
---@field text string the paragraph, trimmed
---@field pos integer its first byte in `doc.text`
---@field stop integer its last byte in `doc.text`
---@field style? gongwen.Style its typography (DOCX, PDF, OFD input only)

---@class gongwen.Style
---@field size? number font size in points
---@field bold boolean
---@field font? string east-Asian font name
---@field align? string left | center | right | justify
---@field indent number first-line indent in ems
---@field color? string RRGGBB
---@field page? integer 1-based page (PDF, OFD)
---@field outline_level? integer 0-based outline level (DOCX)
---@field role? string "table" (a row, cells joined by " | ") | "textbox"

---The trimmed paragraphs of `doc.text` with their positions: all of them,
---the first `n` (n > 0) or the last `-n` (n < 0).
---@param n? integer
---@return gongwen.Paragraph[]
function Document:paragraphs(n) end

---@class gongwen.Heading
---@field level integer
---@field marker string
---@field family string
---@field number integer
---@field title string
---@field pos integer
---@field stop integer

---The heading tree, computed by the host (levels by first appearance of each marker family).
---@param families? string[] marker families (default: cn_dun, cn_paren, ordinal_comma, ordinal_part, arabic_dot, arabic_paren)
---@param from? integer first paragraph to consider (1-based)
---@return gongwen.Heading[]
function Document:headings(families, from) end

---The sum of the weights this handler's `doc:signal` calls recorded, capped at 1:
---`return doc:score()` ends a detect().
---@return number
function Document:score() end

---Runs a common extractor now and returns how many entities it added.
---@param name "dates"|"slogans"|"statistics"|"officials"|"quotes"|"doc_refs"
---@return integer
function Document:extract(name) end

---Every 1-based position of `word` in `doc.text` (overlapping ones too), in order. Words that
---some handler lists in `keywords` come from the one scan the host made before classification;
---others are searched now.
---@param word string
---@return integer[]
function Document:hits(word) end

---The source line of a position in `doc.text`.
---@param pos integer
---@return integer line
function Document:line_of(pos) end

---The source line and column of a position in `doc.text`.
---@param pos integer
---@return integer line
---@return integer column
function Document:position(pos) end

---Sets a field (`nil` removes it). Same as `doc.fields[key] = value`.
---@param key string
---@param value gongwen.Value|nil
function Document:set_field(key, value) end

---Reads a field (a copy). Same as `doc.fields[key]`.
---@param key string
---@return gongwen.Value|nil
function Document:field(key) end

---Adds a section (a heading) to the record.
---@param section gongwen.SectionSpec
function Document:add_section(section) end

---Adds an entity to the record.
---@param entity gongwen.EntitySpec
function Document:add_entity(entity) end

---Adds a diagnostic; the message is prefixed with the handler's name.
---@param severity gongwen.Severity
---@param message string
---@param pos? integer where in `doc.text` it applies
function Document:diagnostic(severity, message, pos) end

---Records why `detect` scored as it did; `gongwen explain FILE` lists the
---signals with their weights. Call it for each signal that fires.
---@param name string
---@param weight number
function Document:signal(name, weight) end

-- ---------------------------------------------------------------------------
-- gw: Chinese text helpers
-- ---------------------------------------------------------------------------

---A heading or list marker at the start of a line.
---@class gongwen.Marker
---@field family gongwen.MarkerFamily
---@field number integer the marker's number (`（三）` → 3)
---@field text string the marker as written (`（三）`)
---@field length integer bytes from the line's start to the end of the marker, leading spaces included: `line:sub(m.length + 1)` is the rest

---Chinese-text helpers that Lua's byte-based patterns cannot provide.
---@class gongwen.gw
---@field api_version string the Lua API version, `"1.0"`
gw = {}

---Iterates over UTF-8 characters: `for ch, pos in gw.chars(s) do … end`.
---@param s string
---@return fun(): string?, integer?
function gw.chars(s) end

---Length in characters.
---@param s string
---@return integer
function gw.len(s) end

---Substring in characters (1-based, negative from the end), like `string.sub`.
---@param s string
---@param i? integer default 1
---@param j? integer default -1
---@return string
function gw.sub(s, i, j) end

---Trims spaces at both ends, U+3000 (ideographic space) and NBSP included.
---@param s string
---@return string
function gw.trim(s) end

---Removes every space (U+3000 and NBSP included) and line break.
---@param s string
---@return string
function gw.strip_spaces(s) end

---Parses a numeral: `二十三` → 23, `二〇一八` → 2018, `１２` → 12; nil if none.
---@param s string
---@return integer|nil
function gw.number(s) end

---Writes a number in Chinese numerals: 23 → `二十三`.
---@param n integer
---@return string
function gw.chinese(n) end

---The first date in `s` from byte `init` on: `2018年2月6日`, `2018 年 2 月 6 日`,
---`二〇一八年二月六日`, `2018-09-13`, `2018年9月` (→ `2018-09`), `9月27日`
---(→ `--09-27`). With `full_only`, only dates with a year and a day count.
---Returns the ISO 8601 date and its byte span; the span starts where the
---scan matched, which may be at spaces before the date.
---@param s string
---@param init? integer default 1
---@param full_only? boolean
---@return string|nil iso
---@return integer start
---@return integer stop
function gw.date(s, init, full_only) end

---The heading marker that starts `line` (leading spaces skipped), or nil.
---@param line string
---@return gongwen.Marker|nil
function gw.marker(line) end

---Logs through the host's logger (`print` logs at info). Levels: `debug`,
---`info`, `warn`/`warning`, `error`.
---@param level "debug"|"info"|"warn"|"warning"|"error"
---@param message string
function gw.log(level, message) end

---ICU regular expressions over UTF-8 strings: `.` and classes match
---characters (`\p{Han}`, `[：:]`), positions are 1-based bytes.
---@class gongwen.re
gw.re = {}

---Finds the first match from byte `init` on.
---@param s string
---@param pattern string an ICU regular expression
---@param init? integer default 1; negative counts from the end
---@return integer|nil start
---@return integer stop
---@return string|nil ... the captures (nil for a group that did not take part)
function gw.re.find(s, pattern, init) end

---The captures of the first match, or the whole match when the pattern has
---no groups; nil when nothing matches.
---@param s string
---@param pattern string
---@param init? integer
---@return string|nil ...
function gw.re.match(s, pattern, init) end

---Iterates over matches: `for a, b in gw.re.gmatch(s, "(x)(y)") do … end`
---(captures, or the whole match when the pattern has no groups).
---@param s string
---@param pattern string
---@return fun(): string?, ...
function gw.re.gmatch(s, pattern) end

---Like `gw.re.gmatch`, with the byte span of each match first:
---`for start, stop, m in gw.re.gfind(s, p) do … end`.
---@param s string
---@param pattern string
---@return fun(): integer?, integer?, string?, ...
function gw.re.gfind(s, pattern) end

---Replaces matches. `repl` is a string with `$0`…`$9`, a table indexed by
---the first capture (or the match), or a function of the captures; a false
---or nil replacement keeps the match. Returns the new string and the count.
---@param s string
---@param pattern string
---@param repl string|table|fun(...: string): string|false|nil
---@param n? integer at most this many replacements
---@return string
---@return integer count
function gw.re.gsub(s, pattern, repl, n) end
