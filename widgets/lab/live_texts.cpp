#include "widgets/lab/live_texts.h"

#include <QEvent>
#include <vector>

namespace kx::widgets {
namespace {

/// The texts of one widget, re-applied when it hears of a new language.
class LiveTexts : public QObject {
 public:
  static constexpr const char* kName = "kx_live_texts";
  explicit LiveTexts(QWidget* owner) : QObject(owner) {
    setObjectName(kName);
    owner->installEventFilter(this);
  }
  void add(std::function<void()> apply) { m_apply.push_back(std::move(apply)); }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::LanguageChange && watched == parent())
      for (const auto& apply : m_apply) apply();
    return false;  // the widget's own changeEvent still runs
  }

 private:
  std::vector<std::function<void()>> m_apply;
};

}  // namespace

void liveTexts(QWidget* owner, std::function<void()> apply) {
  apply();
  // Found by name: without Q_OBJECT of its own, findChild<LiveTexts*> would match any QObject.
  auto* texts = static_cast<LiveTexts*>(owner->findChild<QObject*>(LiveTexts::kName, Qt::FindDirectChildrenOnly));
  if (!texts) texts = new LiveTexts(owner);
  texts->add(std::move(apply));
}

}  // namespace kx::widgets
