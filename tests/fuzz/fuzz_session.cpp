// Session JSON from a file the user opens: the envelope, then the parameters
// against every lab's schema. Any input must give a value or a message.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/lab_schemas.h"
#include "widgets/session/session_parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto session = kx::widgets::parseSession(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
  if (!session) return 0;
  for (const auto& schema : kx::fuzz::labSchemas()) {
    const auto values = kx::widgets::sessionValues(*session, schema);
    if (!values) continue;
    for (const auto& spec : schema.specs())  // accepted values are valid values
      if (!schema.validate(spec.key, values->at(spec.key))) __builtin_trap();
  }
  return 0;
}
