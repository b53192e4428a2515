// The command line's --set key=value, one assignment per input line, against
// every lab's schema: each line is applied or refused with a message, and
// what was applied is always a valid value.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tests/fuzz/lab_schemas.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const auto& schema : kx::fuzz::labSchemas()) {
    auto values = schema.defaults();
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t end = std::min(text.find('\n', start), text.size());
      const std::string line = text.substr(start, end - start);
      const auto before = values;
      if (!schema.applyAssignment(line, values) && values != before) __builtin_trap();  // refused: nothing changed
      start = end + 1;
    }
    for (const auto& spec : schema.specs())
      if (!schema.validate(spec.key, values.at(spec.key))) __builtin_trap();
  }
  return 0;
}
