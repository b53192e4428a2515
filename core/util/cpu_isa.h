#pragma once
// Which vector instruction set the hot kernels use (issue 23). Release
// binaries target x86-64-v2 so they start on any x86-64 of the last decade;
// each hot kernel is also compiled for x86-64-v3 (AVX2, FMA, BMI2) and
// x86-64-v4 (AVX-512 F/BW/DQ/VL) and picks its path here, at run time.
//
// The active path is the widest the CPU runs, narrowed by the environment
// variable KX_ISA (portable, avx2 or avx512) or by setActiveIsa(): one
// machine can then run, test and measure every narrower path.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kx::core {

enum class Isa { Portable, Avx2, Avx512 };

/// "portable", "avx2" or "avx512" (the names KX_ISA and --isa take).
const char* isaName(Isa isa);
std::optional<Isa> parseIsa(std::string_view name);

/// The widest path this CPU and its operating system support.
Isa detectedIsa();

/// Every path this CPU supports, narrowest first.
std::vector<Isa> supportedIsas();

/// The path kernels take now: detectedIsa(), narrowed by KX_ISA at the first call.
Isa activeIsa();

/// Makes kernels take `isa` from now on. Fails with a message (and changes
/// nothing) when the CPU does not support it.
std::optional<std::string> setActiveIsa(Isa isa);

/// M(isa, arg) for every path, e.g. to declare a kernel's explicit
/// specialisations, each defined in the kernel's object for that path.
#define KX_FOR_EACH_ISA(M, arg) \
  M(::kx::core::Isa::Portable, arg) M(::kx::core::Isa::Avx2, arg) M(::kx::core::Isa::Avx512, arg)

/// f(std::integral_constant<Isa, activeIsa()>{}): calls a kernel's
/// specialisation for the active path, e.g.
/// onActiveIsa([&](auto isa) { return kernelOn<isa()>(args); }).
template <typename F>
decltype(auto) onActiveIsa(F&& f) {
  switch (activeIsa()) {
    case Isa::Avx512:
      return f(std::integral_constant<Isa, Isa::Avx512>{});
    case Isa::Avx2:
      return f(std::integral_constant<Isa, Isa::Avx2>{});
    case Isa::Portable:
      break;
  }
  return f(std::integral_constant<Isa, Isa::Portable>{});
}

/// Sets activeIsa() while alive and restores the previous path after (tests).
class ScopedIsa {
 public:
  explicit ScopedIsa(Isa isa);
  ~ScopedIsa();
  ScopedIsa(const ScopedIsa&) = delete;
  ScopedIsa& operator=(const ScopedIsa&) = delete;

 private:
  Isa m_previous;
};

}  // namespace kx::core
