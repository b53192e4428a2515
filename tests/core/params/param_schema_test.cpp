#include "core/params/param_schema.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/params/param_reader.h"

namespace kx::core {
namespace {

ParamSchema sampleSchema() {
  return ParamSchema({
      {.key = "r", .label = "rate", .kind = ParamKind::Real, .min = 0.0, .max = 2.0, .defaultValue = 0.5},
      {.key = "n", .label = "count", .kind = ParamKind::Integer, .min = 1, .max = 10, .defaultValue = 3},
      {.key = "method", .label = "method", .kind = ParamKind::Choice, .defaultValue = 1, .choices = {"euler", "rk4", "dopri"}},
      {.key = "grid", .label = "grid", .kind = ParamKind::Toggle, .defaultValue = 1},
  });
}

TEST(ParamSchema, DefaultsCoverEveryKey) {
  const auto values = sampleSchema().defaults();
  ASSERT_EQ(values.size(), 4u);
  EXPECT_DOUBLE_EQ(values.at("r"), 0.5);
  EXPECT_DOUBLE_EQ(values.at("method"), 1);
}

TEST(ParamSchema, ChoiceAndToggleRangesComeFromTheirNames) {
  const auto schema = sampleSchema();
  EXPECT_DOUBLE_EQ(schema.find("method")->max, 2);
  EXPECT_DOUBLE_EQ(schema.find("grid")->max, 1);
}

TEST(ParamSchema, ParsesNumbersNamesAndToggles) {
  const auto schema = sampleSchema();
  EXPECT_DOUBLE_EQ(*schema.parse("r", "1.25"), 1.25);
  EXPECT_DOUBLE_EQ(*schema.parse("method", "dopri"), 2);
  EXPECT_DOUBLE_EQ(*schema.parse("method", "0"), 0);
  EXPECT_DOUBLE_EQ(*schema.parse("grid", "off"), 0);
  EXPECT_EQ(schema.format("method", 2), "dopri");
  EXPECT_EQ(schema.format("grid", 1), "on");
}

TEST(ParamSchema, RejectsBadInputWithAMessageNamingTheKey) {
  const auto schema = sampleSchema();
  auto outOfRange = schema.parse("r", "3");
  ASSERT_FALSE(outOfRange);
  EXPECT_NE(outOfRange.error().find("'r'"), std::string::npos);
  EXPECT_NE(outOfRange.error().find("between 0 and 2"), std::string::npos);
  EXPECT_FALSE(schema.parse("r", "abc"));
  EXPECT_FALSE(schema.parse("r", "1.0x"));
  EXPECT_FALSE(schema.parse("r", ""));
  EXPECT_FALSE(schema.parse("n", "2.5"));
  EXPECT_FALSE(schema.parse("method", "midpoint"));
  EXPECT_FALSE(schema.validate("r", std::numeric_limits<double>::quiet_NaN()));
  EXPECT_FALSE(schema.validate("r", std::numeric_limits<double>::infinity()));
  auto unknown = schema.parse("zz", "1");
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().find("unknown parameter 'zz'"), std::string::npos);
}

TEST(ParamSchema, AssignmentsUpdateOnlyOnSuccess) {
  const auto schema = sampleSchema();
  auto values = schema.defaults();
  EXPECT_TRUE(schema.applyAssignment("r=1.5", values));
  EXPECT_DOUBLE_EQ(values.at("r"), 1.5);
  EXPECT_FALSE(schema.applyAssignment("r=9", values));
  EXPECT_FALSE(schema.applyAssignment("r", values));
  EXPECT_FALSE(schema.applyAssignment("=1", values));
  EXPECT_DOUBLE_EQ(values.at("r"), 1.5);
}

// Found by fuzz_assignment (UBSan): a choice value outside the index range,
// e.g. from a hand-edited session, was converted to an integer before the
// range check. Now it is written as the number it is.
TEST(ParamSchema, FormatsChoiceValuesOutsideTheIndexRangeAsNumbers) {
  const auto schema = sampleSchema();
  EXPECT_EQ(schema.format("method", 2), "dopri");
  EXPECT_EQ(schema.format("method", -1e300), "-1e+300");
  EXPECT_EQ(schema.format("method", 3), "3");
  EXPECT_EQ(schema.format("method", 1.5), "1.5");
  EXPECT_EQ(schema.format("method", std::nan("")), "nan");
}

enum class Method { Euler, Rk4, Dopri };

TEST(ParamReader, FillsDefaultsAndReadsTyped) {
  auto in = ParamReader::read(sampleSchema(), {{"n", 7}, {"method", 2}, {"grid", 0}}, "the sample lab");
  ASSERT_TRUE(in) << in.error();
  EXPECT_DOUBLE_EQ(in->real("r"), 0.5);  // not given: the default
  EXPECT_EQ(in->integer("n"), 7);
  EXPECT_EQ(in->choice<Method>("method"), Method::Dopri);
  EXPECT_FALSE(in->flag("grid"));
}

TEST(ParamReader, NamesAnUnknownKeyOrABadValueAndTheLab) {
  auto unknown = ParamReader::read(sampleSchema(), {{"rr", 1}}, "the sample lab");
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().find("unknown parameter 'rr' for the sample lab"), std::string::npos) << unknown.error();
  for (double bad : {-1.0, 3.0, std::numeric_limits<double>::quiet_NaN()}) {
    auto out = ParamReader::read(sampleSchema(), {{"r", bad}}, "the sample lab");
    ASSERT_FALSE(out) << bad;
    EXPECT_NE(out.error().find("parameter 'r'"), std::string::npos) << out.error();
  }
}

}  // namespace
}  // namespace kx::core
