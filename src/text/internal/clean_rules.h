// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Line rules of the cleaner: which normalised lines are boilerplate, where a
// photo credit or scraper marker sits inside a kept line, and the cues for
// captions, headlines and truncation. All functions take one normalised line
// (ASCII quotes and dashes, single spaces, trimmed) and are pure.
#ifndef DYAD_TEXT_INTERNAL_CLEAN_RULES_H_
#define DYAD_TEXT_INTERNAL_CLEAN_RULES_H_

#include <cstddef>
#include <string_view>

namespace dyad::internal {

// DroppedSpan::reason values.
inline constexpr std::string_view kReasonBoilerplate = "boilerplate";
inline constexpr std::string_view kReasonSubscribe = "subscribe";
inline constexpr std::string_view kReasonCookie = "cookie-notice";
inline constexpr std::string_view kReasonSocial = "social";
inline constexpr std::string_view kReasonCopyright = "copyright";
inline constexpr std::string_view kReasonByline = "byline";
inline constexpr std::string_view kReasonPhotoCredit = "photo-credit";
inline constexpr std::string_view kReasonPhotoLabel = "photo-label";
inline constexpr std::string_view kReasonTimestamp = "timestamp";
inline constexpr std::string_view kReasonSeparator = "separator";
inline constexpr std::string_view kReasonScraperMarker = "scraper-marker";
inline constexpr std::string_view kReasonPhotoGallery = "photo-gallery";

// Lines longer than this are never dropped whole: boilerplate is short.
inline constexpr size_t kMaxDropWords = 60;

// Number of space-separated words.
size_t CountWords(std::string_view line);

// Why the whole line is boilerplate, or empty to keep it. Covers share and
// ad prompts, "Read more"/"Related" links, subscribe, cookie and social
// prompts, copyright notices, bylines and credits lines, photo credits,
// lone timestamps and lines with no letter or digit.
std::string_view DropReason(std::string_view line);

// Start of a photo credit at the end of the line ("... Moscow. (Photo:
// Pool/AP)", "... 2015. REUTERS/Maxim Shemetov", "... | Jim Lo/AP Photo"),
// including the spaces before it; std::string_view::npos when there is none.
// 0 means the whole line is a credit.
size_t TrailingCreditStart(std::string_view line);

// A label at the start of a line that is removed from the clean text.
struct LeadingLabel {
  size_t length = 0;  // bytes to remove (0: none), trailing space included
  bool marks_caption = false;
  std::string_view reason;  // DroppedSpan::reason for the removed bytes
};
// "FILE PHOTO: ", "FILE - ", "Image copyright Reuters Image caption ",
// "Media caption ", "Caption: ".
LeadingLabel FindLeadingLabel(std::string_view line);

// A scraper's truncation marker such as "[+2345 chars]", with the "..."
// before it; begin == npos when absent.
struct MarkerSpan {
  size_t begin = std::string_view::npos;
  size_t end = 0;
};
MarkerSpan FindScraperMarker(std::string_view line);

// Caption evidence, see docs/cleaning.md: 2 or more means caption.
int CaptionScore(std::string_view line);
// Cheap pre-test: false when CaptionScore(line) cannot reach
// kCaptionThreshold (no position marker, photo phrase or final date).
bool MayBeCaption(std::string_view line);
inline constexpr int kCaptionThreshold = 2;

// True when the line does not end in '.', '!' or '?' (closing quotes and
// brackets after them allowed). ':' also counts as an ending.
bool LacksFinalPunctuation(std::string_view line);

// True when at least three words and three quarters of the words start
// with a capital letter ("Putin Meets Erdogan In Sochi?").
bool IsTitleCase(std::string_view line);

// True when the line ends in "..." (a scraper's cut).
bool EndsWithEllipsis(std::string_view line);

// True when the last word is lower case or ends in ',': the line stops in
// the middle of a sentence.
bool EndsMidSentence(std::string_view line);

// True when the last word is made of letters (apostrophes and hyphens
// allowed) or the line ends in ',' or ';': not an e-mail address, link,
// handle or number.
bool EndsInPlainWord(std::string_view line);

// Case-insensitive ASCII equality.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace dyad::internal

#endif  // DYAD_TEXT_INTERNAL_CLEAN_RULES_H_
