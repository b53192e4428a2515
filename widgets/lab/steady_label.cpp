#include "widgets/lab/steady_label.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace kx::widgets {

SteadyLabel::SteadyLabel(QWidget* parent, std::function<QString()> widest)
    : QLabel(parent), m_widest(std::move(widest)) {
  setTextFormat(Qt::PlainText);
  setSizePolicy(m_widest ? QSizePolicy::Fixed : QSizePolicy::Ignored, QSizePolicy::Fixed);
}

QSize SteadyLabel::sizeHint() const {
  const QMargins m = contentsMargins();
  // A few pixels over the advance, for the last glyph's overhang.
  const int text = m_widest ? fontMetrics().horizontalAdvance(m_widest()) + 4 : fontMetrics().averageCharWidth() * 12;
  return {text + m.left() + m.right() + 2 * margin(), fontMetrics().height() + m.top() + m.bottom() + 2 * margin()};
}

QSize SteadyLabel::minimumSizeHint() const { return sizeHint(); }

QString SteadyLabel::shownText() const {
  const int width = contentsRect().width() - 2 * margin();
  return fontMetrics().elidedText(text(), Qt::ElideRight, width);
}

bool SteadyLabel::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
    // An elided text is read whole in the tooltip.
    const QString shown = shownText();
    if (shown != text())
      QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), text(), this);
    else
      QToolTip::hideText();
    return true;
  }
  // The widest text is another in another language or font.
  if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) updateGeometry();
  return QLabel::event(event);
}

void SteadyLabel::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  const QRect area = contentsRect().marginsRemoved(QMargins(margin(), margin(), margin(), margin()));
  style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shownText(), foregroundRole());
}

}  // namespace kx::widgets
