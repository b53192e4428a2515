#pragma once
// Command-line options of kexue-lab:
//   kexue-lab [--lab ID] [--session FILE | --model FILE | --figure ID] [--set key=value]...
//             [--export FILE | --screenshot FILE] [--size WxH] [--scale S] [--frames N] [--fps F]
// With --export it computes, renders offscreen, writes the file and exits
// without showing a window (a .mp4, .webm or .gif file: the lab's animation,
// N frames at F per second); with --screenshot it shows the window, lets the
// lab finish its first computation, saves the window as PNG and exits.
#include <QSize>
#include <QString>
#include <QStringList>

#include "core/util/result.h"

namespace kx::app {

struct CliOptions {
  QString lab;  ///< empty: the session's lab or the first lab
  QString session;
  QString model;  ///< a model JSON file (widgets/labs/competition/model_json.h)
  QString figure;  ///< an essay figure's id (widgets/figures/figure_gallery.h)
  QStringList sets;
  QString exportPath;
  QString screenshotPath;
  QSize size;  ///< invalid: the lab's default figure size
  double scale = 1.0;
  int frames = 0;           ///< of a video; 0: the animation's own
  int framesPerSecond = 0;  ///< of a video; 0: 30
};

/// Parses the arguments after the program name; errors name the bad option.
core::Result<CliOptions> parseCliOptions(const QStringList& arguments);

}  // namespace kx::app
