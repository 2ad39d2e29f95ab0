// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Line rules of the cleaner.
//
// Each rule looks at one normalised line. Rules that drop a line apply only
// to short lines (kMaxDropWords) and are anchored: an exact phrase, a
// phrase at the start, or a line made only of name, date or credit words.
// A rule never fires on a word that merely occurs inside prose, so "Russia
// shared intelligence" or "Read the full statement, Lavrov said" stay. Lines
// are split into at most kMaxWords words on a stack array; no allocation.
// The phrase lists are small and matched by linear scan, which costs less
// than hashing for lines that are mostly rejected on the first character.
// docs/cleaning.md lists every rule with examples.
#include "text/internal/clean_rules.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace dyad::internal {
namespace {

constexpr size_t kNpos = std::string_view::npos;
constexpr size_t kMaxWords = 96;
// Captions are one or two sentences; longer lines are not scored.
constexpr size_t kMaxCaptionBytes = 900;
// Credits at the end of a line are short: only this many bytes are searched.
constexpr size_t kCreditWindow = 200;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return IsUpper(c) || IsLowerAscii(c); }
bool IsNonAscii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}
bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}
// Case-insensitive search; `needle` must be lower case.
size_t FindIgnoreCase(std::string_view hay, std::string_view needle,
                      size_t from = 0) {
  if (needle.empty() || hay.size() < needle.size()) return kNpos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if (Lower(hay[i]) != needle[0]) continue;
    size_t k = 1;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return kNpos;
}
// Last occurrence of `needle` that starts at or after `min_pos`.
size_t RFindFrom(std::string_view hay, std::string_view needle,
                 size_t min_pos) {
  if (hay.size() < needle.size()) return kNpos;
  for (size_t i = hay.size() - needle.size() + 1; i-- > min_pos;) {
    if (hay[i] == needle[0] && hay.compare(i, needle.size(), needle) == 0) {
      return i;
    }
  }
  return kNpos;
}
bool ContainsIgnoreCase(std::string_view hay, std::string_view needle) {
  return FindIgnoreCase(hay, needle) != kNpos;
}
template <typename List>
bool ContainsAny(std::string_view hay, const List& needles) {
  for (std::string_view n : needles) {
    if (ContainsIgnoreCase(hay, n)) return true;
  }
  return false;
}
template <typename List>
bool StartsWithAny(std::string_view s, const List& prefixes) {
  if (s.empty()) return false;
  const char first = Lower(s[0]);
  for (std::string_view p : prefixes) {
    if (p[0] == first && StartsWithIgnoreCase(s, p)) return true;
  }
  return false;
}
template <typename List>
bool EqualsAny(std::string_view s, const List& set) {
  for (std::string_view p : set) {
    if (p.size() == s.size() && EqualsIgnoreCase(s, p)) return true;
  }
  return false;
}

// Like StartsWithAny, but the prefix must end at a word boundary when it
// ends in a letter: "subscribe" matches "Subscribe now", not "Subscribers".
template <typename List>
bool StartsWithWordAny(std::string_view s, const List& prefixes) {
  if (s.empty()) return false;
  const char first = Lower(s[0]);
  for (std::string_view p : prefixes) {
    if (p[0] != first || !StartsWithIgnoreCase(s, p)) continue;
    if (p.empty() || !IsAlpha(p.back()) || s.size() == p.size() ||
        !IsAlpha(s[p.size()])) {
      return true;
    }
  }
  return false;
}

// Strips punctuation around a word: "(Reuters)," -> "Reuters".
std::string_view StripPunct(std::string_view w) {
  auto is_edge = [](char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' ||
           c == ')' || c == '"' || c == '\'' || c == '[' || c == ']' ||
           c == '!' || c == '?' || c == '|';
  };
  while (!w.empty() && is_edge(w.front())) w.remove_prefix(1);
  while (!w.empty() && is_edge(w.back())) w.remove_suffix(1);
  return w;
}

// Up to kMaxWords words of a line, split on single spaces. Offsets are kept
// in plain arrays that are not zero-filled: this is built for most lines.
class Words {
 public:
  explicit Words(std::string_view line) : line_(line) {
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && line[i] == ' ') ++i;
      if (i >= line.size()) break;
      size_t j = i;
      while (j < line.size() && line[j] != ' ') ++j;
      if (size < kMaxWords) {
        begin_[size] = static_cast<uint32_t>(i);
        length_[size] = static_cast<uint32_t>(j - i);
        ++size;
      }
      ++total;
      i = j;
    }
  }
  std::string_view operator[](size_t i) const {
    return line_.substr(begin_[i], length_[i]);
  }

  size_t size = 0;   // words stored
  size_t total = 0;  // words in the line

 private:
  std::string_view line_;
  uint32_t begin_[kMaxWords];
  uint32_t length_[kMaxWords];
};

// The line with list bullets and dashes in front and closing punctuation at
// the end removed, for phrase matching: "- Read more >>" -> "Read more".
std::string_view MatchView(std::string_view line) {
  while (!line.empty()) {
    const char c = line.front();
    if (c == '-' || c == '*' || c == '>' || c == '|' || c == ' ' || c == '#') {
      line.remove_prefix(1);
    } else if (StartsWithIgnoreCase(line, "\xE2\x80\xA2") ||
               StartsWithIgnoreCase(line, "\xE2\xA6\x81")) {  // bullets
      line.remove_prefix(3);
    } else {
      break;
    }
  }
  while (!line.empty()) {
    const char c = line.back();
    if (c == '.' || c == ':' || c == '!' || c == ' ' || c == '>' || c == '"' ||
        c == '|' || c == '-') {
      line.remove_suffix(1);
    } else {
      break;
    }
  }
  return line;
}

// ---- Phrase lists (lower case) ----

// Lines that are boilerplate when they are exactly this phrase.
constexpr std::string_view kExactBoilerplate[] = {
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this page",
    "share on facebook",
    "share on twitter",
    "share via email",
    "share tweet post email",
    "share this article share tweet post email",
    "tweet",
    "email",
    "print",
    "comment",
    "comments",
    "show comments",
    "view comments",
    "leave a comment",
    "advertisement",
    "advertisements",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "skip advertisement",
    "story continues below",
    "story continued below",
    "article continues below",
    "continue reading",
    "continue reading below",
    "continue reading the main story",
    "advertisement continue reading the main story",
    "read more",
    "read more here",
    "read more below",
    "read the full story",
    "read full story",
    "read full article",
    "read the full article",
    "more",
    "more on this",
    "more from",
    "related",
    "related articles",
    "related content",
    "related coverage",
    "related stories",
    "related topics",
    "related links",
    "see also",
    "also see",
    "also read",
    "recommended",
    "recommended for you",
    "you may also like",
    "trending",
    "trending now",
    "most read",
    "most popular",
    "top stories",
    "watch",
    "watch video",
    "watch the video",
    "video",
    "photo",
    "photos",
    "image",
    "gallery",
    "view gallery",
    "slideshow",
    "loading",
    "close",
    "menu",
    "back to top",
    "skip to content",
    "skip to main content",
    "listen",
    "listen to this article",
    "listen to this story",
    "audio",
    "play",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "caption",
    "newsletter sign-up",
    "newsletter signup",
    "sign up",
    "subscribe",
    "subscribe now",
    "log in",
    "sign in",
    "supported by",
    "editor's picks",
    "what you need to know",
    "click here",
    "see more",
    "view more",
    "advertising",
    "media playback is unsupported on your device",
    "replay",
    "more videos",
    "top news",
    "most viewed"};

// Link and prompt lines: boilerplate when the line starts with this.
constexpr std::string_view kPrefixBoilerplate[] = {"just watched",
                                                   "must watch",
                                                   "(also on",
                                                   "( also on",
                                                   "also on politico",
                                                   "go deeper:",
                                                   "full coverage:",
                                                   "read more:",
                                                   "read more -",
                                                   "read more about",
                                                   "read more at",
                                                   "read more on",
                                                   "read more from",
                                                   "related:",
                                                   "related coverage:",
                                                   "related content:",
                                                   "related stories:",
                                                   "related articles:",
                                                   "related video:",
                                                   "more:",
                                                   "see also:",
                                                   "see more:",
                                                   "also read:",
                                                   "also see:",
                                                   "read also:",
                                                   "read:",
                                                   "recommended:",
                                                   "watch:",
                                                   "watch video:",
                                                   "watch live:",
                                                   "video:",
                                                   "listen:",
                                                   "don't miss:",
                                                   "must read:",
                                                   "trending:",
                                                   "sponsored:",
                                                   "click here",
                                                   "click to ",
                                                   "tap here"};

// First words of subscribe prompts; they need a keyword below as well.
constexpr std::string_view kSubscribeStarts[] = {
    "subscribe",  "sign up",       "signup",          "sign-up",   "get our",
    "get the",    "get breaking",  "join our",        "want more", "never miss",
    "don't miss", "stay informed", "stay up to date", "receive",   "enter your",
    "newsletter", "download the",  "become a"};
constexpr std::string_view kSubscribeKeywords[] = {
    "newsletter", "subscribe", "subscription", "sign up", "sign-up",
    "signup",     "inbox",     "podcast",      "alerts",  " app"};

constexpr std::string_view kCookieCues[] = {
    "we use cookies", "uses cookies",    "use of cookies",     "accept cookies",
    "cookie policy",  "cookie settings", "cookie preferences", "cookies to",
    "consent",        "browsing",        "this site",          "this website"};

constexpr std::string_view kPolicyCues[] = {
    "you agree",    "by using this",    "by signing up", "by continuing",
    "terms of use", "terms of service", "by clicking"};

constexpr std::string_view kSocialNetworks[] = {
    "twitter", "facebook", "instagram", "@", "tiktok", "youtube", "linkedin"};
constexpr std::string_view kSocialStarts[] = {
    "like us on", "join us on", "find us on", "connect with us", "follow us"};

constexpr std::string_view kCreditorStarts[] = {
    "reporting by", "additional reporting by", "writing by", "editing by",
    "compiled by",  "reporting and writing by"};
constexpr std::string_view kContributedEnds[] = {
    "contributed to this report",      "contributed to this story",
    "contributed to this article",     "contributed reporting",
    "contributed to this report from", "contributed"};

// Whole-line credit starts ("Image copyright Getty Images").
constexpr std::string_view kCreditLineStarts[] = {"image copyright",
                                                  "image source",
                                                  "photo credit",
                                                  "picture credit",
                                                  "image credit",
                                                  "photo:",
                                                  "photo :",
                                                  "photos:",
                                                  "photograph:",
                                                  "picture:",
                                                  "pictures:",
                                                  "credit:",
                                                  "credits:",
                                                  "photo by",
                                                  "photos by",
                                                  "photograph by",
                                                  "photo illustration",
                                                  "photo-illustration",
                                                  "illustration by",
                                                  "enlarge this image",
                                                  "toggle caption",
                                                  "hide caption",
                                                  "slideshow (",
                                                  "(photo",
                                                  "(ap photo",
                                                  "ap photo",
                                                  "reuters/",
                                                  "(reuters/",
                                                  "getty images",
                                                  "(getty images"};

// Parenthesised credits at the end of a line: "(Photo: Pool/AP)".
constexpr std::string_view kParenCreditStarts[] = {
    "photo:",       "photo :",       "photos:",       "photo by",
    "photos by",    "photograph:",   "photograph by", "picture:",
    "pictures:",    "image:",        "images:",       "credit:",
    "photo credit", "image credit",  "ap photo",      "afp photo",
    "reuters/",     "reuters photo", "getty images",  "afp/",
    "afp via",      "epa/",          "epa-efe",       "pool/",
    "pool photo",   "courtesy",      "handout",       "file photo"};

// Inline credit lead words after a sentence end: "... Moscow. Photo: X/AP".
constexpr std::string_view kInlineCreditStarts[] = {
    "photo: ", "photo : ", "photograph: ",   "picture: ", "photo by ",
    "image: ", "credit: ", "photo credit: ", "photos: "};

// What a credit ends with: agency, pool or outlet.
constexpr std::string_view kAgencyEnds[] = {"ap",
                                            "ap photo",
                                            "afp",
                                            "reuters",
                                            "getty images",
                                            "getty",
                                            "epa",
                                            "epa-efe",
                                            "bloomberg",
                                            "xinhua",
                                            "tass",
                                            "sputnik",
                                            "pool",
                                            "handout",
                                            "file photo",
                                            "file",
                                            "shutterstock",
                                            "landov",
                                            "zuma press",
                                            "sipa",
                                            "anadolu agency",
                                            "the washington post",
                                            "the new york times",
                                            "associated press",
                                            "corbis",
                                            "alamy",
                                            "imago",
                                            "dpa",
                                            "kyodo",
                                            "yonhap",
                                            "ria novosti",
                                            "via reuters",
                                            "ap images",
                                            "afp photo"};

constexpr std::string_view kMonths[] = {
    "january", "february",  "march",   "april",    "may",      "june", "july",
    "august",  "september", "october", "november", "december", "sept"};
constexpr std::string_view kMonthAbbrevs[] = {"jan", "feb", "mar", "apr",
                                              "jun", "jul", "aug", "sep",
                                              "oct", "nov", "dec"};
constexpr std::string_view kWeekdays[] = {
    "monday",   "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",  "mon",       "tue",      "tues",
    "wed",      "thu",     "thurs",     "fri"};
constexpr std::string_view kWeekdayAbbrevs2[] = {"sat", "sun"};
constexpr std::string_view kTimeZones[] = {
    "et",  "est", "edt", "gmt",  "utc", "bst", "cet", "cest",
    "pt",  "pst", "pdt", "ct",   "cst", "cdt", "mt",  "mst",
    "mdt", "ist", "msk", "aest", "jst", "hkt", "sgt", "z"};
constexpr std::string_view kTimeWords[] = {
    "am",     "pm",      "a.m",  "p.m",   "on",   "at",   "of",   "the",
    "ago",    "and",     "year", "years", "day",  "days", "hour", "hours",
    "minute", "minutes", "min",  "mins",  "week", "weeks"};
constexpr std::string_view kTimeWords2[] = {
    "hr", "hrs", "month", "months", "second", "seconds", "yesterday", "today"};
constexpr std::string_view kTimestampKeywords[] = {
    "update",    "updated",       "published",
    "posted",    "last updated",  "first published",
    "modified",  "last modified", "originally published",
    "updated on"};

bool IsMonth(std::string_view w) {
  return EqualsAny(w, kMonths) || EqualsAny(w, kMonthAbbrevs);
}
bool IsWeekday(std::string_view w) {
  return EqualsAny(w, kWeekdays) || EqualsAny(w, kWeekdayAbbrevs2);
}
bool IsYear(std::string_view w) {
  return w.size() == 4 && (w[0] == '1' || w[0] == '2') && IsDigit(w[1]) &&
         IsDigit(w[2]) && IsDigit(w[3]);
}
// "15", "3:45", "2/10/2014", "2015-12-15", "10:02:00Z", "1st", "15th".
bool IsNumberToken(std::string_view w) {
  if (w.empty() || !IsDigit(w[0])) return false;
  size_t i = 0;
  while (i < w.size() &&
         (IsDigit(w[i]) || w[i] == ':' || w[i] == '/' || w[i] == '-' ||
          w[i] == '.' || w[i] == 'T' || w[i] == 'Z' || w[i] == '+')) {
    ++i;
  }
  std::string_view rest = w.substr(i);
  return rest.empty() ||
         EqualsAny(rest, std::array<std::string_view, 6>{"st", "nd", "rd", "th",
                                                         "am", "pm"});
}
bool IsClockToken(std::string_view w) {
  const size_t colon = w.find(':');
  return colon != kNpos && colon > 0 && IsDigit(w[0]) && colon + 1 < w.size() &&
         IsDigit(w[colon + 1]);
}

// ---- Rules ----

// "Updated 3:45 PM ET, Tue December 15, 2015", "15 December 2015",
// "6 years ago", "Published 10:02 GMT".
bool IsTimestampLine(const Words& words) {
  if (words.total == 0 || words.total > 16 || words.size != words.total) {
    return false;
  }
  size_t i = 0;
  bool keyword = false;
  // Keyword of one or two words at the start ("Last updated:").
  for (size_t len = 2; len >= 1 && !keyword; --len) {
    if (words.size < len) continue;
    const std::string_view first = words[0];
    std::string_view joined =
        len == 1 ? StripPunct(first)
                 : std::string_view(
                       first.data(),
                       static_cast<size_t>(words[1].data() + words[1].size() -
                                           first.data()));
    while (!joined.empty() && (joined.back() == ':' || joined.back() == ','))
      joined.remove_suffix(1);
    while (!joined.empty() && joined.front() == '-') joined.remove_prefix(1);
    if (EqualsAny(joined, kTimestampKeywords)) {
      keyword = true;
      i = len;
    }
  }
  bool month = false, number = false, clock = false, ago = false,
       day_word = false;
  for (; i < words.size; ++i) {
    std::string_view w = StripPunct(words[i]);
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w.empty() || w == "-" || w == "--" || w == "/") continue;
    if (IsMonth(w)) {
      month = true;
    } else if (IsWeekday(w)) {
      day_word = true;
    } else if (IsNumberToken(w)) {
      number = true;
      clock = clock || IsClockToken(w);
    } else if (EqualsIgnoreCase(w, "ago")) {
      ago = true;
    } else if (EqualsAny(w, kTimeZones)) {
    } else if (EqualsAny(w, kTimeWords) || EqualsAny(w, kTimeWords2)) {
      day_word = day_word || EqualsIgnoreCase(w, "today") ||
                 EqualsIgnoreCase(w, "yesterday");
    } else {
      return false;
    }
  }
  if (keyword) return month || number || day_word;
  return (month && number) || clock || (number && ago);
}

// "By Jane Smith", "BY JANE SMITH, Associated Press", "By Jane Smith and
// John Doe, Reuters", "Reporting by ...; Editing by ...".
// Reuters-style end note: "Reporting by Ann Lee in Moscow; Editing by Tom
// Hale", "(Additional reporting by Ann Lee)". Not a sentence that starts
// the same way: "Reporting by CNN said the source was ...".
bool IsCreditorsNote(std::string_view line, size_t total_words) {
  std::string_view view = line;
  if (!view.empty() && view.front() == '(') view.remove_prefix(1);
  if (!StartsWithAny(view, kCreditorStarts)) return false;
  if (ContainsIgnoreCase(view, " said") || ContainsIgnoreCase(view, " says") ||
      ContainsIgnoreCase(view, " told ") ||
      ContainsIgnoreCase(view, " reported")) {
    return false;
  }
  return view.find(';') != kNpos || ContainsIgnoreCase(view, "editing by") ||
         ContainsIgnoreCase(view, "writing by") || total_words <= 10;
}

bool IsBylineLine(std::string_view line, const Words& words) {
  if (IsCreditorsNote(line, words.total)) return true;
  std::string_view trimmed = MatchView(line);
  // "Write to Ann Lee at ann.lee@example.com", "-- With assistance by ...".
  if (words.total <= 20 && StartsWithIgnoreCase(trimmed, "write to ") &&
      (trimmed.find('@') != kNpos || ContainsIgnoreCase(trimmed, " at "))) {
    return true;
  }
  if (words.total <= 30 && StartsWithIgnoreCase(trimmed, "with assistance")) {
    return true;
  }
  for (std::string_view end : kContributedEnds) {
    if (EndsWithIgnoreCase(trimmed, end) && words.total <= 30 &&
        (end != "contributed" || words.total <= 8)) {
      return true;
    }
  }
  if (StartsWithIgnoreCase(line, "contributing:") ||
      StartsWithIgnoreCase(line, "contributors:")) {
    return words.total <= kMaxDropWords;
  }
  if (words.size < 2 || words.total > 16) return false;
  const std::string_view by = words[0];
  if (by != "By" && by != "BY" && by != "by" && by != "Written" &&
      by != "WRITTEN") {
    return false;
  }
  size_t start = 1;
  if (by == "Written" || by == "WRITTEN") {
    if (!EqualsIgnoreCase(words[1], "by") || words.size < 3) return false;
    start = 2;
  }
  if (line.find_first_of("?!\"") != kNpos) return false;
  constexpr std::string_view kConnectors[] = {
      "and",   "&",   "|",   "-",   "--",  "/",   "de",  "da", "del",
      "della", "der", "den", "van", "von", "bin", "ibn", "al", "el",
      "la",    "le",  "di",  "du",  "of",  "for", "in",  "at"};
  // "By BBC Middle East correspondent Ann Lee", "By Ann Lee, staff writer".
  constexpr std::string_view kRoles[] = {
      "correspondent", "reporter", "writer",      "editor",       "staff",
      "senior",        "chief",    "political",   "diplomatic",   "foreign",
      "economics",     "security", "defense",     "defence",      "bureau",
      "columnist",     "analyst",  "contributor", "contributing", "special",
      "investigative", "white",    "house",       "news",         "world",
      "washington"};
  constexpr std::string_view kNotNames[] = {
      "Then",     "Now",       "Law",  "Tonight",  "Tomorrow",   "Today",
      "Contrast", "Christmas", "Noon", "Midnight", "Comparison", "Far"};
  size_t names = 0;
  for (size_t i = start; i < words.size; ++i) {
    const std::string_view raw = words[i];
    const std::string_view w = StripPunct(raw);
    if (w.empty() || EqualsAny(w, kConnectors) || EqualsAny(w, kRoles)) {
      continue;
    }
    for (char c : w) {
      if (IsDigit(c)) return false;
    }
    if (i == start && (EqualsAny(w, kNotNames) || IsMonth(w) || IsWeekday(w)))
      return false;
    if (IsUpper(w[0]) || IsNonAscii(w[0])) {
      ++names;
      continue;
    }
    return false;
  }
  return names >= 1;
}

bool HasLetterOrDigit(std::string_view line) {
  for (char c : line) {
    if (IsAlpha(c) || IsDigit(c) || IsNonAscii(c)) {
      // Bullets and symbols in the U+2000 block are not letters.
      if (IsNonAscii(c) && static_cast<unsigned char>(c) == 0xE2) continue;
      return true;
    }
  }
  return false;
}

// True for "Image 1 of 2", "next Image 1 of 2", "Slideshow (2 Images)".
bool IsGalleryCounter(const Words& words) {
  if (words.total > 6) return false;
  for (size_t i = 0; i + 2 < words.size; ++i) {
    if (IsNumberToken(words[i]) && EqualsIgnoreCase(words[i + 1], "of") &&
        IsNumberToken(words[i + 2])) {
      return true;
    }
  }
  return false;
}

// A credit phrase with no lead word: "Andy Wong/AP Photo", "Getty Images",
// "Omar Haddad/Courtesy of Jordanian Royal Court/Handout".
bool IsBareCredit(std::string_view fragment) {
  fragment = StripPunct(fragment);
  if (fragment.empty()) return false;
  const Words words(fragment);
  if (words.total > 8) return false;
  const bool slash = fragment.find('/') != kNpos;
  for (std::string_view agency : kAgencyEnds) {
    if (EqualsIgnoreCase(fragment, agency)) {
      return agency.size() > 4 || agency == "ap" || agency == "afp" ||
             agency == "epa";
    }
    if (slash && EndsWithIgnoreCase(fragment, agency)) {
      const char before = fragment[fragment.size() - agency.size() - 1];
      if (before == '/' || before == ' ') return true;
    }
  }
  return false;
}

// True when `line[pos]` follows a sentence end: ". ", "? ", '." '.
bool AfterSentenceEnd(std::string_view line, size_t pos) {
  size_t i = pos;
  while (i > 0 && line[i - 1] == ' ') --i;
  if (i == 0) return true;
  char c = line[i - 1];
  if ((c == '"' || c == '\'' || c == ')') && i >= 2) c = line[i - 2];
  return c == '.' || c == '!' || c == '?' || c == '|';
}

// Start of one trailing credit (see TrailingCreditStart), or npos.
size_t OneTrailingCredit(std::string_view line) {
  if (line.empty()) return kNpos;
  const size_t base =
      line.size() > kCreditWindow ? line.size() - kCreditWindow : 0;
  auto with_space = [&](size_t pos) {
    while (pos > 0 && line[pos - 1] == ' ') --pos;
    return pos;
  };
  // A. Parenthesised: "(Photo: Pool/AP)", "(Salwan Georges/The Post)".
  if (line.back() == ')') {
    int depth = 0;
    size_t open = kNpos;
    for (size_t i = line.size(); i-- > base;) {
      if (line[i] == ')') ++depth;
      if (line[i] == '(' && --depth == 0) {
        open = i;
        break;
      }
    }
    if (open != kNpos) {
      std::string_view inner = line.substr(open + 1, line.size() - open - 2);
      while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
      if (StartsWithAny(inner, kParenCreditStarts)) return with_space(open);
      if (inner.find('/') != kNpos && AfterSentenceEnd(line, open)) {
        const Words words(inner);
        bool all_names = words.total <= 12 && words.total == words.size;
        for (size_t i = 0; all_names && i < words.size; ++i) {
          const std::string_view w = StripPunct(words[i]);
          if (w.empty()) continue;
          if (!(IsUpper(w[0]) || IsNonAscii(w[0]) || w == "of" || w == "the" ||
                w == "via" || w == "for" || w == "de" || w == "van" ||
                w == "von" || w == "&" || w == "and")) {
            all_names = false;
          }
        }
        if (all_names) return with_space(open);
      }
      if (IsBareCredit(inner) && AfterSentenceEnd(line, open)) {
        return with_space(open);
      }
    }
  }
  // B. "REUTERS/Name" to the end of the line. Mixed-case "Reuters/" also
  // names polls ("a Reuters/Ipsos poll"), so it must follow a sentence end.
  for (std::string_view tag :
       {std::string_view("REUTERS/"), std::string_view("Reuters/")}) {
    const size_t at = RFindFrom(line, tag, base);
    if (at == kNpos ||
        !(at == 0 || line[at - 1] == ' ' || line[at - 1] == '(')) {
      continue;
    }
    if (tag == "Reuters/" &&
        (!AfterSentenceEnd(line, at) || line.back() == '.' ||
         line.substr(at + tag.size()).starts_with("Ipsos"))) {
      continue;
    }
    if (Words(line.substr(at)).total <= 8) return with_space(at);
  }
  // C. "... Moscow. Photo: Yves Herman/Reuters", "... AP Photo/Jim Lo".
  const size_t ap_photo = RFindFrom(line, "AP Photo/", base);
  if (ap_photo != kNpos && (ap_photo == 0 || line[ap_photo - 1] == ' ' ||
                            line[ap_photo - 1] == '(')) {
    size_t at = ap_photo;
    if (at > 0 && line[at - 1] == '(') --at;
    if (Words(line.substr(at)).total <= 10) return with_space(at);
  }
  for (size_t i = line.size(); i-- > base;) {
    const bool word_start =
        i == 0 || (line[i - 1] == ' ' && AfterSentenceEnd(line, i));
    if (!word_start || !StartsWithAny(line.substr(i), kInlineCreditStarts)) {
      continue;
    }
    if (Words(line.substr(i)).total <= 10) return with_space(i);
    break;
  }
  // D. "... said. | Andy Wong/AP Photo".
  const size_t bar = RFindFrom(line, " | ", base);
  if (bar != kNpos) {
    const std::string_view tail = line.substr(bar + 3);
    if (Words(tail).total <= 8 &&
        (tail.find('/') != kNpos || IsBareCredit(tail) ||
         ContainsIgnoreCase(tail, "photo") ||
         ContainsIgnoreCase(tail, "getty"))) {
      return with_space(bar);
    }
  }
  // E. Last fragment after a sentence end: "... 2018. Jim Lo/AP Photo".
  size_t fragment = kNpos;
  for (size_t i = line.size(); i-- > std::max<size_t>(base, 1);) {
    if (line[i] == ' ' && AfterSentenceEnd(line, i + 1)) {
      fragment = i + 1;
      break;
    }
  }
  if (fragment == kNpos) {
    if (base > 0) return kNpos;
    fragment = 0;
  }
  // A fragment that closes a parenthesis it did not open is the inside of
  // a longer credit ("(Ann R. Lee/Courier via AP, File)"), not a credit.
  const std::string_view tail = line.substr(fragment);
  const auto opens = std::count(tail.begin(), tail.end(), '(');
  const auto closes = std::count(tail.begin(), tail.end(), ')');
  if (closes <= opens && IsBareCredit(tail) && line.back() != '.') {
    return with_space(fragment);
  }
  return kNpos;
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

size_t CountWords(std::string_view line) {
  if (line.empty()) return 0;
  // Counts spaces eight bytes at a time (lines have single spaces).
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  constexpr uint64_t kSpaces = 0x2020202020202020ull;
  size_t words = 1, i = 0;
  for (; i + 8 <= line.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, line.data() + i, 8);
    const uint64_t v = x ^ kSpaces;
    const uint64_t mask = ~(((v & ~kHigh) + ~kHigh) | v) & kHigh;
    // One bit per space lane; the multiply sums the lanes into the top byte
    // (no popcnt instruction needed on baseline x86-64).
    words += ((mask >> 7) * 0x0101010101010101ull) >> 56;
  }
  for (; i < line.size(); ++i) words += (line[i] == ' ');
  return words;
}

// "... Hide Caption 3 of 24 Photos: The senator's career Smith, left, ...":
// a photo gallery flattened into one line (CNN). Its captions tell the
// photos' stories, years old, not the article's news.
static bool IsFlattenedGallery(std::string_view line) {
  constexpr std::string_view kMarker = "Hide Caption ";
  for (size_t at = line.find(kMarker); at != std::string_view::npos;
       at = line.find(kMarker, at + 1)) {
    size_t i = at + kMarker.size();
    const size_t digits = i;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    if (i > digits && line.substr(i, 4) == " of ") return true;
  }
  return false;
}

std::string_view DropReason(std::string_view line) {
  if (line.empty()) return {};
  if (!HasLetterOrDigit(line)) return kReasonSeparator;
  if (IsFlattenedGallery(line)) return kReasonPhotoGallery;
  const size_t total = CountWords(line);
  if (total > kMaxDropWords) {
    // Long lines: only Reuters-style end notes.
    std::string_view view = line;
    if (view.front() == '(') view.remove_prefix(1);
    return total <= 2 * kMaxDropWords && IsCreditorsNote(line, total)
               ? kReasonByline
               : std::string_view();
  }
  const std::string_view match = MatchView(line);
  if (match.empty()) return kReasonSeparator;
  if (match.size() <= 48 && EqualsAny(match, kExactBoilerplate)) {
    return kReasonBoilerplate;
  }
  if (line == "AD" || EqualsIgnoreCase(match, "ad continue reading")) {
    return kReasonBoilerplate;
  }
  if (match.front() == '[' && match.back() == ']' && total <= 2) {
    return kReasonBoilerplate;  // "[pullquote]", "[embed]"
  }
  if (total <= 30 && StartsWithAny(match, kPrefixBoilerplate)) {
    return kReasonBoilerplate;
  }
  if (total <= 30 && StartsWithIgnoreCase(match, "read more") &&
      (match.size() == 9 || !IsAlpha(match[9]))) {
    return kReasonBoilerplate;
  }
  if (total <= 12 && StartsWithIgnoreCase(match, "this article is") &&
      (ContainsIgnoreCase(match, "year") || ContainsIgnoreCase(match, "old"))) {
    return kReasonBoilerplate;  // "This article is more than N years old"
  }
  if (total <= 40 && StartsWithWordAny(match, kSubscribeStarts) &&
      ContainsAny(match, kSubscribeKeywords)) {
    return kReasonSubscribe;
  }
  if (total <= 60 && match.find("ookie") != kNpos &&
      ContainsAny(match, kCookieCues)) {
    return kReasonCookie;
  }
  if (total <= 40 &&
      (match.find("rivacy") != kNpos || match.find("RIVACY") != kNpos) &&
      ContainsIgnoreCase(match, "privacy policy") &&
      ContainsAny(match, kPolicyCues)) {
    return kReasonSubscribe;
  }
  if (total <= 20 && ((StartsWithIgnoreCase(match, "follow ") &&
                       ContainsAny(match, kSocialNetworks)) ||
                      StartsWithAny(match, kSocialStarts))) {
    return kReasonSocial;
  }
  if (total <= 30 &&
      (StartsWithIgnoreCase(match, "copyright") ||
       StartsWithIgnoreCase(match, "\xC2\xA9") ||
       StartsWithIgnoreCase(match, "(c) ") ||
       ((match.find("eserved") != kNpos || match.find("ESERVED") != kNpos) &&
        ContainsIgnoreCase(match, "all rights reserved")))) {
    return kReasonCopyright;
  }
  // A credit line, unless it reads as a sentence ("Getty Images
  // photographers were barred from the summit.") or carries a caption.
  if (total <= 25 && StartsWithWordAny(line, kCreditLineStarts) &&
      !(line.back() == '.' && total > 8) &&
      FindLeadingLabel(line).length == 0) {
    return kReasonPhotoCredit;
  }
  // Word-level rules need the split; bylines and credits lines are short.
  if (total > 16 && !line.starts_with("By") && !line.starts_with("BY") &&
      !line.starts_with("(") && !StartsWithAny(line, kCreditorStarts) &&
      !EndsWithIgnoreCase(MatchView(line), "report") &&
      !EndsWithIgnoreCase(MatchView(line), "story") &&
      !StartsWithIgnoreCase(line, "contribut")) {
    return {};
  }
  const Words words(line);
  if (IsBylineLine(line, words)) return kReasonByline;
  if (IsGalleryCounter(words)) return kReasonBoilerplate;
  if (total <= 10 && TrailingCreditStart(line) == 0) {
    return kReasonPhotoCredit;
  }
  if (IsTimestampLine(words)) return kReasonTimestamp;
  return {};
}

// Cheap test that a line may end in a credit: every form in
// OneTrailingCredit needs one of these. Most body lines end in '.' or a
// quote and hold none of them in their last bytes.
bool MayEndWithCredit(std::string_view line) {
  if (line.empty()) return false;
  const char last = line.back();
  if (last == ')') return true;
  if (last != '.' && last != '"' && last != '?' && last != '!') return true;
  const std::string_view window = line.size() > kCreditWindow
                                      ? line.substr(line.size() - kCreditWindow)
                                      : line;
  if (window.find('/') != kNpos || window.find('|') != kNpos) return true;
  // "Photo: ...", "Credit: ...", "Photo by ...": the lead word before a
  // colon or "by", found through the rarer byte.
  auto lead_before = [&](size_t pos) {
    size_t start = pos;
    while (start > 0 && window[start - 1] != ' ') --start;
    if (start == pos && start > 0) {  // "Photo : ..."
      --start;
      while (start > 0 && window[start - 1] != ' ') --start;
    }
    const std::string_view word = StripPunct(window.substr(start, pos - start));
    return EqualsAny(word, std::array<std::string_view, 7>{
                               "photo", "photos", "photograph", "picture",
                               "image", "credit", "photo credit"});
  };
  for (size_t colon = window.find(':'); colon != kNpos;
       colon = window.find(':', colon + 1)) {
    if (lead_before(colon)) return true;
  }
  for (size_t by = window.find("by "); by != kNpos;
       by = window.find("by ", by + 1)) {
    if (by >= 2 && window[by - 1] == ' ' && lead_before(by - 1)) return true;
  }
  return false;
}

size_t TrailingCreditStart(std::string_view line) {
  if (!MayEndWithCredit(line)) return kNpos;
  size_t start = kNpos;
  // Credits can be chained: "(AP Photo/Lena Park) (Photo: Lena Park, AP)".
  for (int round = 0; round < 3; ++round) {
    const size_t at = OneTrailingCredit(line);
    if (at == kNpos) break;
    start = at;
    if (at == 0) break;
    line = line.substr(0, at);
  }
  return start;
}

LeadingLabel FindLeadingLabel(std::string_view line) {
  LeadingLabel label;
  auto skip_separators = [&](size_t i) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ':' ||
                               line[i] == '-' || line[i] == ',')) {
      ++i;
    }
    return i;
  };
  // "FILE PHOTO: ...", "FILE - In this ... file photo, ...", "File photo: ".
  if (line.starts_with("FILE") || StartsWithIgnoreCase(line, "file photo")) {
    size_t i = StartsWithIgnoreCase(line, "file photo") ? 10 : 4;
    const size_t after = skip_separators(i);
    const bool separated =
        after > i && line.substr(i, after - i).find_first_of(":-") != kNpos;
    if (separated && after < line.size()) {
      label.length = after;
      label.marks_caption = true;
      label.reason = kReasonPhotoLabel;
      return label;
    }
  }
  // BBC style: "Image copyright Reuters Image caption Mr Putin ...".
  for (std::string_view caption_tag :
       {std::string_view("image caption"), std::string_view("media caption")}) {
    if (!StartsWithIgnoreCase(line, "image") &&
        !StartsWithIgnoreCase(line, "media") &&
        !StartsWithIgnoreCase(line, "copyright")) {
      break;
    }
    const size_t at = FindIgnoreCase(line, caption_tag);
    if (at == kNpos) continue;
    const bool at_start = at == 0;
    const bool after_credit = StartsWithIgnoreCase(line, "image copyright") ||
                              StartsWithIgnoreCase(line, "image source") ||
                              StartsWithIgnoreCase(line, "copyright");
    if (!at_start && !(after_credit && Words(line.substr(0, at)).total <= 10)) {
      continue;
    }
    const size_t after = skip_separators(at + caption_tag.size());
    if (after < line.size()) {
      label.length = after;
      label.marks_caption = true;
      label.reason = kReasonPhotoCredit;
      return label;
    }
  }
  // Page furniture in front of a caption: share buttons, video notice,
  // caption toggles. When the rest is only a credit, the whole line is a
  // credit instead (DropReason).
  constexpr std::string_view kCaptionPrefixes[] = {
      "facebook twitter pinterest",
      "media playback is unsupported on your device",
      "enlarge this image toggle caption", "toggle caption", "hide caption"};
  for (std::string_view prefix : kCaptionPrefixes) {
    if (!StartsWithIgnoreCase(line, prefix)) continue;
    const size_t after = skip_separators(prefix.size());
    if (after >= line.size()) break;
    const std::string_view rest = line.substr(after);
    if (StartsWithIgnoreCase(rest, "media caption")) {
      const size_t caption = skip_separators(after + 13);
      if (caption < line.size()) {
        label.length = caption;
        label.marks_caption = true;
        label.reason = kReasonBoilerplate;
      }
      return label;
    }
    const size_t credit = TrailingCreditStart(rest);
    if (credit == 0 || Words(rest).total <= 4) return label;  // a credit
    label.length = after;
    label.marks_caption =
        prefix != "media playback is unsupported on your device";
    label.reason = kReasonBoilerplate;
    return label;
  }
  if (StartsWithIgnoreCase(line, "caption:")) {
    const size_t after = skip_separators(8);
    if (after < line.size()) {
      label.length = after;
      label.marks_caption = true;
      label.reason = kReasonPhotoLabel;
    }
  }
  return label;
}

MarkerSpan FindScraperMarker(std::string_view line) {
  MarkerSpan span;
  // Markers are rare: find() runs on memchr for '['.
  size_t at = line.find("[+");
  if (at == kNpos) return span;
  for (size_t next; (next = line.find("[+", at + 1)) != kNpos;) at = next;
  size_t i = at + 2;
  const size_t digits = i;
  while (i < line.size() && IsDigit(line[i])) ++i;
  if (i == digits) return span;
  if (line.substr(i, 7) != " chars]") return span;
  span.end = i + 7;
  size_t begin = at;
  while (begin > 0 && line[begin - 1] == ' ') --begin;
  if (begin >= 3 && line.substr(begin - 3, 3) == "...") begin -= 3;
  while (begin > 0 && line[begin - 1] == ' ') --begin;
  span.begin = begin;
  return span;
}

bool MayBeCaption(std::string_view line) {
  if (line.size() > kMaxCaptionBytes) return false;
  // Each cue starts with a byte found by memchr; the checks run only there.
  auto has_at = [&](size_t pos, std::string_view what) {
    return line.compare(pos, what.size(), what) == 0;
  };
  // Short parenthesis: "(L)", "(2nd R)", "(top)".
  for (size_t open = line.find('('); open != kNpos;
       open = line.find('(', open + 1)) {
    const size_t close = line.find(')', open);
    if (close == kNpos) break;
    if (close - open <= 16) return true;
  }
  // ", left," and friends.
  for (size_t comma = line.find(','); comma != kNpos;
       comma = line.find(',', comma + 1)) {
    if (has_at(comma, ", left,") || has_at(comma, ", right,") ||
        has_at(comma, ", center,") || has_at(comma, ", centre,")) {
      return true;
    }
  }
  // Photo phrases: "pose for", "posing", "pictured", "photo".
  for (size_t p = line.find('p'); p != kNpos; p = line.find('p', p + 1)) {
    if (has_at(p, "pose") || has_at(p, "posing") || has_at(p, "pictured") ||
        has_at(p, "photo")) {
      return true;
    }
  }
  if (line.find("Photo") != kNpos) return true;
  // Ends with a year: a verb plus a date can score two.
  std::string_view end = line;
  while (!end.empty() && (end.back() == '.' || end.back() == ')')) {
    end.remove_suffix(1);
  }
  return end.size() >= 4 && IsYear(end.substr(end.size() - 4));
}

int CaptionScore(std::string_view line) {
  if (line.size() > kMaxCaptionBytes) return 0;
  const Words words(line);
  if (words.total > words.size) return 0;
  int position = 0;  // 2: "(L)", ", left,"; 1: "(top)", "(R)" alone
  bool photo_phrase = false, verb = false, speech = false;
  auto word = [&](size_t i) -> std::string_view {
    return i < words.size ? StripPunct(words[i]) : std::string_view();
  };
  auto is = [](std::string_view w, std::string_view lower) {
    return EqualsIgnoreCase(w, lower);
  };
  for (size_t i = 0; i < words.size; ++i) {
    const std::string_view raw = words[i];
    if (raw.front() == '(') {
      // Position markers: "(L)", "(2nd R)", "(L-R)", "(top)", "(R)".
      const size_t close = line.find(')', raw.data() - line.data());
      const size_t open = raw.data() - line.data();
      if (close == kNpos || close - open > 16) continue;
      const std::string_view inner = line.substr(open + 1, close - open - 1);
      if (inner == "R") {
        position = std::max(position, 1);
        continue;
      }
      const Words parts(inner);
      bool all_position = parts.size > 0, side = false;
      for (size_t k = 0; k < parts.size && all_position; ++k) {
        const std::string_view p = parts[k];
        if (p == "L" || p == "C" || p == "R" || p == "L-R" || p == "R-L" ||
            p == "left" || p == "right" || p == "center" || p == "centre" ||
            p == "middle") {
          side = true;
        } else if (!EqualsAny(p, std::array<std::string_view, 14>{
                                     "2nd", "3rd", "4th", "5th", "second",
                                     "third", "fourth", "from", "to", "top",
                                     "bottom", "front", "back", "far"})) {
          all_position = false;
        }
      }
      if (all_position) position = std::max(position, side ? 2 : 1);
      continue;
    }
    const std::string_view w = word(i);
    if (w.empty()) continue;
    // Comma-delimited position after a name: "Lavrov, left, and Kerry".
    if (raw.back() == ',' && i > 0 && words[i - 1].back() == ',' &&
        (w == "left" || w == "right" || w == "center" || w == "centre")) {
      const std::string_view prev = words[i - 1];
      if (IsUpper(prev[0]) || IsNonAscii(prev[0]) || prev.ends_with("),") ||
          prev == "second," || prev == "far,") {
        position = 2;
      }
      continue;
    }
    switch (Lower(w[0])) {
      case 'a':
        if (is(w, "attends") || is(w, "attend")) verb = true;
        if ((is(w, "arrives") || is(w, "arrive")) &&
            (is(word(i + 1), "for") || is(word(i + 1), "at"))) {
          verb = true;
        }
        if (is(w, "according") && is(word(i + 1), "to")) speech = true;
        if (is(w, "asked") || is(w, "added")) speech = true;
        break;
      case 'd':
        if (is(w, "delivers")) verb = true;
        break;
      case 'e':
        if (is(w, "embraces") || is(w, "embrace")) verb = true;
        break;
      case 'g':
        if (is(w, "gestures") || is(w, "gesture") || is(w, "greets") ||
            is(w, "greet")) {
          verb = true;
        }
        break;
      case 'h':
        if (is(w, "handout") && is(word(i + 1), "photo")) photo_phrase = true;
        break;
      case 'l':
        if ((is(w, "looks") || is(w, "look")) && is(word(i + 1), "on")) {
          verb = true;
        }
        if (is(w, "listens") || is(w, "listen")) verb = true;
        break;
      case 'p':
        if ((is(w, "pose") || is(w, "poses") || is(w, "posing")) &&
            is(word(i + 1), "for")) {
          photo_phrase = true;
        }
        if (is(w, "pictured") && i > 0 &&
            (is(word(i - 1), "is") || is(word(i - 1), "are") ||
             is(word(i + 1), "in"))) {
          photo_phrase = true;
        }
        if (is(w, "photo") && is(word(i + 1), "taken")) photo_phrase = true;
        break;
      case 'r':
        if (is(w, "reacts")) verb = true;
        break;
      case 's':
        if (is(w, "said") || is(w, "says")) speech = true;
        if ((is(w, "shake") || is(w, "shakes")) && is(word(i + 1), "hands")) {
          verb = true;
        }
        if (is(w, "speaks") &&
            EqualsAny(word(i + 1), std::array<std::string_view, 5>{
                                       "during", "at", "with", "to", "as"})) {
          verb = true;
        }
        if (is(w, "smiles")) verb = true;
        if (is(w, "seen") && i > 0 &&
            (is(word(i - 1), "is") || is(word(i - 1), "are")) &&
            !EqualsAny(word(i + 1),
                       std::array<std::string_view, 3>{"as", "to", "by"})) {
          verb = true;
        }
        break;
      case 't':
        if (is(w, "told")) speech = true;
        if (is(w, "this") &&
            (is(word(i + 1), "photo") || is(word(i + 1), "handout") ||
             (is(word(i + 1), "file") && is(word(i + 2), "photo")))) {
          photo_phrase = true;
        }
        break;
      case 'u':
        if (is(w, "undated") && is(word(i + 1), "photo")) photo_phrase = true;
        break;
      case 'w':
        if (is(w, "waves") || is(w, "walks") || is(w, "walk") ||
            (is(w, "wave") && is(word(i + 1), "to"))) {
          verb = true;
        }
        break;
      default:
        break;
    }
  }
  int score = position;
  if (photo_phrase) score += 2;
  if (verb) score += 1;
  // Ends with a date: "..., Tuesday, Dec. 15, 2015", "... July 9, 2018."
  if (words.size >= 3) {
    const size_t last = words.size - 1;
    if (IsYear(StripPunct(words[last]))) {
      for (size_t k = 1; k <= 3 && k <= last; ++k) {
        std::string_view w = StripPunct(words[last - k]);
        if (IsMonth(w)) {
          score += 1;
          break;
        }
      }
    }
  }
  if (speech) score -= 2;  // reported speech is body text
  return score;
}

bool LacksFinalPunctuation(std::string_view line) {
  while (!line.empty() && (line.back() == '"' || line.back() == '\'' ||
                           line.back() == ')' || line.back() == ']')) {
    line.remove_suffix(1);
  }
  if (line.empty()) return true;
  const char c = line.back();
  return !(c == '.' || c == '!' || c == '?' || c == ':');
}

bool IsTitleCase(std::string_view line) {
  const Words words(line);
  if (words.size < 3) return false;
  size_t capital = 0, counted = 0;
  for (size_t i = 0; i < words.size; ++i) {
    const std::string_view w = StripPunct(words[i]);
    if (w.empty() || !(IsAlpha(w[0]) || IsNonAscii(w[0]))) continue;
    ++counted;
    if (IsUpper(w[0]) || IsNonAscii(w[0])) ++capital;
  }
  return counted >= 3 && capital * 4 >= counted * 3;
}

bool EndsWithEllipsis(std::string_view line) {
  return line.size() >= 3 && line.substr(line.size() - 3) == "...";
}

bool EndsInPlainWord(std::string_view line) {
  if (line.empty()) return false;
  if (line.back() == ',' || line.back() == ';') {
    // ".," is a list artefact after a complete sentence, not a cut.
    const char before = line.size() > 1 ? line[line.size() - 2] : ' ';
    return before != '.' && before != '!' && before != '?' && before != '"';
  }
  size_t start = line.rfind(' ');
  start = start == kNpos ? 0 : start + 1;
  const std::string_view word = line.substr(start);
  bool letter = false;
  for (char c : word) {
    if (IsAlpha(c) || IsNonAscii(c)) {
      letter = true;
    } else if (c != '\'' && c != '-') {
      return false;
    }
  }
  // Wire copy often drops the final period after the attribution verb
  // ("..., the Air Force said"): that sentence is complete.
  constexpr std::string_view kAttributionVerbs[] = {
      "said",  "says", "added",     "reported", "announced", "stated",
      "noted", "told", "explained", "wrote",    "reports"};
  return letter && !EqualsAny(word, kAttributionVerbs);
}

bool EndsMidSentence(std::string_view line) {
  if (line.empty()) return false;
  const char c = line.back();
  return IsLowerAscii(c) || c == ',';
}

}  // namespace dyad::internal
