// kexue-bench: runs the workloads of docs/benchmarks.md on the same core
// code the app uses and prints one JSON object per line.
#include <QApplication>
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "app/bench/bench_workload.h"
#include "core/util/cpu_isa.h"
#include "core/util/threads.h"

namespace {

int usage(const std::vector<kx::bench::BenchWorkload>& workloads) {
  std::cerr << "usage: kexue-bench WORKLOAD [--variant V] [--size small|full] [--threads N] [--seed S] "
               "[--set key=value]... [--isa portable|avx2|avx512]\n(--isa, or the environment variable KX_ISA, "
               "narrows the hot kernels' instruction-set path; every line says which ran)\nworkloads:\n";
  for (const auto& w : workloads) {
    std::cerr << "  " << w.name << " (variants:";
    for (const auto& v : w.variants) std::cerr << ' ' << v;
    std::cerr << ")\n";
  }
  return 2;
}

// --isa: the widest path the hot kernels may take (core/util/cpu_isa.h).
bool selectIsa(const std::string& name) {
  const auto isa = kx::core::parseIsa(name);
  if (!isa) return false;
  if (const auto error = kx::core::setActiveIsa(*isa)) {
    std::cerr << "kexue-bench: " << *error << '\n';
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv, const std::string& name,
                                                  const std::vector<kx::bench::BenchWorkload>& workloads) {
  // Only the drawing workloads need a display (and widgets: the labs' windows); the others run anywhere.
  for (const auto& w : workloads)
    if (w.name == name && w.needsGui) return std::make_unique<QApplication>(argc, argv);
  return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char** argv) {
  const auto workloads = kx::bench::allWorkloads();
  if (argc < 2) return usage(workloads);
  const auto app = makeApplication(argc, argv, argv[1], workloads);
  const QStringList args = QCoreApplication::arguments();

  const std::string name = args[1].toStdString();
  kx::bench::BenchOptions options;
  std::string variant;
  for (int i = 2; i < args.size(); ++i) {
    const QString flag = args[i];
    if (i + 1 >= args.size()) {
      std::cerr << "kexue-bench: " << flag.toStdString() << " needs a value\n";
      return 2;
    }
    const QString value = args[++i];
    bool ok = true;
    if (flag == "--variant") variant = value.toStdString();
    else if (flag == "--size" && (value == "small" || value == "full")) options.small = value == "small";
    else if (flag == "--threads") options.threads = value.toInt(&ok);
    else if (flag == "--seed") options.seed = value.toULongLong(&ok);
    else if (flag == "--set") options.sets.push_back(value.toStdString());
    else if (flag == "--isa") ok = selectIsa(value.toStdString());
    else ok = false;
    if (!ok) {
      std::cerr << "kexue-bench: bad option " << flag.toStdString() << ' ' << value.toStdString() << '\n';
      return 2;
    }
  }
  kx::core::setThreadCount(options.threads);

  for (const auto& workload : workloads) {
    if (workload.name != name) continue;
    int status = 0;
    for (const auto& v : workload.variants) {
      if (!variant.empty() && v != variant) continue;
      auto record = workload.run(v, options);
      if (!record) {
        std::cerr << "kexue-bench " << name << ' ' << v << ": " << record.error() << '\n';
        status = 1;
        continue;
      }
      QJsonObject line{{"workload", QString::fromStdString(name)},
                       {"variant", QString::fromStdString(v)},
                       {"size", options.small ? "small" : "full"},
                       {"threads", kx::core::threadCount()},
                       {"isa", kx::core::isaName(kx::core::activeIsa())},
                       {"seed", static_cast<double>(options.seed)}};
      for (auto it = record->begin(); it != record->end(); ++it) line.insert(it.key(), it.value());
      std::cout << QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString() << std::endl;
    }
    return status;
  }
  std::cerr << "kexue-bench: unknown workload '" << name << "'\n";
  return usage(workloads);
}
