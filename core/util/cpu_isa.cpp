#include "core/util/cpu_isa.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace kx::core {
namespace {

// -1 until the first activeIsa() reads KX_ISA.
std::atomic<int> g_active{-1};

Isa isaFromEnvironment() {
  const Isa widest = detectedIsa();
  const char* name = std::getenv("KX_ISA");
  if (!name || !*name) return widest;
  const auto wanted = parseIsa(name);
  if (!wanted || *wanted > widest) {
    std::fprintf(stderr, "kexue: KX_ISA=%s is not one of this CPU's paths; using %s\n", name, isaName(widest));
    return widest;
  }
  return *wanted;
}

}  // namespace

const char* isaName(Isa isa) {
  switch (isa) {
    case Isa::Portable:
      return "portable";
    case Isa::Avx2:
      return "avx2";
    case Isa::Avx512:
      return "avx512";
  }
  return "?";
}

std::optional<Isa> parseIsa(std::string_view name) {
  for (Isa isa : {Isa::Portable, Isa::Avx2, Isa::Avx512})
    if (name == isaName(isa)) return isa;
  return std::nullopt;
}

Isa detectedIsa() {
  static const Isa detected = [] {
    // The features of x86-64-v3 and -v4 that both GCC and clang can name (the
    // level names are GCC's only); the runtime also checks that the OS saves
    // the YMM / ZMM registers.
    __builtin_cpu_init();
    const bool v3 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi") &&
                    __builtin_cpu_supports("bmi2");
    const bool v4 = v3 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                    __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl") &&
                    __builtin_cpu_supports("avx512cd");
    return v4 ? Isa::Avx512 : v3 ? Isa::Avx2 : Isa::Portable;
  }();
  return detected;
}

std::vector<Isa> supportedIsas() {
  std::vector<Isa> out;
  for (Isa isa : {Isa::Portable, Isa::Avx2, Isa::Avx512})
    if (isa <= detectedIsa()) out.push_back(isa);
  return out;
}

Isa activeIsa() {
  int value = g_active.load(std::memory_order_relaxed);
  if (value < 0) {
    int expected = -1;
    g_active.compare_exchange_strong(expected, static_cast<int>(isaFromEnvironment()));
    value = g_active.load(std::memory_order_relaxed);
  }
  return static_cast<Isa>(value);
}

std::optional<std::string> setActiveIsa(Isa isa) {
  if (isa > detectedIsa())
    return std::string("this CPU has no ") + isaName(isa) + " path (widest: " + isaName(detectedIsa()) + ")";
  g_active.store(static_cast<int>(isa), std::memory_order_relaxed);
  return std::nullopt;
}

ScopedIsa::ScopedIsa(Isa isa) : m_previous(activeIsa()) {
  if (auto error = setActiveIsa(isa)) throw std::invalid_argument(*error);
}

ScopedIsa::~ScopedIsa() { setActiveIsa(m_previous); }

}  // namespace kx::core
