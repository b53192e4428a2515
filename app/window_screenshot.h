#pragma once
// kexue-lab --screenshot: the whole window as the user sees it, saved once
// the lab has finished computing (docs/ screenshots stay current this way).
#include <QSize>
#include <QString>

namespace kx::widgets {
class MainWindow;
}

namespace kx::app {

/// How long an animated lab plays before the shot: a few seconds, or to its
/// end (an essay's figure is its end state).
enum class Play { FewSeconds, ToTheEnd };

/// Shows `window` at `size`, waits until its lab has a frame and is idle (an
/// animated lab is started and played as `play` says; at most `timeoutMs`),
/// saves the grabbed window to `path` as PNG and returns the process exit code
/// (0, or 2 with a message on stderr).
int saveWindowScreenshot(widgets::MainWindow& window, const QString& path, QSize size, Play play = Play::FewSeconds,
                         int timeoutMs = 300000);

}  // namespace kx::app
