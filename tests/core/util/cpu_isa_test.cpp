// The run-time choice of instruction-set path (core/util/cpu_isa.h, issue 23).
#include "core/util/cpu_isa.h"

#include <gtest/gtest.h>

namespace kx::core {
namespace {

TEST(CpuIsa, NamesRoundTrip) {
  for (Isa isa : {Isa::Portable, Isa::Avx2, Isa::Avx512}) EXPECT_EQ(parseIsa(isaName(isa)), isa);
  EXPECT_FALSE(parseIsa("sse9"));
  EXPECT_FALSE(parseIsa(""));
}

TEST(CpuIsa, SupportedPathsRunFromPortableToTheDetectedOne) {
  const auto paths = supportedIsas();
  ASSERT_FALSE(paths.empty());
  EXPECT_EQ(paths.front(), Isa::Portable);
  EXPECT_EQ(paths.back(), detectedIsa());
  EXPECT_LE(activeIsa(), detectedIsa());
}

TEST(CpuIsa, NarrowingIsScopedAndWideningBeyondTheCpuIsRefused) {
  const Isa before = activeIsa();
  {
    const ScopedIsa portable(Isa::Portable);
    EXPECT_EQ(activeIsa(), Isa::Portable);
  }
  EXPECT_EQ(activeIsa(), before);
  if (detectedIsa() < Isa::Avx512) {
    EXPECT_TRUE(setActiveIsa(Isa::Avx512).has_value());
    EXPECT_EQ(activeIsa(), before);
    EXPECT_THROW(ScopedIsa(Isa::Avx512), std::invalid_argument);
  } else {
    EXPECT_FALSE(setActiveIsa(Isa::Avx512).has_value());
  }
}

}  // namespace
}  // namespace kx::core
