#pragma once
// W6 `render` for a lab (docs/benchmarks.md, issue 24 item 10): the lab's
// default view in the main window, as a user sees it.
#include <QJsonObject>
#include <string>

#include "app/bench/bench_workload.h"

namespace kx::bench {

/// The main window at 1400 x 900 on lab `id` with a frame of its defaults;
/// times the GUI thread's work for one new frame: the lab rebuilding its
/// scene and charts from the frame (Lab::retranslate, no compute) and the
/// window repainting (every widget, the GL canvas included).
core::Result<QJsonObject> renderLabView(const std::string& id, const BenchOptions& options);

}  // namespace kx::bench
