#pragma once
// A lab: one topic of the essays (docs/architecture.md, "A lab"). The base class
// holds what every lab shares — its description and parameter values, undo,
// the worker that runs its core job, and synchronous computation for the
// headless CLI — so a concrete lab supplies only its job, its drawing and
// its figure.
#include <QJsonObject>
#include <QObject>
#include <QPainter>
#include <QString>
#include <QUndoStack>
#include <memory>

#include "core/job/job.h"
#include "core/job/job_control.h"
#include "core/params/param_schema.h"
#include "widgets/lab/undo_text.h"
#include "widgets/video/animation.h"
#include "widgets/worker/job_runner.h"

namespace kx::widgets {

struct LabDescription {
  QString id;     ///< stable id for the CLI, session files and the bench
  QString title;  ///< shown in the lab list
  QString about;  ///< rich text: what the figure shows, formulas, source essay
  core::ParamSchema schema;
};

class Lab : public QObject {
  Q_OBJECT
 public:
  explicit Lab(LabDescription description, QObject* parent = nullptr);
  ~Lab() override;

  const LabDescription& description() const { return m_description; }
  const core::ParamValues& values() const { return m_values; }
  double value(const std::string& key) const { return m_values.at(key); }

  /// Validates and applies one value as an undoable step, then recomputes;
  /// `continuesDrag` merges it into the step before, a change of the same key.
  core::Status setValue(const std::string& key, double value, bool continuesDrag = false);
  /// Validates every value first; applies all (one undo step) or none.
  core::Status setValues(const core::ParamValues& values, const UndoText& undoText);

  /// A lab whose parameters depend on a model the user chooses or types (the
  /// phase plane's, docs/architecture.md "Parameters, undo, sessions"): the
  /// model as JSON; empty for a lab with a fixed schema.
  const QJsonObject& model() const { return m_model; }
  /// The schema of `model`, or why the model is invalid. A lab with a fixed
  /// schema accepts only the empty model.
  virtual core::Result<core::ParamSchema> schemaFor(const QJsonObject& model) const;
  /// Switches to `model` and `values` of its schema (missing ones take its
  /// defaults) as one undo step; on error nothing changes.
  core::Status setModel(const QJsonObject& model, const core::ParamValues& values, const UndoText& undoText);
  QUndoStack* undoStack() { return &m_undo; }

  /// Lab state beyond the parameters (view window, clicked points, weights...).
  virtual QJsonObject saveState() const { return {}; }
  /// Checks and applies such state; on error nothing changes.
  virtual core::Status restoreState(const QJsonObject& state);
  /// The keys saveState() writes and restoreState() reads: a session with
  /// any other key is an error naming it (applySession), not silently ignored.
  virtual QStringList stateKeys() const { return {}; }

  /// The lab's interactive view; the caller owns it (parented to `parent`).
  virtual QWidget* createView(QWidget* parent) = 0;

  /// Draws the whole figure (plots, charts, legends) into any painter: screen
  /// image, PNG at any size, SVG or PDF.
  virtual void paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const = 0;
  /// The data behind the figure as CSV text.
  virtual QString csvData() const = 0;
  /// What the lab has animated so far (training steps, sampler steps, walk
  /// steps, a morph, growing trajectories) as a snapshot for video and
  /// frame-sequence export, or why there is nothing to animate yet.
  virtual core::Result<Animation> animation() const;

  /// Open-ended labs (training, walking) offer run / pause / step; finite ones
  /// just recompute when inputs change.
  virtual bool animated() const { return false; }
  /// What happens when another lab is shown (docs/architecture.md, "Hidden
  /// labs"): animations pause; a training that is worth leaving to run
  /// (true here) goes on, its progress in the lab list, until the user stops it.
  virtual bool keepsRunningWhenHidden() const { return false; }

  /// Restarts the job from the current inputs (paused for animated labs that
  /// are not running).
  void recompute();
  void run();
  void pause();
  void step();
  /// Back to the parameters' defaults and the lab's initial state.
  void reset();
  /// Stops the job (Esc, Cancel) and leaves the lab paused: the next change
  /// of inputs recomputes without starting to run again.
  void cancel();

  JobRunner& runner() { return m_runner; }
  const JobRunner& runner() const { return m_runner; }
  bool running() const { return m_running; }
  /// True once a frame has been drawn for the current inputs.
  bool hasFrame() const { return m_hasFrame; }
  /// The values the current job was built from: equal to values() whenever a
  /// frame is shown (the soak test checks this for every lab).
  const core::ParamValues& jobValues() const { return m_jobValues; }

  /// Runs the job to its end on the calling thread (headless export) and
  /// shows its last frame, or every frame it publishes, as a view would (a
  /// lab that records what it shows then has its whole animation). Returns
  /// an empty string or the failure.
  enum class FramesShown { Last, Every };
  QString computeSynchronously(FramesShown shown = FramesShown::Last);

  /// Why the current inputs make no figure or why training stopped (e.g. it
  /// diverged); empty while all is well.
  QString failure() const { return m_failure; }

  /// Makes everything the lab owns again in the current language, without
  /// recomputing: its undo steps' texts, then retranslateFigures(). The shell
  /// calls it for every lab when the language changes; views retranslate
  /// themselves (widgets/lab/live_texts.h).
  void retranslate();

 signals:
  void valuesChanged();
  /// A new model brought a new schema (emitted before valuesChanged): the
  /// parameter panel is rebuilt from description().schema.
  void schemaChanged();
  /// A job's frame arrived and was turned into scenes and charts, which
  /// took `buildMs` on the GUI thread (the shell times frames with it).
  void frameShown(double buildMs);
  /// What the lab shows changed — a job's frame, a scrubbed step, new samples
  /// of a side computation: views redraw from the lab's accessors.
  void displayed();
  /// failure() became non-empty.
  void failed(const QString& text);
  void runningChanged(bool running);
  void message(const QString& text);

 protected:
  /// Re-sets the chart texts and the last frame's scene in the current
  /// language and emits displayed(): never a stale figure.
  virtual void retranslateFigures() { emit displayed(); }
  /// A job built from an immutable copy of the current inputs; the lab may
  /// note what it needs to follow the job (e.g. the job itself, a failure).
  virtual std::unique_ptr<core::Job> makeJob() = 0;
  /// Turns the latest frame into scenes and chart data (GUI thread); LabOf
  /// implements it for a lab whose frames have one type.
  virtual void showFrame(const FramePtr& frame) = 0;
  /// Sets failure(); a new non-empty text also emits failed().
  void setFailure(const QString& text);
  /// Resets lab-specific state (reset() has restored the parameters).
  virtual void resetState() {}
  /// A new model is in force (its schema in description()); the lab rereads
  /// it and resets what depended on the old one (e.g. the view window).
  virtual void modelChanged() {}
  /// Stops and joins the job without signals: for destructors, before the
  /// members a job reads are destroyed.
  void stopJob() { m_runner.cancel(); }
  /// The side channel into the lab's jobs (pace, frame spacing, one-shot
  /// requests); hand it to each job makeJob() builds.
  const std::shared_ptr<core::JobControl>& control() const { return m_control; }

 private:
  friend class ParamChangeCommand;
  void applyValues(const QJsonObject& model, const core::ParamValues& values);
  void setRunning(bool running);
  void onFrame(const FramePtr& frame);

  LabDescription m_description;
  QJsonObject m_model;
  core::ParamValues m_values;
  core::ParamValues m_jobValues;
  QUndoStack m_undo;
  JobRunner m_runner;
  std::shared_ptr<core::JobControl> m_control = std::make_shared<core::JobControl>();
  bool m_running = false;
  bool m_hasFrame = false;
  QString m_failure;
};

/// A lab whose jobs publish frames of type F: the one place a frame is cast
/// to its type (a frame of another type is a programming error and ignored).
template <class F>
class LabOf : public Lab {
 public:
  using Lab::Lab;

 protected:
  /// The latest frame of the lab's job (GUI thread).
  virtual void show(std::shared_ptr<const F> frame) = 0;

 private:
  void showFrame(const FramePtr& frame) final {
    if (auto typed = std::dynamic_pointer_cast<const F>(frame)) show(std::move(typed));
  }
};

}  // namespace kx::widgets
