#pragma once
// Parameter schemas: the single description of a lab's parameters that the
// parameter panel, session files, the headless CLI (--set) and the bench all
// read (docs/architecture.md, "A lab").
#include <map>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace kx::core {

enum class ParamKind { Real, Integer, Choice, Toggle };

struct ParamSpec {
  std::string key;          ///< identifier used by --set and session files
  std::string label;        ///< short label for the panel
  std::string unit;         ///< empty when dimensionless
  std::string description;  ///< what it means, for tooltips
  ParamKind kind = ParamKind::Real;
  double min = 0.0;
  double max = 1.0;
  double defaultValue = 0.0;
  int decimals = 3;                  ///< digits shown for Real values
  bool logScale = false;             ///< slider moves in log space (min > 0)
  std::vector<std::string> choices;  ///< ids of Choice values 0..n-1, for --set and session files
  std::vector<std::string> choiceNames;  ///< what the interface shows for each choice, same order
};

/// Values of a schema's parameters by key. Choices and toggles are stored as
/// their index (0/1 for toggles).
using ParamValues = std::map<std::string, double>;

class ParamSchema {
 public:
  ParamSchema() = default;
  explicit ParamSchema(std::vector<ParamSpec> specs);

  const std::vector<ParamSpec>& specs() const { return m_specs; }
  const ParamSpec* find(const std::string& key) const;

  ParamValues defaults() const;

  /// Checks that `value` is finite, in range and of the right kind for `key`.
  Status validate(const std::string& key, double value) const;

  /// Parses a user-typed value: a number, or for choices a choice name, or
  /// for toggles on/off/true/false/1/0. The message names the key and the range.
  Result<double> parse(const std::string& key, const std::string& text) const;

  /// Parses "key=value" as given to --set.
  Status applyAssignment(const std::string& assignment, ParamValues& values) const;

  /// Text form of a value (choice names for choices, "on"/"off" for toggles).
  std::string format(const std::string& key, double value) const;

 private:
  std::vector<ParamSpec> m_specs;
};

}  // namespace kx::core
