#include "core/walk/bernoulli_panel.h"

#include <cmath>
#include <numbers>
#include <sstream>

#include "core/walk/bernoulli_products.h"

namespace kx::core::walk {

BernoulliPanel bernoulliPanel(double omega, int modes) {
  BernoulliPanel panel;
  panel.omega = omega;
  panel.modes = modes;
  const double x = std::numbers::pi * omega;
  for (int n = 1; n <= modes; ++n) {
    panel.terms.push_back(n);
    panel.sinhPartial.push_back(sinhPartialProduct(x, n));
    panel.sinPartial.push_back(sinPartialProduct(x, n));
  }
  panel.sinhLimit = sinhc(x);
  panel.sinLimit = sinc(x);
  // 400 points per unit of ω, none on a pole (offset by half a point).
  const int points = static_cast<int>(400 * kBernoulliOmegaMax);
  for (int i = 0; i < points; ++i) {
    const double w = (i + 0.5) * kBernoulliOmegaMax / points;
    panel.omegas.push_back(w);
    panel.plusPartial.push_back(plusPartialSum(w, modes));
    panel.plusClosed.push_back(plusSum(w));
    panel.minusPartial.push_back(minusPartialSum(w, modes));
    panel.minusClosed.push_back(minusSum(w));
  }
  for (int m = 1; m <= kBernoulliOmegaMax; ++m) panel.poles.push_back(m);
  return panel;
}

std::string bernoulliCsv(const BernoulliPanel& p) {
  std::ostringstream out;
  out.precision(12);
  out << "modes,sinh_partial_product,sinh_limit,sin_partial_product,sin_limit\n";
  for (std::size_t i = 0; i < p.terms.size(); ++i)
    out << p.terms[i] << ',' << p.sinhPartial[i] << ',' << p.sinhLimit << ',' << p.sinPartial[i] << ',' << p.sinLimit
        << '\n';
  out << "\nomega,plus_partial_sum,plus_closed_form,minus_partial_sum,minus_closed_form\n";
  for (std::size_t i = 0; i < p.omegas.size(); ++i)
    out << p.omegas[i] << ',' << p.plusPartial[i] << ',' << p.plusClosed[i] << ',' << p.minusPartial[i] << ','
        << p.minusClosed[i] << '\n';
  return out.str();
}

}  // namespace kx::core::walk
