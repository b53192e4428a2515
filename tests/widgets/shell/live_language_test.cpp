// A live language switch reaches every string a lab's window shows: after
// choosing Simplified Chinese, no label, button, tab, choice, tooltip or chart
// text of any lab is still an English message that has a translation.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include "tests/widgets/registered_lab_ids.h"
#include "tests/widgets/shell/temp_settings_test.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

/// The English messages of the .ts file that have a Chinese translation other
/// than themselves, as patterns that match the text the code makes of them
/// (%1, %2, … stand for anything).
std::vector<QRegularExpression> translatedMessages() {
  QFile file(KX_TS_FILE);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QXmlStreamReader xml(&file);
  QString source;
  std::vector<QRegularExpression> patterns;
  static const QRegularExpression placeholder("%[0-9]");
  while (!xml.atEnd()) {
    if (xml.readNext() != QXmlStreamReader::StartElement) continue;
    if (xml.name() == u"source") source = xml.readElementText();
    if (xml.name() != u"translation") continue;
    const QString type = xml.attributes().value("type").toString();
    const QString translation = xml.readElementText();
    if (!type.isEmpty() || translation.isEmpty() || translation == source) continue;
    // Messages made mostly of placeholders (e.g. "%1 (%2)") would match any text.
    if (QString(source).remove(placeholder).count(QRegularExpression("[A-Za-z]")) < 4) continue;
    QStringList parts = source.split(placeholder);
    for (auto& part : parts) part = QRegularExpression::escape(part);
    patterns.emplace_back(QRegularExpression::anchoredPattern(parts.join(".*")),
                          QRegularExpression::DotMatchesEverythingOption);
  }
  return patterns;
}

QString plain(const QString& text) {
  QString shown = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
  return shown.remove('&').trimmed();
}

/// Every text a user can read in `root`: widget texts, tabs, choices,
/// tooltips, placeholders and the charts' titles, axes and legends.
QStringList visibleTexts(QWidget& root) {
  QStringList texts;
  auto add = [&](const QString& where, const QString& text) {
    if (!plain(text).isEmpty()) texts << where + ": " + plain(text);
  };
  for (QWidget* w : root.findChildren<QWidget*>()) {
    add("tooltip", w->toolTip());
    if (auto* label = qobject_cast<QLabel*>(w)) add("label", label->text());
    if (auto* button = qobject_cast<QAbstractButton*>(w)) add("button", button->text());
    if (auto* group = qobject_cast<QGroupBox*>(w)) add("group", group->title());
    if (auto* dock = qobject_cast<QDockWidget*>(w)) add("dock", dock->windowTitle());
    if (auto* edit = qobject_cast<QLineEdit*>(w)) add("placeholder", edit->placeholderText());
    if (auto* tabs = qobject_cast<QTabBar*>(w))
      for (int i = 0; i < tabs->count(); ++i) add("tab", tabs->tabText(i)), add("tab tooltip", tabs->tabToolTip(i));
    if (auto* combo = qobject_cast<QComboBox*>(w))
      for (int i = 0; i < combo->count(); ++i) add("choice", combo->itemText(i));
    if (auto* view = qobject_cast<QChartView*>(w); view && view->chart()) {
      add("chart", view->chart()->title());
      for (auto* axis : view->chart()->axes()) add("axis", axis->titleText());
      for (auto* series : view->chart()->series()) add("series", series->name());
    }
  }
  return texts;
}

class LiveLanguage : public testing::TempSettingsTest, public ::testing::WithParamInterface<std::string> {
 protected:
  void TearDown() override { installTranslation("en"); }
};

TEST_P(LiveLanguage, NoEnglishMessageWithATranslationIsLeftAfterSwitchingToChinese) {
  const auto messages = translatedMessages();
  ASSERT_GT(messages.size(), 100u) << KX_TS_FILE;
  installTranslation("en");
  MainWindow window;
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(window.selectLab(QString::fromStdString(GetParam())));
  Lab* lab = window.currentLab();
  if (lab->animated()) lab->step();  // a paused animation computes once stepped
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab->hasFrame(); }, 60000));
  // The texts before the switch must include translated messages, or the test
  // would pass on a window that shows nothing it could get wrong.
  int englishBefore = 0;
  for (const QString& text : visibleTexts(window))
    for (const auto& m : messages) englishBefore += m.match(text.section(": ", 1)).hasMatch();
  ASSERT_GT(englishBefore, 10);

  ASSERT_TRUE(installTranslation("zh_CN"));
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  QCoreApplication::processEvents();
  QStringList stale;
  for (const QString& text : visibleTexts(window))
    for (const auto& m : messages)
      if (m.match(text.section(": ", 1)).hasMatch()) {
        stale << text;
        break;
      }
  stale.removeDuplicates();
  EXPECT_TRUE(stale.isEmpty()) << stale.join('\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllLabs, LiveLanguage, ::testing::ValuesIn(testing::registeredLabIds()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace kx::widgets
