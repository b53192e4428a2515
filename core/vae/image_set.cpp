#include "core/vae/image_set.h"

namespace kx::core::vae {

nn::Mat<float> imagesAsMatrix(const ImageSet& set, int begin, int n) {
  std::vector<int> indices(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) indices[std::size_t(i)] = begin + i;
  return imagesAsMatrix(set, indices);
}

nn::Mat<float> imagesAsMatrix(const ImageSet& set, const std::vector<int>& indices) {
  const int p = set.pixelsPerImage();
  nn::Mat<float> m(static_cast<Eigen::Index>(indices.size()), p);
  for (std::size_t r = 0; r < indices.size(); ++r) {
    const std::uint8_t* src = set.image(indices[r]);
    for (int k = 0; k < p; ++k) m(Eigen::Index(r), k) = float(src[k]) * (1.0f / 255.0f);
  }
  return m;
}

}  // namespace kx::core::vae
