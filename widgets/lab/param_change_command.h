#pragma once
// An undoable change of a lab's parameter values, and of its model where the
// lab has one (Lab::model()). The steps of a slider drag merge into one.
#include <QJsonObject>
#include <QUndoCommand>

#include "core/params/param_schema.h"
#include "widgets/lab/undo_text.h"

namespace kx::widgets {

class Lab;

/// A model and values of its schema.
struct LabParameters {
  QJsonObject model;
  core::ParamValues values;
};

class ParamChangeCommand : public QUndoCommand {
 public:
  ParamChangeCommand(Lab* lab, LabParameters before, LabParameters after, UndoText text,
                     const std::string& singleKey = {}, bool continuesDrag = false);
  void undo() override;
  void redo() override;
  int id() const override { return m_singleKey.empty() ? -1 : 1; }
  bool mergeWith(const QUndoCommand* other) override;
  /// Makes the text again, in the current language.
  void retranslate() { setText(m_text()); }

 private:
  Lab* m_lab;
  LabParameters m_before, m_after;
  UndoText m_text;
  std::string m_singleKey;
  bool m_continuesDrag;  ///< merges into the step before, a change of the same key
};

}  // namespace kx::widgets
