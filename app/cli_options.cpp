#include "app/cli_options.h"

#include <QRegularExpression>

#include "widgets/video/video_encoder.h"

namespace kx::app {

core::Result<CliOptions> parseCliOptions(const QStringList& arguments) {
  CliOptions options;
  for (int i = 0; i < arguments.size(); ++i) {
    const QString flag = arguments[i];
    auto next = [&]() -> core::Result<QString> {
      if (i + 1 >= arguments.size()) return core::fail((flag + " needs a value").toStdString());
      return arguments[++i];
    };
    auto value = next();
    if (!value) return core::fail(value.error());
    if (flag == "--lab") {
      options.lab = *value;
    } else if (flag == "--session") {
      options.session = *value;
    } else if (flag == "--figure") {
      options.figure = *value;
    } else if (flag == "--model") {
      options.model = *value;
    } else if (flag == "--set") {
      options.sets << *value;
    } else if (flag == "--export") {
      options.exportPath = *value;
    } else if (flag == "--screenshot") {
      options.screenshotPath = *value;
    } else if (flag == "--size") {
      const auto match = QRegularExpression("^(\\d{1,5})x(\\d{1,5})$").match(*value);
      if (!match.hasMatch())
        return core::fail(("--size must be WIDTHxHEIGHT, e.g. 1600x1000, not '" + *value + "'").toStdString());
      options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    } else if (flag == "--scale") {
      bool ok = false;
      options.scale = value->toDouble(&ok);
      if (!ok || !(options.scale >= 0.5 && options.scale <= 8))
        return core::fail(("--scale must be a number between 0.5 and 8, not '" + *value + "'").toStdString());
    } else if (flag == "--frames" || flag == "--fps") {
      bool ok = false;
      const int number = value->toInt(&ok);
      const int most = flag == "--fps" ? 120 : 100000;
      if (!ok || number < 1 || number > most)
        return core::fail((flag + " must be a whole number from 1 to " + QString::number(most) + ", not '" + *value +
                           "'").toStdString());
      (flag == "--fps" ? options.framesPerSecond : options.frames) = number;
    } else {
      return core::fail(("unknown option '" + flag + "' (see --help)").toStdString());
    }
  }
  if (int(!options.session.isEmpty()) + int(!options.model.isEmpty()) + int(!options.figure.isEmpty()) > 1)
    return core::fail("--session, --model and --figure cannot be combined (each sets the whole lab)");
  if (!options.exportPath.isEmpty() && !options.screenshotPath.isEmpty())
    return core::fail("--export and --screenshot cannot be combined");
  if ((options.frames || options.framesPerSecond) && !widgets::videoFormatFor(options.exportPath))
    return core::fail("--frames and --fps go with --export to a video (.mp4, .webm or .gif)");
  return options;
}

}  // namespace kx::app
