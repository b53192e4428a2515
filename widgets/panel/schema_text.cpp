#include "widgets/panel/schema_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace kx::widgets {

QString schemaText(const std::string& text) {
  if (text.empty()) return {};
  return QCoreApplication::translate(kSchemaContext, text.c_str());
}

std::string schemaValueSource(const core::ParamSchema& schema, const std::string& key, double value) {
  const core::ParamSpec* spec = schema.find(key);
  if (spec && spec->kind == core::ParamKind::Choice && value >= 0 && value < double(spec->choiceNames.size()))
    return spec->choiceNames[static_cast<std::size_t>(value)];
  return schema.format(key, value);
}

QString schemaValueText(const core::ParamSchema& schema, const std::string& key, double value) {
  return schemaText(schemaValueSource(schema, key, value));
}

QString choiceNameOf(const core::ParamSchema& schema, const std::string& key, const std::string& id) {
  const auto index = schema.parse(key, id);
  return index ? schemaValueText(schema, key, *index) : QString::fromStdString(id);
}

std::vector<std::string> schemaStrings(const core::ParamSchema& schema) {
  std::vector<std::string> strings;
  auto add = [&strings](const std::string& s) {
    if (!s.empty() && std::find(strings.begin(), strings.end(), s) == strings.end()) strings.push_back(s);
  };
  for (const auto& spec : schema.specs()) {
    add(spec.label);
    add(spec.description);
    for (const auto& name : spec.choiceNames) add(name);
  }
  return strings;
}

QString schemaStringsSource(const std::vector<std::string>& strings) {
  QString out =
      "// Generated from the labs' parameter schemas (widgets/panel/schema_text.h); do not edit.\n"
      "// Never compiled: lupdate reads it so that the schema strings reach the .ts file.\n"
      "// Regenerate with scripts/update-translations.py.\n";
  for (const auto& s : strings) {
    QString escaped = QString::fromStdString(s);
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    out += QString("QT_TRANSLATE_NOOP(\"%1\", \"%2\");\n").arg(kSchemaContext, escaped);
  }
  return out;
}

}  // namespace kx::widgets
