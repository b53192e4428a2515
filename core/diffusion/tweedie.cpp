#include "core/diffusion/tweedie.h"

namespace kx::core::diffusion {

Eigen::Vector2f tweedieMean(const ScoreSource& source, const NoiseLevel& level, const Eigen::Vector2f& x) {
  if (!(level.betaBar > 0)) return x;
  const float px = x.x(), py = x.y();
  float sx, sy;
  source.evaluate(&px, &py, 1, level, ScoreOutput::Score, &sx, &sy);
  const float b2 = float(level.betaBar * level.betaBar), a = float(level.alphaBar);
  return {(px + b2 * sx) / a, (py + b2 * sy) / a};
}

}  // namespace kx::core::diffusion
