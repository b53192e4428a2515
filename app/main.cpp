// kexue-lab: the desktop app, or with --export a headless figure writer.
#include <QApplication>
#include <QCommandLineParser>
#include <QSurfaceFormat>
#include <iostream>

#include "app/cli_options.h"
#include "app/lab_setup.h"
#include "widgets/export/lab_export.h"
#include "widgets/shell/main_window.h"

namespace {

const char* kUsage =
    "Usage: kexue-lab [--lab ID] [--session FILE] [--set key=value]... [--export FILE [--size WxH] [--scale S]]\n"
    "  --lab ID         competition (labs: see the Labs list)\n"
    "  --session FILE   open a saved session (JSON)\n"
    "  --set key=value  set a parameter (names as in the parameter panel's tooltips)\n"
    "  --export FILE    compute, write FILE (.png .svg .pdf .csv) and exit without a window\n"
    "  --size WxH       figure size in pixels (default 1600x1000)\n"
    "  --scale S        PNG device-pixel scale, e.g. 2 for high-DPI (default 1)\n"
    "  --version, --help\n";

int fail(const std::string& message) {
  std::cerr << "kexue-lab: " << message << '\n';
  return 2;
}

int runHeadless(const kx::app::CliOptions& options) {
  auto lab = kx::app::setUpLab(options);
  if (!lab) return fail(lab.error());
  if (const QString failure = (*lab)->computeSynchronously(); !failure.isEmpty())
    return fail("the computation failed: " + failure.toStdString());
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
  int qtArgc = 1;
  QApplication app(qtArgc, argv);

  if (args.contains("--help") || args.contains("-h")) {
    std::cout << kUsage;
    return 0;
  }
  if (args.contains("--version")) {
    std::cout << "kexue-lab " << KX_VERSION << '\n';
    return 0;
  }
  auto options = kx::app::parseCliOptions(args);
  if (!options) return fail(options.error() + "\n" + kUsage);
  if (!options->exportPath.isEmpty()) return runHeadless(*options);

  auto lab = kx::app::setUpLab(*options);
  if (!lab) return fail(lab.error());
  kx::widgets::MainWindow window;
  window.adoptLab(std::move(lab).value());
  window.show();
  return app.exec();
}
