#include "core/walk/walk_csv.h"

#include <sstream>

namespace kx::core::walk {
namespace {

std::ostringstream csvStream() {
  std::ostringstream out;
  out.precision(10);
  return out;
}

}  // namespace

std::string histogramCsv(const WalkFrame& frame) {
  auto out = csvStream();
  const double walkers = frame.params.walkers;
  if (frame.params.is2D()) {
    const Summary2D& s = frame.summary2D;
    out << "x,y,count,heat_kernel\n";
    for (Eigen::Index i = 0; i < s.density.rows(); ++i)
      for (Eigen::Index j = 0; j < s.density.cols(); ++j)
        out << s.x0 + (double(i) + 0.5) * s.cell << ',' << s.y0 + (double(j) + 0.5) * s.cell << ',' << s.density(i, j)
            << ',' << s.heatKernel(i, j) << '\n';
    return out.str();
  }
  const Summary1D& s = frame.summary1D;
  out << "centre,count,exact_" << (s.exactLaw.empty() ? "none" : s.exactLaw) << ",normal\n";
  for (std::size_t i = 0; i < s.histogram.counts.size(); ++i) {
    out << s.histogram.centre(i) << ',' << s.histogram.counts[i] << ',';
    if (i < s.exactProbabilities.size()) out << walkers * s.exactProbabilities[i];
    out << ',';
    if (i < s.normalProbabilities.size()) out << walkers * s.normalProbabilities[i];
    out << '\n';
  }
  return out.str();
}

std::string seriesCsv(const WalkFrame& frame) {
  auto out = csvStream();
  const WalkSeries& s = *frame.series;
  out << "step,msd,variance,ks_bin_edges,tv,ks_true,ks_law\n";
  auto cell = [&](const std::vector<double>& v, std::size_t i) {
    out << ',';
    if (i < v.size()) out << v[i];
  };
  for (std::size_t i = 0; i < s.steps.size(); ++i) {
    out << s.steps[i] << ',' << s.msd[i] << ',' << s.variance[i];
    for (const auto* column : {&s.ks, &s.tv, &s.ksTrue, &s.ksLaw}) cell(*column, i);
    out << '\n';
  }
  return out.str();
}

std::string characteristicCsv(const WalkFrame& frame) {
  auto out = csvStream();
  const CharacteristicPanel& c = frame.characteristic;
  out << "omega,exact,gaussian_limit,walkers\n";
  for (std::size_t i = 0; i < c.omega.size(); ++i) {
    out << c.omega[i] << ',';
    if (i < c.exact.size()) out << c.exact[i];
    out << ',';
    if (i < c.gaussian.size()) out << c.gaussian[i];
    out << ',' << c.empirical[i] << '\n';
  }
  out << "\nk,coefficient_integral,binomial\n";
  for (std::size_t i = 0; i < c.sites.size(); ++i) out << c.sites[i] << ',' << c.integral[i] << ',' << c.binomial[i] << '\n';
  return out.str();
}

std::string propagatorCsv(const WalkFrame& frame) {
  auto out = csvStream();
  const PropagatorPanel& p = frame.propagator;
  out << "x,closed_form";
  for (std::size_t k = 0; k < p.composedBySlices.size(); ++k) out << ",kernels_" << (1 << k);
  out << '\n';
  for (std::size_t i = 0; i < p.x.size(); ++i) {
    out << p.x[i] << ',';
    if (i < p.closedForm.size()) out << p.closedForm[i];
    for (const auto& composed : p.composedBySlices) out << ',' << composed[i];
    out << '\n';
  }
  out << "\nkernels,relative_error\n";
  for (std::size_t k = 0; k < p.convergenceSlices.size(); ++k)
    out << p.convergenceSlices[k] << ',' << p.convergenceError[k] << '\n';
  return out.str();
}

}  // namespace kx::core::walk
