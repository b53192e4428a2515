#include "core/diffusion/score_source.h"

namespace kx::core::diffusion {

double ScoreSource::scoreDivergence(double x, double y, const NoiseLevel& level) const {
  // Central differences with a step ~ cbrt(float eps) times the noise scale:
  // truncation and rounding errors both ~ 1e-5 relative.
  const double h = 5e-3 * (level.betaBar > 0.05 ? level.betaBar : 0.05);
  const float px[4] = {float(x + h), float(x - h), float(x), float(x)};
  const float py[4] = {float(y), float(y), float(y + h), float(y - h)};
  float sx[4], sy[4];
  evaluate(px, py, 4, level, ScoreOutput::Score, sx, sy);
  return (double(sx[0]) - sx[1]) / (2 * h) + (double(sy[2]) - sy[3]) / (2 * h);
}

}  // namespace kx::core::diffusion
