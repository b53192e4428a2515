#pragma once
// A label for text that changes while a lab runs (a step counter, a status
// line). A QLabel asks for the width of its current text, so a counter that
// grew by a digit widened the lab's toolbar, the window's minimum width with
// it, and the docks beside it shrank: the parameter slider moved under the
// cursor during a drag. This label's size never depends on its text: it is
// the width of the widest text it will show (or what its layout gives it) and
// one line high. A text that does not fit is drawn elided ("…"); text() and
// the tooltip keep it whole.
#include <QLabel>
#include <functional>

namespace kx::widgets {

class SteadyLabel : public QLabel {
  Q_OBJECT
 public:
  /// `widest` gives the widest text the label will show, in the current
  /// language (asked again whenever the size is). Without it the label is as
  /// wide as its layout makes it (give it a stretch).
  explicit SteadyLabel(QWidget* parent = nullptr, std::function<QString()> widest = {});

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;
  /// The text as drawn: elided to the width.
  QString shownText() const;

 protected:
  bool event(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  std::function<QString()> m_widest;
};

}  // namespace kx::widgets
