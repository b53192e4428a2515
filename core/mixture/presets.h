#pragma once
// The 2D targets the diffusion and GAN labs offer, each built as a Gaussian
// mixture so that its noised density and score stay exact.
#include <string>
#include <string_view>
#include <vector>

#include "core/mixture/gaussian_mixture.h"
#include "core/util/result.h"

namespace kx::core::mixture {

struct Preset {
  std::string id;           // stable, used in sessions and --set
  std::string title;        // short name for a menu
  std::string description;  // what the preset teaches, for a tooltip
};

/// Every preset, in menu order; ring8 first (the default).
const std::vector<Preset>& presets();
/// Their ids and their titles, in the same order (a parameter's choices and their names).
std::vector<std::string> presetIds();
std::vector<std::string> presetTitles();

/// The mixture of a preset, or a message naming the unknown id.
Result<GaussianMixture> makePreset(std::string_view id);

/// The benchmarks' target (docs/benchmarks.md W3, W4): 8 equal Gaussians of
/// stddev 0.1 at 2 (cos 2 pi k / 8, sin 2 pi k / 8).
GaussianMixture ring8();

}  // namespace kx::core::mixture
