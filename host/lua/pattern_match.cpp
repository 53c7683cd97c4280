// The bounded Lua pattern matcher (see pattern_match.hpp).
#include "lua/pattern_match.hpp"

#include <cstring>

#include "lua/state.hpp"

namespace gongwen::host::lua::pattern_detail {
using host::charge_work;

namespace {

// C-locale character classes: scripts must not depend on the host's locale.
bool is_alpha(unsigned c) { return (c | 32) - 'a' < 26; }
bool is_lower(unsigned c) { return c - 'a' < 26; }
bool is_upper(unsigned c) { return c - 'A' < 26; }
bool is_space(unsigned c) { return c == ' ' || (c - '\t' < 5); }
bool is_cntrl(unsigned c) { return c < 32 || c == 127; }
bool is_graph(unsigned c) { return c - 33 < 94; }
bool is_punct(unsigned c) { return is_graph(c) && !is_alpha(c) && !is_digit(c); }
bool is_xdigit(unsigned c) { return is_digit(c) || (c | 32) - 'a' < 6; }
unsigned to_lower(unsigned c) { return is_upper(c) ? c | 32 : c; }

}  // namespace

bool match_class(unsigned c, unsigned cl) {
  bool res;
  switch (to_lower(cl)) {
    case 'a': res = is_alpha(c); break;
    case 'c': res = is_cntrl(c); break;
    case 'd': res = is_digit(c); break;
    case 'g': res = is_graph(c); break;
    case 'l': res = is_lower(c); break;
    case 'p': res = is_punct(c); break;
    case 's': res = is_space(c); break;
    case 'u': res = is_upper(c); break;
    case 'w': res = is_alpha(c) || is_digit(c); break;
    case 'x': res = is_xdigit(c); break;
    case 'z': res = (c == 0); break;  // deprecated in Lua 5.2, still accepted
    default: return cl == c;
  }
  return is_upper(cl) ? !res : res;
}

const char* class_end(MatchState& ms, const char* p) {
  char c = *p++;
  if (c == kEsc) {
    if (p == ms.p_end) luaL_error(ms.L, "malformed pattern (ends with '%%')");
    return p + 1;
  }
  if (c == '[') {
    if (p < ms.p_end && *p == '^') ++p;
    do {  // the first character of a set may be ']'
      if (p == ms.p_end) luaL_error(ms.L, "malformed pattern (missing ']')");
      if (*(p++) == kEsc && p < ms.p_end) ++p;
    } while (p == ms.p_end || *p != ']');
    return p + 1;
  }
  return p;
}

bool match_bracket_class(unsigned c, const char* p, const char* ec) {
  bool sig = true;
  if (*(p + 1) == '^') {
    sig = false;
    ++p;
  }
  while (++p < ec) {
    if (*p == kEsc) {
      ++p;
      if (match_class(c, static_cast<unsigned char>(*p))) return sig;
    } else if (*(p + 1) == '-' && p + 2 < ec) {
      p += 2;
      if (static_cast<unsigned char>(*(p - 2)) <= c && c <= static_cast<unsigned char>(*p)) return sig;
    } else if (static_cast<unsigned char>(*p) == c) {
      return sig;
    }
  }
  return !sig;
}

bool single_match(MatchState& ms, const char* s, const char* p, const char* ep) {
  ms.step();
  if (s >= ms.src_end) return false;
  unsigned c = static_cast<unsigned char>(*s);
  switch (*p) {
    case '.': return true;
    case kEsc: return match_class(c, static_cast<unsigned char>(*(p + 1)));
    case '[': return match_bracket_class(c, p, ep - 1);
    default: return static_cast<unsigned char>(*p) == c;
  }
}

const char* match(MatchState& ms, const char* s, const char* p);

const char* match_balance(MatchState& ms, const char* s, const char* p) {
  if (p >= ms.p_end - 1) luaL_error(ms.L, "malformed pattern (missing arguments to '%%b')");
  if (s >= ms.src_end || *s != *p) return nullptr;
  char b = *p, e = *(p + 1);
  int cont = 1;
  while (++s < ms.src_end) {
    ms.step();
    if (*s == e) {
      if (--cont == 0) return s + 1;
    } else if (*s == b) {
      ++cont;
    }
  }
  return nullptr;
}

const char* max_expand(MatchState& ms, const char* s, const char* p, const char* ep) {
  std::ptrdiff_t i = 0;
  while (single_match(ms, s + i, p, ep)) ++i;
  while (i >= 0) {
    if (const char* res = match(ms, s + i, ep + 1)) return res;
    --i;
  }
  return nullptr;
}

const char* min_expand(MatchState& ms, const char* s, const char* p, const char* ep) {
  for (;;) {
    if (const char* res = match(ms, s, ep + 1)) return res;
    if (single_match(ms, s, p, ep)) ++s;
    else return nullptr;
  }
}

const char* start_capture(MatchState& ms, const char* s, const char* p, std::ptrdiff_t what) {
  int level = ms.level;
  if (level >= kMaxCaptures) luaL_error(ms.L, "too many captures");
  ms.capture[level].init = s;
  ms.capture[level].len = what;
  ms.level = level + 1;
  const char* res = match(ms, s, p);
  if (!res) ms.level--;
  return res;
}

int capture_to_close(MatchState& ms) {
  int level = ms.level;
  for (--level; level >= 0; --level)
    if (ms.capture[level].len == kCapUnfinished) return level;
  luaL_error(ms.L, "invalid pattern capture");
  return 0;
}

const char* end_capture(MatchState& ms, const char* s, const char* p) {
  int l = capture_to_close(ms);
  ms.capture[l].len = s - ms.capture[l].init;
  const char* res = match(ms, s, p);
  if (!res) ms.capture[l].len = kCapUnfinished;
  return res;
}

int check_capture(MatchState& ms, int l) {
  l -= '1';
  if (l < 0 || l >= ms.level || ms.capture[l].len == kCapUnfinished)
    luaL_error(ms.L, "invalid capture index %%%d", l + 1);
  return l;
}

const char* match_capture(MatchState& ms, const char* s, int l) {
  l = check_capture(ms, l);
  auto len = static_cast<std::size_t>(ms.capture[l].len);
  if (static_cast<std::size_t>(ms.src_end - s) >= len && std::memcmp(ms.capture[l].init, s, len) == 0) return s + len;
  return nullptr;
}

const char* match(MatchState& ms, const char* s, const char* p) {
  if (ms.depth-- == 0) luaL_error(ms.L, "pattern too complex");
  ms.step();
  for (;;) {
    if (p == ms.p_end) break;
    switch (*p) {
      case '(':
        if (p + 1 < ms.p_end && *(p + 1) == ')') s = start_capture(ms, s, p + 2, kCapPosition);
        else s = start_capture(ms, s, p + 1, kCapUnfinished);
        goto done;
      case ')':
        s = end_capture(ms, s, p + 1);
        goto done;
      case '$':
        if (p + 1 != ms.p_end) goto dflt;
        s = (s == ms.src_end) ? s : nullptr;
        goto done;
      case kEsc:
        if (p + 1 < ms.p_end) {
          char n = *(p + 1);
          if (n == 'b') {
            s = match_balance(ms, s, p + 2);
            if (s) {
              p += 4;
              continue;
            }
            goto done;
          }
          if (n == 'f') {
            p += 2;
            if (p >= ms.p_end || *p != '[') luaL_error(ms.L, "missing '[' after '%%f' in pattern");
            const char* ep = class_end(ms, p);
            unsigned previous = (s == ms.src_init) ? 0 : static_cast<unsigned char>(*(s - 1));
            unsigned current = s < ms.src_end ? static_cast<unsigned char>(*s) : 0;
            if (!match_bracket_class(previous, p, ep - 1) && match_bracket_class(current, p, ep - 1)) {
              p = ep;
              continue;
            }
            s = nullptr;
            goto done;
          }
          if (is_digit(static_cast<unsigned char>(n))) {
            s = match_capture(ms, s, static_cast<unsigned char>(n));
            if (s) {
              p += 2;
              continue;
            }
            goto done;
          }
        }
        goto dflt;
      default:
      dflt: {
        const char* ep = class_end(ms, p);
        char q = ep < ms.p_end ? *ep : '\0';
        if (!single_match(ms, s, p, ep)) {
          if (q == '*' || q == '?' || q == '-') {
            p = ep + 1;
            continue;
          }
          s = nullptr;
        } else {
          switch (q) {
            case '?': {
              if (const char* res = match(ms, s + 1, ep + 1)) s = res;
              else {
                p = ep + 1;
                continue;
              }
              break;
            }
            case '+': s = max_expand(ms, s + 1, p, ep); break;
            case '*': s = max_expand(ms, s, p, ep); break;
            case '-': s = min_expand(ms, s, p, ep); break;
            default:
              ++s;
              p = ep;
              continue;
          }
        }
        goto done;
      }
    }
  }
done:
  ms.depth++;
  return s;
}

}  // namespace gongwen::host::lua::pattern_detail
