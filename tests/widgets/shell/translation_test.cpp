// Translations inside the labs: every string of the .ts file is translated,
// the schema strings that lupdate cannot see are listed in
// resources/translations/schema_strings.cpp and current, and switching the
// language translates the parameter panel live.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDirIterator>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

#include "tests/widgets/shell/temp_settings_test.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/labs/competition/competition_lab.h"
#include "widgets/labs/vae/vae_charts.h"
#include "widgets/panel/param_panel.h"
#include "widgets/panel/schema_text.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

/// The schema strings of every registered lab, in registry order.
std::vector<std::string> registeredSchemaStrings() {
  std::vector<std::string> all;
  for (const auto& entry : labRegistry())
    for (const auto& s : schemaStrings(entry.create()->description().schema))
      if (std::find(all.begin(), all.end(), s) == all.end()) all.push_back(s);
  return all;
}

TEST(Translation, EveryMessageOfTheTsFileIsTranslated) {
  QFile file(KX_TS_FILE);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << KX_TS_FILE;
  QXmlStreamReader xml(&file);
  QString context, source;
  int messages = 0;
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == u"name") context = xml.readElementText();
    if (xml.name() == u"source") source = xml.readElementText();
    if (xml.name() != u"translation") continue;
    ++messages;
    const QString type = xml.attributes().value("type").toString();
    const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);  // plural forms are children
    EXPECT_NE(type, "unfinished") << context.toStdString() << ": " << source.toStdString();
    EXPECT_FALSE(text.trimmed().isEmpty()) << context.toStdString() << ": " << source.toStdString();
  }
  EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
  EXPECT_GT(messages, 100);
}

// scripts/update-translations.py names a class's context by its qualified
// name, as tr() looks it up; a string looked up under a context written out
// by hand (translate("Ctx", ...), QT_TRANSLATE_NOOP) is found only if the .ts
// file has that exact context. A bare class name there stays English.
TEST(Translation, EveryContextNamedInTheSourcesIsInTheTsFile) {
  QFile ts(KX_TS_FILE);
  ASSERT_TRUE(ts.open(QIODevice::ReadOnly)) << KX_TS_FILE;
  QSet<QString> contexts;
  const QRegularExpression name("<name>([^<]+)</name>");
  for (auto it = name.globalMatch(QString::fromUtf8(ts.readAll())); it.hasNext();) contexts << it.next().captured(1);

  const QRegularExpression named(R"re((?:\btranslate|QT_TRANSLATE_NOOP)\("([^"]+)")re");
  int uses = 0;
  for (const char* dir : {"/widgets", "/app"}) {
    QDirIterator files(QString(KX_SOURCE_DIR) + dir, {"*.cpp", "*.h"}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
      QFile source(files.next());
      ASSERT_TRUE(source.open(QIODevice::ReadOnly)) << source.fileName().toStdString();
      for (auto it = named.globalMatch(QString::fromUtf8(source.readAll())); it.hasNext(); ++uses) {
        const QString context = it.next().captured(1);
        EXPECT_TRUE(contexts.contains(context)) << source.fileName().toStdString() << ": " << context.toStdString();
      }
    }
  }
  EXPECT_GT(uses, 10);
}

// resources/translations/schema_strings.cpp is lupdate's only view of the
// schemas: it must list every registered lab's strings (a lab registered in a
// later commit may already be listed). Run with KX_WRITE_SCHEMA_STRINGS=1
// (scripts/update-translations.py) to rewrite it.
TEST(Translation, SchemaStringsFileIsCurrent) {
  const auto strings = registeredSchemaStrings();
  QFile file(KX_SCHEMA_STRINGS_FILE);
  if (qEnvironmentVariableIsSet("KX_WRITE_SCHEMA_STRINGS")) {
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(schemaStringsSource(strings).toUtf8());
    GTEST_SKIP() << "rewrote " << KX_SCHEMA_STRINGS_FILE;
  }
  ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << KX_SCHEMA_STRINGS_FILE;
  const QStringList listed = QString::fromUtf8(file.readAll()).split('\n');
  for (const auto& s : strings) {
    // The line schemaStringsSource() writes for s alone.
    const QString line = schemaStringsSource({s}).split('\n', Qt::SkipEmptyParts).last();
    EXPECT_TRUE(listed.contains(line)) << s << ": the schemas changed; run scripts/update-translations.py BUILD_DIR "
                                       << "and translate the new strings";
  }
}

TEST(Translation, EverySchemaStringHasAChineseTranslation) {
  QTranslator zh;
  ASSERT_TRUE(zh.load(":/i18n/kexue_lab_zh_CN.qm"));
  const auto strings = registeredSchemaStrings();
  ASSERT_GT(strings.size(), 20u);
  for (const auto& s : strings) EXPECT_FALSE(zh.translate(kSchemaContext, s.c_str()).isEmpty()) << s;
}

// The main window looks a lab's About up in the lab class's context, so that
// it follows the language live.
TEST(Translation, EveryLabsAboutHasAChineseTranslation) {
  QTranslator zh;
  ASSERT_TRUE(zh.load(":/i18n/kexue_lab_zh_CN.qm"));
  for (const auto& entry : labRegistry()) {
    const auto lab = entry.create();
    const QByteArray about = lab->description().about.toUtf8();
    EXPECT_FALSE(zh.translate(lab->metaObject()->className(), about.constData()).isEmpty()) << entry.id.toStdString();
  }
}

class LanguageSwitchTest : public testing::TempSettingsTest {
 protected:
  void TearDown() override { installTranslation("en"); }
};

QLabel* labelWithText(QWidget& root, const QString& text) {
  for (auto* label : root.findChildren<QLabel*>())
    if (label->text() == text) return label;
  return nullptr;
}

// Without a CJK font every translated string is drawn as boxes;
// scripts/install-deps.sh installs one (fonts-wqy-microhei).
TEST(Translation, AFontCanDrawTheChineseInterface) {
  EXPECT_FALSE(QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty());
}

TEST_F(LanguageSwitchTest, ChoosingChineseTranslatesTheParameterPanelLive) {
  installTranslation("en");
  MainWindow window;
  ASSERT_TRUE(window.selectLab("walk"));
  auto* panel = window.findChild<ParamPanel*>();
  ASSERT_NE(panel, nullptr);
  QLabel* walkers = labelWithText(*panel, "Walkers");
  ASSERT_NE(walkers, nullptr);
  auto* combo = panel->findChild<QComboBox*>();
  ASSERT_NE(combo, nullptr);
  const QString englishChoice = combo->itemText(0);

  QAction* chinese = nullptr;
  for (QAction* action : window.findChild<QMenu*>("languageMenu")->actions())
    if (action->data() == "zh_CN") chinese = action;
  ASSERT_NE(chinese, nullptr);
  chinese->trigger();  // the shell's own path: settings, translator, LanguageChange
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);  // Qt posts it to the windows

  QTranslator zh;
  ASSERT_TRUE(zh.load(":/i18n/kexue_lab_zh_CN.qm"));
  const QString expected = zh.translate(kSchemaContext, "Walkers");
  ASSERT_FALSE(expected.isEmpty());
  EXPECT_EQ(walkers->text(), expected);  // the same label, retranslated in place
  EXPECT_NE(combo->itemText(0), englishChoice);
  EXPECT_EQ(combo->itemText(0), zh.translate(kSchemaContext, englishChoice.toUtf8().constData()));
  EXPECT_TRUE(walkers->toolTip().contains(expected));
  EXPECT_FALSE(walkers->toolTip().contains("Default:"));  // the panel's own words too
  // The undo step's text names the parameter as the panel does.
  ASSERT_TRUE(window.currentLab()->setValue("walkers", 500));
  QUndoStack* undo = window.currentLab()->undoStack();
  EXPECT_EQ(undo->text(undo->index() - 1), zh.translate("kx::widgets::Lab", "Set %1 to %2").arg(expected, "500"));

  installTranslation("en");
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  EXPECT_EQ(walkers->text(), "Walkers");
}

// A chart class outside QObject looks its strings up under its qualified
// name, the context the .ts file gives it.
TEST_F(LanguageSwitchTest, TheVaeChartsFollowTheLanguage) {
  installTranslation("zh_CN");
  const VaeCharts charts;
  QTranslator zh;
  ASSERT_TRUE(zh.load(":/i18n/kexue_lab_zh_CN.qm"));
  const QString expected = zh.translate("kx::widgets::VaeCharts", "KL term (held out)");
  ASSERT_FALSE(expected.isEmpty());
  EXPECT_EQ(charts.kl()->title(), expected);
}

TEST_F(LanguageSwitchTest, TheCompetitionFigureAndChartsFollowTheLanguage) {
  installTranslation("en");
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  auto* lab = qobject_cast<CompetitionLab*>(window.currentLab());
  ASSERT_NE(lab, nullptr);
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab->scene() != nullptr; }, 10000));
  EXPECT_EQ(lab->scene()->xLabel, "x₁ (species 1)");
  const QString englishTitle = lab->timeChart()->title();

  ASSERT_TRUE(installTranslation("zh_CN"));
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  QTranslator zh;
  ASSERT_TRUE(zh.load(":/i18n/kexue_lab_zh_CN.qm"));
  // At once, from the last frame: no recomputation is needed.
  EXPECT_EQ(lab->scene()->xLabel, zh.translate("CompetitionScene", "x₁ (species 1)"));
  EXPECT_EQ(lab->timeChart()->title(), zh.translate("kx::widgets::CompetitionLab", "Selected trajectory"));
  EXPECT_NE(lab->timeChart()->title(), englishTitle);
}

}  // namespace
}  // namespace kx::widgets
