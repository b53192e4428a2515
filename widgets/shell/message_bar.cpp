#include "widgets/shell/message_bar.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace kx::widgets {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent) {
  setObjectName("messageBar");
  setFrameShape(QFrame::StyledPanel);
  // The palette's tooltip colours: readable in light and dark themes alike.
  setBackgroundRole(QPalette::ToolTipBase);
  setForegroundRole(QPalette::ToolTipText);
  setAutoFillBackground(true);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 4, 4);
  m_icon = new QLabel(this);
  const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
  m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
  m_text = new QLabel(this);
  m_text->setWordWrap(true);
  m_text->setTextFormat(Qt::PlainText);
  m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_actionButton = new QToolButton(this);
  m_actionButton->setObjectName("messageBarAction");
  m_close = new QToolButton(this);
  m_close->setObjectName("messageBarClose");
  m_close->setText("×");
  m_close->setAutoRaise(true);
  layout->addWidget(m_icon);
  layout->addWidget(m_text, 1);
  layout->addWidget(m_actionButton);
  layout->addWidget(m_close);
  connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
  connect(m_actionButton, &QToolButton::clicked, this, [this] {
    auto action = m_action;  // dismiss() clears it
    dismiss();
    if (action) action();
  });
  retranslate();
  hide();
}

void MessageBar::showMessage(const QString& text, const QString& actionText, std::function<void()> action) {
  m_text->setText(text);
  m_action = std::move(action);
  m_actionButton->setText(actionText);
  m_actionButton->setAccessibleName(actionText);
  m_actionButton->setVisible(!actionText.isEmpty() && m_action);
  setAccessibleName(text);
  setAccessibleDescription(tr("Message"));
  show();
  // Screen readers announce alerts without the focus moving.
  QAccessibleEvent alert(this, QAccessible::Alert);
  QAccessible::updateAccessibility(&alert);
}

void MessageBar::dismiss() {
  m_action = nullptr;
  hide();
}

QString MessageBar::text() const { return m_text->text(); }

void MessageBar::retranslate() {
  m_close->setToolTip(tr("Dismiss this message"));
  m_close->setAccessibleName(tr("Dismiss"));
}

void MessageBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QFrame::changeEvent(event);
}

void MessageBar::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Escape) {
    dismiss();
    return;
  }
  QFrame::keyPressEvent(event);
}

}  // namespace kx::widgets
