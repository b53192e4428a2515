// Model weight files (sessions of the GAN and VAE labs carry them): any bytes
// are loaded whole or refused with a message, and a refused file leaves the
// model untouched.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/nn/parameter.h"
#include "core/nn/weights_file.h"

namespace {

template <typename T>
void loadInto(const std::vector<char>& bytes) {
  using kx::core::nn::Parameter;
  Parameter<T> weight("layer.weight", kx::core::nn::Mat<T>::Constant(3, 2, T(0.5)));
  Parameter<T> bias("layer.bias", kx::core::nn::Mat<T>::Constant(1, 2, T(-1)));
  const kx::core::nn::ParameterGroup<T> group{&weight, &bias};
  const auto weightBefore = weight.value, biasBefore = bias.value;
  if (!kx::core::nn::readWeights(bytes, "fuzz", group) &&
      (weight.value != weightBefore || bias.value != biasBefore))
    __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<char> bytes(reinterpret_cast<const char*>(data), reinterpret_cast<const char*>(data) + size);
  loadInto<float>(bytes);
  loadInto<double>(bytes);
  return 0;
}
