#pragma once
// An undoable change of a lab's parameter values. Consecutive changes of the
// same single parameter (a slider drag) merge into one step.
#include <QUndoCommand>

#include "core/params/param_schema.h"

namespace kx::widgets {

class Lab;

class ParamChangeCommand : public QUndoCommand {
 public:
  ParamChangeCommand(Lab* lab, core::ParamValues before, core::ParamValues after, const QString& text,
                     const std::string& singleKey = {});
  void undo() override;
  void redo() override;
  int id() const override { return m_singleKey.empty() ? -1 : 1; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  Lab* m_lab;
  core::ParamValues m_before, m_after;
  std::string m_singleKey;
};

}  // namespace kx::widgets
