#pragma once
// The GUI tests save what they have just checked in KX_SCREENSHOT_DIR, when
// it is set, for a person to look at; scripts/screenshots.sh copies from
// there the images docs/ shows.
#include <QImage>
#include <QString>
#include <QtGlobal>

namespace kx::testing {

/// Saves `image` as `name` in KX_SCREENSHOT_DIR, when it is set.
inline void saveScreenshot(const QImage& image, const QString& name) {
  if (const QByteArray dir = qgetenv("KX_SCREENSHOT_DIR"); !dir.isEmpty())
    image.save(QString::fromLocal8Bit(dir) + "/" + name);
}

}  // namespace kx::testing
