#pragma once
// An undoable change of a lab's parameter values, and of its model where the
// lab has one (Lab::model()). Consecutive changes of the same single parameter
// (a slider drag) merge into one step.
#include <QJsonObject>
#include <QUndoCommand>

#include "core/params/param_schema.h"

namespace kx::widgets {

class Lab;

/// A model and values of its schema.
struct LabParameters {
  QJsonObject model;
  core::ParamValues values;
};

class ParamChangeCommand : public QUndoCommand {
 public:
  ParamChangeCommand(Lab* lab, LabParameters before, LabParameters after, const QString& text,
                     const std::string& singleKey = {});
  void undo() override;
  void redo() override;
  int id() const override { return m_singleKey.empty() ? -1 : 1; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  Lab* m_lab;
  LabParameters m_before, m_after;
  std::string m_singleKey;
};

}  // namespace kx::widgets
