// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Status and StatusOr<T>: dyad's one error-handling convention.
//
// Library code never throws on bad input; it returns a Status carrying a
// canonical code and a message that says where ("data/actors/x.txt:12: ...").
// The CLI maps codes to exit codes, the Python module to exception types.
//
//   dyad::StatusOr<Model> m = Model::Load(path);
//   if (!m.ok()) return m.status();
//   DYAD_ASSIGN_OR_RETURN(auto model, Model::Load(path));
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "dyad/export.h"

namespace dyad {

enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument,     // bad input text or options, a bad dictionary entry
  kNotFound,            // a file, model or dictionary cannot be found
  kDataLoss,            // a data file is corrupt or cut short
  kFailedPrecondition,  // unsupported (newer or older) data format, or a
                        // stage that was not loaded
  kInternal,            // a bug: some invariant was broken
};

// Returns "INVALID_ARGUMENT" etc.
DYAD_API std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] DYAD_API Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "NOT_FOUND: data/models/tagger.bin: no such file".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string m) {
  return {StatusCode::kInvalidArgument, std::move(m)};
}
inline Status NotFoundError(std::string m) {
  return {StatusCode::kNotFound, std::move(m)};
}
inline Status DataLossError(std::string m) {
  return {StatusCode::kDataLoss, std::move(m)};
}
inline Status FailedPreconditionError(std::string m) {
  return {StatusCode::kFailedPrecondition, std::move(m)};
}
inline Status InternalError(std::string m) {
  return {StatusCode::kInternal, std::move(m)};
}

// Holds either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(Status status) : data_(std::move(status)) {}  // NOLINT: implicit
  StatusOr(T value) : data_(std::move(value)) {}         // NOLINT: implicit

  bool ok() const { return std::holds_alternative<T>(data_); }
  Status status() const {
    return ok() ? Status::Ok() : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<Status, T> data_;
};

}  // namespace dyad

#define DYAD_STATUS_CONCAT_INNER_(a, b) a##b
#define DYAD_STATUS_CONCAT_(a, b) DYAD_STATUS_CONCAT_INNER_(a, b)

#define DYAD_RETURN_IF_ERROR(expr)               \
  do {                                           \
    ::dyad::Status dyad_status_ = (expr);        \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

#define DYAD_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) return tmp.status();               \
  lhs = std::move(tmp).value()

#define DYAD_ASSIGN_OR_RETURN(lhs, expr) \
  DYAD_ASSIGN_OR_RETURN_IMPL_(           \
      DYAD_STATUS_CONCAT_(dyad_statusor_, __LINE__), lhs, expr)

#endif  // DYAD_STATUS_H_
