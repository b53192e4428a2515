#pragma once
// The one way a job's typed parameters come from ParamValues
// (docs/architecture.md, "Parameters, undo, sessions"): every given value is
// checked against the schema once — an unknown key or a value out of range is
// an error naming it and the lab — missing keys take their defaults, and then
// values are read typed, without failing.
#include <string>

#include "core/params/param_schema.h"
#include "core/util/result.h"

namespace kx::core {

class ParamReader {
 public:
  /// `lab` names the lab in messages ("the random-walk lab").
  static Result<ParamReader> read(const ParamSchema& schema, const ParamValues& values, const std::string& lab);

  double real(const std::string& key) const { return m_values.at(key); }
  int integer(const std::string& key) const { return static_cast<int>(real(key)); }
  bool flag(const std::string& key) const { return real(key) != 0; }
  /// A Choice parameter as its enum (choices are stored as their index).
  template <class Enum>
  Enum choice(const std::string& key) const {
    return static_cast<Enum>(integer(key));
  }

 private:
  explicit ParamReader(ParamValues complete) : m_values(std::move(complete)) {}
  ParamValues m_values;  ///< every key of the schema
};

}  // namespace kx::core
