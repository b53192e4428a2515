#pragma once
// The embedded default data set: 28 x 28 greyscale digits 0-9 drawn
// procedurally, so the lab works offline on a fresh machine.
//
// What it is: each digit is a fixed pen-stroke skeleton (lines and elliptic
// arcs in a unit box, drawn once by hand for this file). Per image, the
// skeleton's control points, arc radii and arc angles are jittered, the whole
// drawing is bent by a smooth random warp (two low-frequency sine modes),
// slanted (shear), rotated, scaled and shifted, and the pen width varies.
// The strokes are rasterised with anti-aliasing: a pixel's ink is the
// coverage of a pen disc, approximated by a one-pixel linear ramp of the
// distance from the pixel centre to the nearest stroke segment. Like MNIST,
// the digit sits in a ~20 x 20 box in the middle of the 28 x 28 image, ink is
// bright on a black background, pixel 255 is full ink.
//
// It is not MNIST: the shapes are cleaner and less varied than handwriting,
// so a VAE fits it faster and to a lower loss. Image i depends only on
// (seed, i), so the first n images are the same whatever the count; labels
// cycle 0, 1, ..., 9, so every class is present once count >= 10.
#include <cstdint>
#include <memory>

#include "core/vae/image_set.h"

namespace kx::core::vae {

inline constexpr int kDigitSide = 28;
inline constexpr int kDefaultDigitCount = 10000;

/// Draws `digit` (0..9) with the random style of image `index` of `seed`
/// into 28 x 28 row-major pixels.
void drawDigit(int digit, std::uint64_t seed, std::uint64_t index, std::uint8_t* pixels);

/// `count` labelled digits (image i has label i % 10), named "embedded digits (seed s)".
ImageSet generateDigits(int count = kDefaultDigitCount, std::uint64_t seed = 1);

/// The lab's default data set, generateDigits() with the defaults, drawn once
/// per process on the first call (thread-safe; call it off the GUI thread).
std::shared_ptr<const ImageSet> embeddedDigits();

}  // namespace kx::core::vae
