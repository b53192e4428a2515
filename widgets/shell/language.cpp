#include "widgets/shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "widgets/shell/shell_settings.h"

namespace kx::widgets {
namespace {

bool offered(const QString& code) {
  for (const auto& language : availableLanguages())
    if (language.code == code) return true;
  return false;
}

// Owned by the application object so that they live as long as it does.
QTranslator* translator(const char* name) {
  auto* app = QCoreApplication::instance();
  if (auto* existing = app->findChild<QTranslator*>(name)) return existing;
  auto* created = new QTranslator(app);
  created->setObjectName(name);
  return created;
}

/// The code installTranslation installed last.
QString& installed() {
  static QString code = "en";
  return code;
}

}  // namespace

const std::vector<Language>& availableLanguages() {
  static const std::vector<Language> languages{{"en", "English"}, {"zh_CN", QString::fromUtf8("简体中文")}};
  return languages;
}

QString preferredLanguage() {
  const QString saved = ShellSettings().language();
  if (offered(saved)) return saved;
  const QString system = QLocale::system().name();  // e.g. "zh_CN"
  return offered(system) ? system : QStringLiteral("en");
}

QString currentLanguage() { return installed(); }

bool installTranslation(const QString& code) {
  if (!offered(code) || !QCoreApplication::instance()) return false;
  QTranslator* ours = translator("kexue_lab_translator");
  QTranslator* qt = translator("qtbase_translator");
  QCoreApplication::removeTranslator(ours);
  QCoreApplication::removeTranslator(qt);
  installed() = "en";
  if (code == "en") return true;
  if (!ours->load(":/i18n/kexue_lab_" + code + ".qm")) return false;
  QCoreApplication::installTranslator(ours);
  installed() = code;
  // Qt's own strings (standard dialog buttons) when Debian's qt6-translations-l10n is installed.
  if (qt->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(qt);
  return true;
}

}  // namespace kx::widgets
