// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/status.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

StatusOr<int> ParsePositive(int v) {
  if (v <= 0) return InvalidArgumentError("not positive: " + std::to_string(v));
  return v;
}

Status Twice(int v, int& out) {
  DYAD_ASSIGN_OR_RETURN(int x, ParsePositive(v));
  out = 2 * x;
  return Status::Ok();
}

TEST(StatusTest, OkAndErrorsCarryCodeAndMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  Status s = NotFoundError("data/models/tagger.bin: no such file");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.ToString(), "NOT_FOUND: data/models/tagger.bin: no such file");
}

TEST(StatusTest, AssignOrReturnPropagates) {
  int out = 0;
  EXPECT_TRUE(Twice(21, out).ok());
  EXPECT_EQ(out, 42);
  Status s = Twice(-1, out);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "not positive: -1");
}

}  // namespace
}  // namespace dyad
