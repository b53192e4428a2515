#pragma once
// Shared by the VAE lab's GUI tests: a small fast model on the embedded
// digits, waiting for epochs, and small IDX files.
#include <QFile>
#include <QTest>
#include <cstdint>
#include <vector>

#include "core/vae/digit_strokes.h"
#include "widgets/labs/vae/vae_lab.h"

namespace kx::widgets::vaetest {

/// 64 hidden units, 2D latent, 500 held out: ~95 Adam steps per epoch on the
/// 10,000 embedded digits, a second or so per epoch here.
inline void makeQuick(VaeLab& lab, int epochs, int latent = 2) {
  ASSERT_TRUE(lab.setValues({{"width", 64}, {"latent", latent}, {"epochs", epochs}, {"heldout", 500}}, "quick"));
}

/// Waits until a frame of `epochs` epochs is shown and the job is done.
inline bool trainedTo(VaeLab& lab, int epochs, int timeoutMs = 180000) {
  return QTest::qWaitFor(
      [&] {
        auto f = lab.frame();
        return f && f->train->epoch >= epochs && !lab.runner().busy();
      },
      timeoutMs);
}

inline bool hasFrame(VaeLab& lab, int timeoutMs = 60000) {
  return QTest::qWaitFor([&] { return lab.frame() != nullptr && lab.hasFrame(); }, timeoutMs);
}

/// An IDX file of unsigned bytes with the given dimensions and data.
inline void writeIdx(const QString& path, const std::vector<std::uint32_t>& dims, const std::vector<std::uint8_t>& data,
                     std::size_t keep = SIZE_MAX) {
  QByteArray bytes;
  bytes.append('\0').append('\0').append(char(0x08)).append(char(dims.size()));
  for (std::uint32_t d : dims)
    for (int s = 24; s >= 0; s -= 8) bytes.append(char((d >> s) & 0xff));
  bytes.append(reinterpret_cast<const char*>(data.data()), qsizetype(data.size()));
  QFile file(path);
  file.open(QIODevice::WriteOnly);
  file.write(bytes.left(qsizetype(std::min<std::size_t>(keep, std::size_t(bytes.size())))));
}

/// The first `n` embedded digits as an images and a labels IDX file.
inline void writeDigitFiles(const QString& images, const QString& labels, int n, std::size_t keepImages = SIZE_MAX) {
  const core::vae::ImageSet set = core::vae::generateDigits(n, 7);
  writeIdx(images, {std::uint32_t(n), 28, 28}, set.pixels, keepImages);
  writeIdx(labels, {std::uint32_t(n)}, set.labels);
}

}  // namespace kx::widgets::vaetest
