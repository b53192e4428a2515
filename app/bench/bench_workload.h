#pragma once
// One kexue-bench workload (docs/benchmarks.md): a name, its variants and
// a function that runs one variant and returns the JSON record to print.
#include <QJsonObject>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/params/param_schema.h"
#include "core/util/result.h"

namespace kx::bench {

struct BenchOptions {
  bool small = false;             ///< --size small: a few seconds, for CI smoke
  int threads = 0;                ///< --threads (0 = all cores)
  std::uint64_t seed = 1;         ///< --seed
  std::vector<std::string> sets;  ///< --set key=value, in order
};

struct BenchWorkload {
  std::string name;
  std::vector<std::string> variants;
  bool needsGui = false;  ///< needs a QGuiApplication (OpenGL), not only a core application
  /// Runs one variant; the record gets workload/variant/size added by main.
  std::function<core::Result<QJsonObject>(const std::string& variant, const BenchOptions&)> run;
};

/// Every workload, in the order `kexue-bench --list` shows them.
std::vector<BenchWorkload> allWorkloads();

/// The schema's defaults with the options' --set assignments applied.
core::Result<core::ParamValues> valuesWithSets(const core::ParamSchema& schema, const BenchOptions& options);

}  // namespace kx::bench
