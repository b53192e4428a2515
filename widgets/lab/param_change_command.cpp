#include "widgets/lab/param_change_command.h"

#include "widgets/lab/lab.h"

namespace kx::widgets {

ParamChangeCommand::ParamChangeCommand(Lab* lab, LabParameters before, LabParameters after, UndoText text,
                                       const std::string& singleKey, bool continuesDrag)
    : QUndoCommand(text()),
      m_lab(lab),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_text(std::move(text)),
      m_singleKey(singleKey),
      m_continuesDrag(continuesDrag) {}

void ParamChangeCommand::undo() { m_lab->applyValues(m_before.model, m_before.values); }
void ParamChangeCommand::redo() { m_lab->applyValues(m_after.model, m_after.values); }

bool ParamChangeCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = dynamic_cast<const ParamChangeCommand*>(other);
  if (!next || !next->m_continuesDrag || next->m_lab != m_lab || next->m_singleKey != m_singleKey) return false;
  m_after = next->m_after;
  m_text = next->m_text;
  setText(next->text());
  return true;
}

}  // namespace kx::widgets
