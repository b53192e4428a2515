#include "core/params/param_reader.h"

namespace kx::core {

Result<ParamReader> ParamReader::read(const ParamSchema& schema, const ParamValues& values, const std::string& lab) {
  ParamValues complete = schema.defaults();
  for (const auto& [key, value] : values) {
    if (!schema.find(key)) return fail("unknown parameter '" + key + "' for " + lab);
    if (auto status = schema.validate(key, value); !status) return fail(status.error());
    complete[key] = value;
  }
  return ParamReader(std::move(complete));
}

}  // namespace kx::core
