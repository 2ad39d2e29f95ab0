// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "tag/model_file.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::internal {
namespace {

std::string SampleFile(uint32_t version = 3) {
  ModelFileWriter writer;
  writer.AddSection("ALPHA", "first section bytes");
  writer.AddSection("BETA", std::string(1000, 'b'));
  return writer.Serialize(version, "test-data-1");
}

TEST(ModelFileTest, RoundTripsSectionsAndVersions) {
  StatusOr<ModelFile> file = ModelFile::Parse(SampleFile(), 3, "sample");
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ(file->format_version(), 3u);
  EXPECT_EQ(file->data_version(), "test-data-1");
  StatusOr<std::string_view> alpha = file->Section("ALPHA");
  ASSERT_TRUE(alpha.ok());
  EXPECT_EQ(*alpha, "first section bytes");
  StatusOr<std::string_view> beta = file->Section("BETA");
  ASSERT_TRUE(beta.ok());
  EXPECT_EQ(beta->size(), 1000u);
}

TEST(ModelFileTest, MissingSectionIsDataLoss) {
  StatusOr<ModelFile> file = ModelFile::Parse(SampleFile(), 3, "sample");
  ASSERT_TRUE(file.ok());
  StatusOr<std::string_view> gamma = file->Section("GAMMA");
  ASSERT_FALSE(gamma.ok());
  EXPECT_EQ(gamma.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(gamma.status().message().find("GAMMA"), std::string::npos);
}

TEST(ModelFileTest, WrongMagicIsRefused) {
  std::string bytes = SampleFile();
  bytes[1] = 'X';
  StatusOr<ModelFile> file = ModelFile::Parse(bytes, 3, "sample");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(file.status().message().find("bad magic"), std::string::npos);
}

TEST(ModelFileTest, TextFileIsRefused) {
  StatusOr<ModelFile> file =
      ModelFile::Parse("Sergei Lavrov met John Kerry.\n", 3, "notes.txt");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kFailedPrecondition);
}

TEST(ModelFileTest, OtherFormatVersionIsFailedPrecondition) {
  StatusOr<ModelFile> file = ModelFile::Parse(SampleFile(4), 3, "sample");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(file.status().message().find("version 4"), std::string::npos);
}

TEST(ModelFileTest, TruncatedFileIsDataLoss) {
  const std::string bytes = SampleFile();
  for (size_t keep :
       {size_t{20}, size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
    StatusOr<ModelFile> file = ModelFile::Parse(bytes.substr(0, keep), 3, "s");
    ASSERT_FALSE(file.ok()) << keep;
    EXPECT_EQ(file.status().code(), StatusCode::kDataLoss) << keep;
  }
}

TEST(ModelFileTest, FlippedByteIsChecksumMismatch) {
  std::string bytes = SampleFile();
  bytes[bytes.size() / 2] ^= 0x20;
  StatusOr<ModelFile> file = ModelFile::Parse(bytes, 3, "sample");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(file.status().message().find("checksum"), std::string::npos);
}

TEST(ModelFileTest, MissingFileIsNotFound) {
  StatusOr<ModelFile> file = ModelFile::Load("/nonexistent/model.dmdl", 3);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad::internal
