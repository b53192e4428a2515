#pragma once
// An inline, dismissable message at the top of the main window: where the
// shell says that something went wrong (a refused value, a failed job, a file
// that cannot be read) without a modal dialog in the way. Palette colours
// (tooltip base and text, as the OpenGL notice), an optional action (e.g.
// Reset) and a close button; screen readers hear it as an alert and find the
// message as the bar's accessible name.
#include <QFrame>
#include <functional>

class QLabel;
class QToolButton;

namespace kx::widgets {

class MessageBar : public QFrame {
  Q_OBJECT
 public:
  explicit MessageBar(QWidget* parent = nullptr);

  /// Shows `text` (plain text), replacing any previous message. With an
  /// `actionText`, a button runs `action` and then closes the bar.
  void showMessage(const QString& text, const QString& actionText = {}, std::function<void()> action = {});
  /// Hides the bar (the close button and Esc while it has focus do this too).
  void dismiss();

  QString text() const;
  /// The action button (hidden when the message has no action).
  QToolButton* actionButton() const { return m_actionButton; }
  QToolButton* closeButton() const { return m_close; }

 protected:
  void changeEvent(QEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void retranslate();

  QLabel* m_icon;
  QLabel* m_text;
  QToolButton* m_actionButton;
  QToolButton* m_close;
  std::function<void()> m_action;
};

}  // namespace kx::widgets
