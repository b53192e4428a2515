// Eigen's exp, log, tanh, logistic and softplus on each instruction-set path
// (core/nn/transcendental_kernel.h) against the standard library in double,
// and the same value for an entry wherever it sits in memory.
#include "core/nn/transcendental_kernel.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace kx::core::nn {
namespace {

double reference(Transcendental f, double x) {
  switch (f) {
    case Transcendental::Tanh:
      return std::tanh(x);
    case Transcendental::Logistic:
      return 1 / (1 + std::exp(-x));
    case Transcendental::Softplus:
      return std::log1p(std::exp(x));
    case Transcendental::Exp:
      return std::exp(x);
    case Transcendental::Log:
      return std::log(x);
  }
  return 0;
}

TEST(TranscendentalKernel, EveryIsaPathMatchesTheStandardLibraryAndIgnoresAlignment) {
  // 2500 entries in (0.01, 10] (log) or [-10, 10): more than two of the
  // kernel's 1024-entry chunks. Eigen's float functions are accurate to a few
  // ulp: 1e-6 relative (float) and 1e-14 (double) with an absolute floor.
  const int n = 2500;
  for (Transcendental f : {Transcendental::Tanh, Transcendental::Logistic, Transcendental::Softplus,
                           Transcendental::Exp, Transcendental::Log}) {
    std::vector<float> x(n + 1);
    for (int i = 0; i <= n; ++i)
      x[std::size_t(i)] = f == Transcendental::Log ? 0.01f + 10.0f * float(i) / n : -10.0f + 20.0f * float(i) / n;
    for (Isa isa : supportedIsas()) {
      const ScopedIsa path(isa);
      std::vector<float> out(n), shifted(n + 1);
      onActiveIsa([&](auto p) {
        transcendentalOn<p(), float>(f, x.data(), out.data(), n);
        // The same entries one float further on in memory.
        transcendentalOn<p(), float>(f, x.data() + 1, shifted.data() + 1, n);
      });
      for (int i = 0; i < n; ++i) {
        const double exact = reference(f, x[std::size_t(i)]);
        ASSERT_NEAR(out[std::size_t(i)], exact, 1e-6 * std::max(1.0, std::abs(exact))) << isaName(isa) << ' ' << i;
        if (i > 0) {
          ASSERT_EQ(shifted[std::size_t(i)], out[std::size_t(i)]) << isaName(isa) << " moved entry " << i;
        }
      }
      std::vector<double> xd(x.begin(), x.end()), outd(n);
      onActiveIsa([&](auto p) { transcendentalOn<p(), double>(f, xd.data(), outd.data(), n); });
      for (int i = 0; i < n; ++i) {
        const double exact = reference(f, xd[std::size_t(i)]);
        ASSERT_NEAR(outd[std::size_t(i)], exact, 1e-14 * std::max(1.0, std::abs(exact))) << isaName(isa) << ' ' << i;
      }
    }
  }
}

}  // namespace
}  // namespace kx::core::nn
