// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// The CAMEO code table: for each CAMEO event code (2-digit roots, 3- and
// 4-digit codes) its name, root, QuadClass, Goldstein value and PLOVER
// type/mode/context. Loaded from data/cameo/cameo_codes.tsv, which
// tools/cameo/make_code_table.py generates from the reference facts.
//
//   DYAD_ASSIGN_OR_RETURN(CodeTable table,
//                         CodeTable::LoadFile("data/cameo/cameo_codes.tsv"));
//   const CameoCode* c = table.Find("043");   // root "04", quad 1, 2.8,
//   CONSULT
//
// Immutable after loading; lookups are thread-safe and O(1) (a code is
// turned into a dense array index, no hashing or string compares).
#ifndef DYAD_CODER_CODE_TABLE_H_
#define DYAD_CODER_CODE_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::internal {

struct CameoCode {
  std::string code;            // "043"; strings keep the leading zero
  std::string name;            // "Host a visit"
  std::string root;            // "04"
  int quad_class = 0;          // 1 verbal coop .. 4 material conflict (GDELT)
  double goldstein = 0.0;      // -10 .. +10
  std::string plover_type;     // "CONSULT"; empty where PLOVER has none (01x)
  std::string plover_mode;     // "visit"; often empty
  std::string plover_context;  // "diplomatic"; may list several with ';'
};

class CodeTable {
 public:
  // Reads the TSV file. Returns kNotFound if it cannot be opened and
  // kInvalidArgument ("path:line: message") for the first malformed row.
  static StatusOr<CodeTable> LoadFile(const std::string& path);
  // Parses TSV text; `origin` names it in error messages.
  static StatusOr<CodeTable> Parse(std::string_view text,
                                   std::string_view origin);

  // The entry for `code` ("04", "043", "0431"), or nullptr if unknown.
  const CameoCode* Find(std::string_view code) const;
  bool Contains(std::string_view code) const { return Find(code) != nullptr; }

  size_t size() const { return codes_.size(); }
  const std::vector<CameoCode>& codes() const { return codes_; }

  // True if `code` has the shape of a CAMEO code: 2-4 ASCII digits.
  static bool IsWellFormed(std::string_view code);

 private:
  // Dense index of a well-formed code: 2-digit codes map to 0..99, 3-digit
  // to 100..1099, 4-digit to 1100..11099; -1 if not well formed.
  static int DenseIndex(std::string_view code);
  static constexpr int kDenseSize = 11100;

  std::vector<CameoCode> codes_;
  std::vector<int16_t> index_;  // dense index -> position in codes_, or -1
};

// Path of the bundled table: <dir>/cameo/cameo_codes.tsv, where dir is
// `data_dir` if not empty, else $DYAD_DATA if set, else the data/ directory
// of the source tree the library was built from.
std::string CodeTablePath(const std::string& data_dir);

}  // namespace dyad::internal

#endif  // DYAD_CODER_CODE_TABLE_H_
