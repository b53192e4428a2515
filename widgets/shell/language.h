#pragma once
// The app's languages: English (the source strings) and Simplified Chinese,
// from Qt translation files built with the project and embedded under
// :/i18n (cmake/KxInstall.cmake).
#include <QString>
#include <vector>

namespace kx::widgets {

struct Language {
  QString code;        ///< "en", "zh_CN"
  QString nativeName;  ///< as the menu shows it, in its own language
};

const std::vector<Language>& availableLanguages();

/// The saved choice if it is offered, else the system's language if offered, else "en".
QString preferredLanguage();

/// Installs the translation for `code` on the application, replacing the
/// previous one; "en" removes it. False if `code` is not offered or its file
/// is missing.
bool installTranslation(const QString& code);

/// The code of the translation installed last ("en" before any).
QString currentLanguage();

}  // namespace kx::widgets
