// kexue-lab: the desktop app, or with --export a headless figure writer.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSurfaceFormat>
#include <iostream>

#include "app/cli_options.h"
#include "app/lab_setup.h"
#include "app/window_screenshot.h"
#include "core/util/stopwatch.h"
#include "core/util/threads.h"
#include "widgets/export/lab_export.h"
#include "widgets/figures/figure_gallery.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"
#include "widgets/shell/shell_settings.h"
#include "widgets/video/animation_export.h"
#include "widgets/video/video_encoder.h"

namespace {

std::string usage() {
  return "Usage: kexue-lab [--lab ID] [--session FILE | --model FILE | --figure ID] [--set key=value]...\n"
         "                 [--export FILE | --screenshot FILE] [--size WxH] [--scale S] [--frames N] [--fps F]\n"
         "  --lab ID         one of: " +
         kx::widgets::knownLabIds().toStdString() +
         "\n"
         "  --session FILE   open a saved session (JSON)\n"
         "  --model FILE     the phase-plane model of a JSON file (its equations and parameters)\n"
         "  --figure ID      an essay's figure, reproduced (--figures lists them)\n"
         "  --set key=value  set a parameter (names as in the parameter panel's tooltips)\n"
         "  --export FILE    compute, write FILE (.png .svg .pdf .csv) and exit without a window;\n"
         "                   .mp4 .webm .gif: the lab's animation as a video (default size 1280x720)\n"
         "  --screenshot FILE  show the window, compute, save it as PNG and exit (an animated lab plays\n"
         "                   3 s first; with --figure, to the figure's end)\n"
         "  --size WxH       figure or window size in pixels (default 1600x1000, window 1400x900)\n"
         "  --scale S        PNG device-pixel scale, e.g. 2 for high-DPI (default 1)\n"
         "  --frames N       frames of a video (default: the lab's own frames)\n"
         "  --fps F          frames per second of a video (default 30)\n"
         "  --figures, --version, --help\n";
}

int fail(const std::string& message) {
  std::cerr << "kexue-lab: " << message << '\n';
  return 2;
}

int writeVideo(const kx::widgets::Lab& lab, const kx::app::CliOptions& options) {
  const auto animation = lab.animation();
  if (!animation) return fail(animation.error());
  kx::widgets::VideoSettings settings;
  if (options.size.isValid()) settings.size = options.size;
  if (options.framesPerSecond) settings.framesPerSecond = options.framesPerSecond;
  settings.frames = options.frames ? options.frames : animation->frames;
  kx::core::Stopwatch clock;
  int reported = 0;
  const auto status = kx::widgets::exportVideo(*animation, options.exportPath, settings, [&](int done, int total) {
    if (done >= reported + total / 10 || done == total) {  // a line per tenth
      std::cerr << "kexue-lab: encoded " << done << " of " << total << " frames" << std::endl;
      reported = done;
    }
    return true;
  });
  if (!status) return fail(status.error());
  std::cerr << "kexue-lab: " << settings.frames << " frames written in " << clock.seconds() << " s" << std::endl;
  return 0;
}

int runHeadless(const kx::app::CliOptions& options) {
  // No window to keep smooth: compute at the normal priority unless
  // KX_COMPUTE_NICE says otherwise. The GUI's nice 19 (docs/architecture.md,
  // "Threads") made a headless GAN export take 87 s while other work shared the cores.
  kx::core::setDefaultComputeNice(0);
  auto lab = kx::app::setUpLab(options);
  if (!lab) return fail(lab.error());
  std::cerr << "kexue-lab: computing " << (*lab)->description().title.toStdString() << " (compute threads at nice "
            << kx::core::computeNice() << ")..." << std::endl;
  kx::core::Stopwatch clock;
  const bool video = kx::widgets::videoFormatFor(options.exportPath).ok();
  // A video needs every frame of an animation the lab records as it shows them (GAN training).
  const auto shown = video ? kx::widgets::Lab::FramesShown::Every : kx::widgets::Lab::FramesShown::Last;
  if (const QString failure = (*lab)->computeSynchronously(shown); !failure.isEmpty())
    return fail("the computation failed: " + failure.toStdString());
  std::cerr << "kexue-lab: computed in " << clock.seconds() << " s, writing " << options.exportPath.toStdString()
            << std::endl;
  if (video) return writeVideo(**lab, options);
  const QSize size = options.size.isValid() ? options.size : QSize(1600, 1000);
  if (auto status = kx::widgets::exportFigure(**lab, options.exportPath, size, options.scale); !status)
    return fail(status.error());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat format;
  format.setVersion(3, 3);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setSamples(4);
  QSurfaceFormat::setDefaultFormat(format);
  QApplication::setApplicationName("Kexue Lab");
  QApplication::setOrganizationName("Kexue Lab");
  QApplication::setApplicationVersion(KX_VERSION);
  // Read our arguments before QApplication, which would swallow --session
  // (X11 session management) and other options it knows.
  QStringList args;
  for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
  // --help and --version need no display (packaging checks run them bare).
  if (args.contains("--help") || args.contains("-h")) {
    std::cout << usage();
    return 0;
  }
  if (args.contains("--version")) {
    std::cout << "kexue-lab " << KX_VERSION << '\n';
    return 0;
  }
  if (args.contains("--figures")) {
    for (const auto& figure : kx::widgets::figureGallery())
      std::cout << figure.id.toStdString() << "\n    " << figure.captionEn.toStdString() << "\n    "
                << figure.essay.toStdString() << '\n';
    return 0;
  }
  int qtArgc = 1;
  QApplication app(qtArgc, argv);
  auto options = kx::app::parseCliOptions(args);
  if (!options) return fail(options.error() + "\n" + usage());
  if (!options->exportPath.isEmpty()) return runHeadless(*options);

  // Interactive: the user's language and where they left off. Screenshots stay
  // in English at the default layout so that docs/ is reproducible.
  kx::app::CliOptions cli = *options;
  const bool interactive = cli.screenshotPath.isEmpty();
  // KX_LANGUAGE=zh_CN overrides the saved language, also for screenshots.
  const QString forcedLanguage = qEnvironmentVariable("KX_LANGUAGE");
  if (!forcedLanguage.isEmpty() && !kx::widgets::installTranslation(forcedLanguage))
    return fail("KX_LANGUAGE: no translation '" + forcedLanguage.toStdString() + "'");
  if (interactive) {
    if (forcedLanguage.isEmpty())
      kx::widgets::installTranslation(kx::widgets::preferredLanguage());  // before the lab titles are read
    if (cli.lab.isEmpty() && cli.session.isEmpty()) cli.lab = kx::widgets::ShellSettings().startupLab();
  }
  QGuiApplication::setDesktopFileName("fm.kexue.lab");
  QApplication::setWindowIcon(QIcon::fromTheme("kexue-lab", QIcon(":/icons/kexue-lab.svg")));
  auto lab = kx::app::setUpLab(cli);
  if (!lab) return fail(lab.error());
  kx::widgets::MainWindow window;
  window.adoptLab(std::move(lab).value());
  if (!interactive)
    return kx::app::saveWindowScreenshot(window, cli.screenshotPath, cli.size.isValid() ? cli.size : QSize(1400, 900),
                                         cli.figure.isEmpty() ? kx::app::Play::FewSeconds : kx::app::Play::ToTheEnd);
  window.restoreLayout();
  window.show();
  return app.exec();
}
