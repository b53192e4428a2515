#pragma once
// Builds the lab the command line asks for: --lab, then --session, then each
// --set in order. Shared by the headless export and the interactive start.
#include <memory>

#include "app/cli_options.h"
#include "widgets/lab/lab.h"

namespace kx::app {

core::Result<std::unique_ptr<widgets::Lab>> setUpLab(const CliOptions& options);

}  // namespace kx::app
