#pragma once
// Reads exported videos back with FFmpeg's command-line tools, a decoder
// independent of the encoder under test: ffprobe for the stream's facts,
// ffmpeg for the decoded frames.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <cmath>
#include <vector>

namespace kx::testing {

struct VideoInfo {
  QString codec;  ///< "h264", "vp9", "gif"; empty when ffprobe failed
  int width = 0, height = 0;
  QString frameRate;  ///< as ffprobe gives it, e.g. "30/1"
  int frames = 0;     ///< counted by decoding every frame
  QString error;
};

inline VideoInfo probeVideo(const QString& path) {
  QProcess probe;
  probe.start("ffprobe", {"-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                          "stream=codec_name,width,height,r_frame_rate,nb_read_frames", "-of", "default=nw=1", path});
  VideoInfo info;
  if (!probe.waitForFinished(60000) || probe.exitCode() != 0) {
    info.error = "ffprobe failed: " + QString::fromUtf8(probe.readAllStandardError());
    return info;
  }
  for (const QString& line : QString::fromUtf8(probe.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts)) {
    const QString key = line.section('=', 0, 0), value = line.section('=', 1);
    if (key == "codec_name") info.codec = value;
    if (key == "width") info.width = value.toInt();
    if (key == "height") info.height = value.toInt();
    if (key == "r_frame_rate") info.frameRate = value;
    if (key == "nb_read_frames") info.frames = value.toInt();
  }
  return info;
}

/// Every frame of the video as RGB images (decoded by ffmpeg into `scratch`).
inline std::vector<QImage> decodeFrames(const QString& path, const QString& scratch) {
  QProcess decode;
  decode.start("ffmpeg", {"-v", "error", "-i", path, "-vsync", "passthrough", QDir(scratch).filePath("f%05d.png")});
  std::vector<QImage> frames;
  if (!decode.waitForFinished(120000) || decode.exitCode() != 0) return frames;
  for (const QString& name : QDir(scratch).entryList({"f*.png"}, QDir::Files, QDir::Name))
    frames.push_back(QImage(QDir(scratch).filePath(name)).convertToFormat(QImage::Format_RGB32));
  return frames;
}

/// Peak signal-to-noise ratio in dB over the three channels (infinity when
/// equal); 0 when the sizes differ.
inline double psnr(const QImage& a, const QImage& b) {
  if (a.size() != b.size() || a.isNull()) return 0;
  double sum = 0;
  for (int y = 0; y < a.height(); ++y) {
    const auto* p = reinterpret_cast<const QRgb*>(a.constScanLine(y));
    const auto* q = reinterpret_cast<const QRgb*>(b.constScanLine(y));
    for (int x = 0; x < a.width(); ++x) {
      const double dr = qRed(p[x]) - qRed(q[x]), dg = qGreen(p[x]) - qGreen(q[x]), db = qBlue(p[x]) - qBlue(q[x]);
      sum += dr * dr + dg * dg + db * db;
    }
  }
  const double mse = sum / (3.0 * a.width() * a.height());
  return mse == 0 ? INFINITY : 10 * std::log10(255.0 * 255.0 / mse);
}

}  // namespace kx::testing
