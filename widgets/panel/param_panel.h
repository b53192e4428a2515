#pragma once
// The parameter dock's contents, generated from a lab's schema: per parameter
// a slider, a spin box (or combo box / check box) and a reset button, with a
// tooltip giving the meaning, unit, range and default. Labels, tooltips and
// choice names follow the language live (schema_text.h).
#include <QSlider>
#include <QWidget>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/params/param_schema.h"

namespace kx::widgets {

class ParamPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ParamPanel(const core::ParamSchema& schema, QWidget* parent = nullptr);

  /// Shows `values` without emitting valueEdited.
  void setValues(const core::ParamValues& values);

 signals:
  /// The user changed a parameter (every slider step while dragging);
  /// `continuesDrag` for every step of a drag after its first.
  void valueEdited(const std::string& key, double value, bool continuesDrag);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void addRow(const core::ParamSpec& spec, int row);
  QString tooltip(const core::ParamSpec& spec) const;
  /// A value as the panel shows it (choice names translated).
  QString displayedValue(const core::ParamSpec& spec, double value) const;
  /// Emits valueEdited for a slider's new value, as part of a drag or not.
  void sliderEdited(const QSlider* slider, const std::string& key, double value);
  /// Applies `apply` (which sets texts) now and after every language change.
  void texts(std::function<void()> apply);

  const core::ParamSchema& m_schema;
  std::map<std::string, std::function<void(double)>> m_setters;  ///< silent display updates
  bool m_dragStarted = false;                                    ///< the slider held down has emitted a value
  std::vector<std::function<void()>> m_texts;
};

}  // namespace kx::widgets
