#pragma once
// The parameter schemas come from core/, which has no Qt: their labels,
// descriptions and choice names are English there and are translated where
// they are shown, through QCoreApplication::translate in one fixed context.
// lupdate cannot see strings that are not in tr() calls, so
// resources/translations/schema_strings.cpp lists them as QT_TRANSLATE_NOOP
// lines; schemaStringsSource() writes that file and a test keeps it current
// (scripts/update-translations.py).
#include <QString>
#include <string>
#include <vector>

#include "core/params/param_schema.h"

namespace kx::widgets {

inline constexpr char kSchemaContext[] = "ParamSchema";

/// A schema string in the current language (itself when there is no translation).
QString schemaText(const std::string& text);

/// A value as the interface names it, in English: a choice's display name
/// (not its id), otherwise the schema's text for the value.
std::string schemaValueSource(const core::ParamSchema& schema, const std::string& key, double value);

/// schemaValueSource in the current language.
QString schemaValueText(const core::ParamSchema& schema, const std::string& key, double value);

/// The display name of the choice with id `id` of parameter `key`, in the
/// current language (the id itself when the schema has no such choice).
QString choiceNameOf(const core::ParamSchema& schema, const std::string& key, const std::string& id);

/// The translatable strings of a schema in order, without repeats or empties:
/// labels, descriptions and choices' display names (not keys, ids or units).
std::vector<std::string> schemaStrings(const core::ParamSchema& schema);

/// The lupdate input listing `strings` (one QT_TRANSLATE_NOOP per string).
QString schemaStringsSource(const std::vector<std::string>& strings);

}  // namespace kx::widgets
