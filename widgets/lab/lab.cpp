#include "widgets/lab/lab.h"

#include <QElapsedTimer>

#include "widgets/lab/param_change_command.h"
#include "widgets/panel/schema_text.h"

namespace kx::widgets {

Lab::Lab(LabDescription description, QObject* parent)
    : QObject(parent), m_description(std::move(description)), m_values(m_description.schema.defaults()) {
  connect(&m_runner, &JobRunner::frameReady, this, &Lab::onFrame);
  connect(&m_runner, &JobRunner::finished, this, [this](const QString& failure) {
    if (!failure.isEmpty()) emit message(failure);
    setRunning(false);
  });
}

Lab::~Lab() { stopJob(); }

core::Status Lab::setValue(const std::string& key, double value, bool continuesDrag) {
  if (auto status = m_description.schema.validate(key, value); !status) return status;
  if (m_values.at(key) == value) return core::Ok{};
  core::ParamValues after = m_values;
  after[key] = value;
  // In the current language, as the panel shows the label and a choice's
  // name: the English sources are kept (a drag makes one per step, and a new
  // model replaces the schema) and translated whenever the text is made.
  const auto text = [label = m_description.schema.find(key)->label,
                     shown = schemaValueSource(m_description.schema, key, value)] {
    return tr("Set %1 to %2").arg(schemaText(label), schemaText(shown));
  };
  m_undo.push(new ParamChangeCommand(this, {m_model, m_values}, {m_model, std::move(after)}, text, key, continuesDrag));
  return core::Ok{};
}

core::Status Lab::setValues(const core::ParamValues& values, const UndoText& undoText) {
  return setModel(m_model, values, undoText);
}

core::Result<core::ParamSchema> Lab::schemaFor(const QJsonObject& model) const {
  if (!model.isEmpty()) return core::fail("this lab has no models to choose from");
  return m_description.schema;
}

core::Status Lab::setModel(const QJsonObject& model, const core::ParamValues& values, const UndoText& undoText) {
  auto schema = model == m_model ? core::Result<core::ParamSchema>(m_description.schema) : schemaFor(model);
  if (!schema) return core::fail(schema.error());
  core::ParamValues after = schema->defaults();
  for (const auto& [key, value] : values) {
    if (auto status = schema->validate(key, value); !status) return status;
    after[key] = value;
  }
  if (model != m_model || after != m_values)
    m_undo.push(new ParamChangeCommand(this, {m_model, m_values}, {model, std::move(after)}, undoText));
  return core::Ok{};
}

void Lab::retranslate() {
  for (int i = 0; i < m_undo.count(); ++i)
    // QUndoStack hands its commands out const; their texts are not state it tracks.
    if (auto* command = dynamic_cast<ParamChangeCommand*>(const_cast<QUndoCommand*>(m_undo.command(i))))
      command->retranslate();
  retranslateFigures();
}

core::Status Lab::restoreState(const QJsonObject& state) {
  if (!state.isEmpty()) return core::fail("this lab keeps no state beyond its parameters");
  return core::Ok{};
}

core::Result<Animation> Lab::animation() const {
  return core::fail(tr("this figure has no animation").toStdString());
}

void Lab::applyValues(const QJsonObject& model, const core::ParamValues& values) {
  if (model != m_model) {
    // The command's model was accepted when it was pushed, so its schema exists.
    m_model = model;
    m_description.schema = schemaFor(model).value();
    modelChanged();
    emit schemaChanged();
  }
  m_values = values;
  emit valuesChanged();
  recompute();
}

void Lab::recompute() {
  m_hasFrame = false;
  m_jobValues = m_values;
  m_runner.start(makeJob(), animated() && !m_running);
}

void Lab::run() {
  if (!animated()) return recompute();
  setRunning(true);
  if (m_runner.busy())
    m_runner.resume();
  else
    recompute();
}

void Lab::pause() {
  if (!m_running) return;
  m_runner.pause();
  setRunning(false);
}

void Lab::cancel() {
  m_runner.cancel();
  // A cancelled job reports no end (JobRunner::finished), so the running
  // state is cleared here.
  setRunning(false);
}

void Lab::setRunning(bool running) {
  if (m_running == running) return;
  m_running = running;
  emit runningChanged(running);
}

void Lab::step() {
  pause();
  if (m_runner.busy()) m_runner.step();
}

void Lab::reset() {
  pause();
  resetState();
  if (m_values != m_description.schema.defaults())
    m_undo.push(new ParamChangeCommand(this, {m_model, m_values}, {m_model, m_description.schema.defaults()},
                                       [] { return tr("Reset parameters"); }));
  else
    recompute();
}

QString Lab::computeSynchronously(FramesShown shown) {
  stopJob();
  m_jobValues = m_values;
  auto job = makeJob();
  FramePtr last;
  const auto showNew = [&] {
    if (auto frame = job->frame(); frame && frame != last) onFrame(last = frame);
  };
  const std::string failure =
      core::runToCompletion(*job, {}, shown == FramesShown::Every ? std::function<void()>(showNew) : nullptr);
  showNew();
  return QString::fromStdString(failure);
}

void Lab::setFailure(const QString& text) {
  if (text == m_failure) return;
  m_failure = text;
  if (!text.isEmpty()) emit failed(text);
}

void Lab::onFrame(const FramePtr& frame) {
  QElapsedTimer clock;
  clock.start();
  showFrame(frame);
  m_hasFrame = true;
  emit frameShown(double(clock.nsecsElapsed()) / 1e6);
}

}  // namespace kx::widgets
