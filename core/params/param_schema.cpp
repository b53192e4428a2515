#include "core/params/param_schema.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace kx::core {
namespace {

std::string rangeText(const ParamSpec& spec) {
  std::ostringstream out;
  if (spec.kind == ParamKind::Choice) {
    out << "one of";
    for (const auto& c : spec.choices) out << ' ' << c;
  } else if (spec.kind == ParamKind::Toggle) {
    out << "on or off";
  } else {
    out << "between " << spec.min << " and " << spec.max;
  }
  return out.str();
}

}  // namespace

ParamSchema::ParamSchema(std::vector<ParamSpec> specs) : m_specs(std::move(specs)) {
  for (auto& spec : m_specs) {
    if (spec.kind == ParamKind::Choice) {
      spec.min = 0;
      spec.max = static_cast<double>(spec.choices.size()) - 1;
    } else if (spec.kind == ParamKind::Toggle) {
      spec.min = 0;
      spec.max = 1;
    }
  }
}

const ParamSpec* ParamSchema::find(const std::string& key) const {
  auto it = std::find_if(m_specs.begin(), m_specs.end(), [&](const ParamSpec& s) { return s.key == key; });
  return it == m_specs.end() ? nullptr : &*it;
}

ParamValues ParamSchema::defaults() const {
  ParamValues values;
  for (const auto& spec : m_specs) values[spec.key] = spec.defaultValue;
  return values;
}

Status ParamSchema::validate(const std::string& key, double value) const {
  const ParamSpec* spec = find(key);
  if (!spec) return fail("unknown parameter '" + key + "'");
  if (!std::isfinite(value)) return fail("parameter '" + key + "' must be a finite number");
  if (spec->kind != ParamKind::Real && value != std::round(value))
    return fail("parameter '" + key + "' must be a whole number");
  if (value < spec->min || value > spec->max)
    return fail("parameter '" + key + "' = " + format(key, value) + " is out of range: it must be " + rangeText(*spec));
  return Ok{};
}

Result<double> ParamSchema::parse(const std::string& key, const std::string& text) const {
  const ParamSpec* spec = find(key);
  if (!spec) return fail("unknown parameter '" + key + "'");
  if (spec->kind == ParamKind::Choice) {
    auto it = std::find(spec->choices.begin(), spec->choices.end(), text);
    if (it != spec->choices.end()) return static_cast<double>(it - spec->choices.begin());
  }
  if (spec->kind == ParamKind::Toggle) {
    if (text == "on" || text == "true") return 1.0;
    if (text == "off" || text == "false") return 0.0;
  }
  double value = 0.0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end)
    return fail("parameter '" + key + "': '" + text + "' is not a valid value; expected " + rangeText(*spec));
  if (auto status = validate(key, value); !status) return fail(status.error());
  return value;
}

Status ParamSchema::applyAssignment(const std::string& assignment, ParamValues& values) const {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0)
    return fail("'" + assignment + "' is not of the form key=value");
  const std::string key = assignment.substr(0, eq);
  auto parsed = parse(key, assignment.substr(eq + 1));
  if (!parsed) return fail(parsed.error());
  values[key] = *parsed;
  return Ok{};
}

std::string ParamSchema::format(const std::string& key, double value) const {
  const ParamSpec* spec = find(key);
  if (spec && spec->kind == ParamKind::Choice) {
    // Range first: converting a negative, huge or NaN double to an integer is undefined.
    if (value >= 0 && value < double(spec->choices.size()) && value == std::round(value))
      return spec->choices[static_cast<std::size_t>(value)];
  }
  if (spec && spec->kind == ParamKind::Toggle && (value == 0 || value == 1)) return value != 0 ? "on" : "off";
  std::ostringstream out;
  out.precision(12);
  out << value;
  return out.str();
}

}  // namespace kx::core
