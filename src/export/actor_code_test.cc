// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "export/actor_code.h"

#include <gtest/gtest.h>

namespace dyad::internal {
namespace {

struct GdeltCase {
  const char* code;
  GdeltActorParts want;
};

TEST(ActorCodeTest, SplitsForGdelt) {
  const GdeltCase cases[] = {
      {"USA", {"USA", "", "", "", "", "", "", ""}},
      {"USAGOV", {"USA", "", "", "", "", "GOV", "", ""}},
      {"USAGOVMIL", {"USA", "", "", "", "", "GOV", "MIL", ""}},
      {"RUSMIL", {"RUS", "", "", "", "", "MIL", "", ""}},
      {"ISRGOVPTYLKD", {"ISR", "LKD", "", "", "", "GOV", "PTY", ""}},
      {"IGOUNO", {"", "UNO", "", "", "", "IGO", "", ""}},
      {"IGOUNOHCR", {"", "HCR", "", "", "", "IGO", "", ""}},
      {"IGOWSTNAT", {"", "NAT", "", "", "", "IGO", "", ""}},
      {"IMGMOSALQ", {"", "ALQ", "", "MOS", "", "IMG", "", ""}},
      {"NGOHRIAMN", {"", "AMN", "", "", "", "NGO", "HRI", ""}},
      {"IRQCHRCTH", {"IRQ", "", "", "CHR", "CTH", "", "", ""}},
      {"IRQkurREB", {"IRQ", "", "kur", "", "", "REB", "", ""}},
      {"", {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    GdeltActorParts got = SplitForGdelt(c.code);
    EXPECT_EQ(got.country, c.want.country);
    EXPECT_EQ(got.known_group, c.want.known_group);
    EXPECT_EQ(got.ethnic, c.want.ethnic);
    EXPECT_EQ(got.religion1, c.want.religion1);
    EXPECT_EQ(got.religion2, c.want.religion2);
    EXPECT_EQ(got.type1, c.want.type1);
    EXPECT_EQ(got.type2, c.want.type2);
    EXPECT_EQ(got.type3, c.want.type3);
  }
}

TEST(ActorCodeTest, SplitsForPhoenix) {
  struct Case {
    const char* code;
    const char* entity;
    const char* role;
    const char* attribute;
  };
  // IMGMUSISI is the example of formats.md: IMG, no role, MUS;ISI.
  const Case cases[] = {
      {"IMGMUSISI", "IMG", "", "MUS;ISI"},
      {"USAGOV", "USA", "GOV", ""},
      {"USAGOVMIL", "USA", "GOV", "MIL"},
      {"SYRREB", "SYR", "REB", ""},
      {"IGOUNO", "IGO", "", "UNO"},
      {"RUS", "RUS", "", ""},
      {"", "", "", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    PhoenixActorParts got = SplitForPhoenix(c.code);
    EXPECT_EQ(got.entity, c.entity);
    EXPECT_EQ(got.role, c.role);
    EXPECT_EQ(got.attribute, c.attribute);
  }
}

TEST(ActorCodeTest, GroupsKeepAShortTail) {
  auto groups = ActorCodeGroups("USAGO");
  ASSERT_EQ(groups.size(), 2u);
  EXPECT_EQ(groups[0], "USA");
  EXPECT_EQ(groups[1], "GO");
}

}  // namespace
}  // namespace dyad::internal
