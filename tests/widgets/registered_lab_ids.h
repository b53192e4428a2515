#pragma once
// The ids of every registered lab, for tests that run once per lab
// (INSTANTIATE_TEST_SUITE_P): a lab registered later is covered at once.
#include <string>
#include <vector>

#include "widgets/lab/lab_registry.h"

namespace kx::widgets::testing {

inline std::vector<std::string> registeredLabIds() {
  std::vector<std::string> ids;
  for (const auto& entry : labRegistry()) ids.push_back(entry.id.toStdString());
  return ids;
}

}  // namespace kx::widgets::testing
