#pragma once
// Typing a planar model (docs/math.md §7.1–§7.2): dx/dt and dy/dt, each
// checked as it is typed with the parser's positioned message beside it, and
// a table of parameters (name, default, min, max). A model that compiles is
// offered (modelEdited) when an equation's editing finishes or the table
// changes; one that does not leaves the lab's model as it is.
#include <QWidget>
#include <optional>

#include "core/phase/planar_model.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kx::widgets {

class CustomModelEditor : public QWidget {
  Q_OBJECT
 public:
  explicit CustomModelEditor(QWidget* parent = nullptr);

  /// Shows `spec` (the lab's model) without emitting modelEdited.
  void setSpec(const core::PlanarModelSpec& spec);
  QLineEdit* dxdtEdit() const { return m_dxdt; }
  QLineEdit* dydtEdit() const { return m_dydt; }
  QTableWidget* parameterTable() const { return m_table; }
  /// The message beside dx/dt, beside dy/dt, and under the table.
  QString dxdtMessage() const;
  QString dydtMessage() const;
  QString modelMessage() const;
  /// Why the lab refused an offered model.
  void showModelMessage(const QString& text);

 signals:
  void modelEdited(const core::PlanarModelSpec& spec);

 private:
  void setTexts();
  /// Checks what is typed; the spec when it compiles.
  std::optional<core::PlanarModelSpec> check();
  void offer();

  core::PlanarModelSpec m_shown;  ///< the lab's model, whose window a typed one keeps
  bool m_filling = false;
  QLabel *m_dxdtLabel, *m_dydtLabel, *m_dxdtError, *m_dydtError, *m_modelError;
  QLineEdit *m_dxdt, *m_dydt;
  QTableWidget* m_table;
  QPushButton *m_add, *m_remove;
};

}  // namespace kx::widgets
