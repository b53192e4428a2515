#include "widgets/canvas/colormap.h"

#include <algorithm>
#include <cmath>

namespace kx::widgets {
namespace {

struct Rgb {
  double r, g, b;
};

QRgb toQRgb(Rgb c) {
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
  return qRgb(byte(c.r), byte(c.g), byte(c.b));
}

// Degree-6 polynomial fits of matplotlib's perceptual maps, evaluated with
// Horner's rule. Viridis and magma: Matt Zucconi's published fits
// (shadertoy.com/view/WlfXRN, max error about 5/255). Cividis: a least-squares
// fit of the same form to Nuñez, Anderton & Renslow (2018), made for this
// project (max error about 10/255 in the darkest tenth, where red is clipped).
using Poly = std::array<Rgb, 7>;

constexpr Poly kViridis = {{{0.2777273272234177, 0.005407344544966578, 0.3340998053353061},
                            {0.1050930431085774, 1.404613529898575, 1.384590162594685},
                            {-0.3308618287255563, 0.214847559468213, 0.09509516302823659},
                            {-4.634230498983486, -5.799100973351585, -19.33244095627987},
                            {6.228269936347081, 14.17993336680509, 56.69055260068105},
                            {4.776384997670288, -13.74514537774601, -65.35303263337234},
                            {-5.435455855934631, 4.645852612178535, 26.3124352495832}}};

constexpr Poly kMagma = {{{-0.002136485053939582, -0.000749655052795221, -0.005386127855323933},
                          {0.2516605407371642, 0.6775232436837668, 2.494026599312351},
                          {8.353717279216625, -3.577719514958484, 0.3144679030132573},
                          {-27.66873308576866, 14.26473078096533, -13.64921318813922},
                          {52.17613981234068, -27.94360607168351, 12.94416944238394},
                          {-50.76852536473588, 29.04658282127291, 4.23415299384598},
                          {18.65570506591883, -11.48977351997711, -5.601961508734096}}};

constexpr Poly kCividis = {{{-0.008973442522, 0.1367558936, 0.2941701871},
                            {-0.3846890463, 0.6394937024, 2.982653926},
                            {15.42921035, 0.3855616507, -22.36376037},
                            {-58.97703146, -1.404197119, 74.8635611},
                            {102.3704915, 2.600914296, -121.3031642},
                            {-83.18723896, -2.140750389, 93.9742164},
                            {25.77607014, 0.688122315, -28.26253302}}};

Rgb evalPoly(const Poly& c, double t) {
  Rgb v = c[6];
  for (int k = 5; k >= 0; --k) v = {v.r * t + c[k].r, v.g * t + c[k].g, v.b * t + c[k].b};
  return v;
}

// Moreland's diverging map (K. Moreland, "Diverging Color Maps for Scientific
// Visualization", 2009): interpolate in the polar Msh form of CIELAB between
// blue (59, 76, 192) and red (180, 4, 38) through white at M = 88.
struct Lab {
  double l, a, b;
};
struct Msh {
  double m, s, h;
};

double linearise(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double delinearise(double c) { return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055; }

// D65 white point, sRGB primaries.
constexpr double kXn = 0.95047, kYn = 1.0, kZn = 1.08883;

Lab toLab(Rgb c) {
  const double r = linearise(c.r), g = linearise(c.g), b = linearise(c.b);
  const double x = 0.4124 * r + 0.3576 * g + 0.1805 * b;
  const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const double z = 0.0193 * r + 0.1192 * g + 0.9505 * b;
  auto f = [](double v) { return v > 0.008856 ? std::cbrt(v) : 7.787 * v + 16.0 / 116.0; };
  const double fx = f(x / kXn), fy = f(y / kYn), fz = f(z / kZn);
  return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

Rgb fromLab(Lab c) {
  const double fy = (c.l + 16) / 116, fx = fy + c.a / 500, fz = fy - c.b / 200;
  auto finv = [](double v) { return v > 0.206893 ? v * v * v : (v - 16.0 / 116.0) / 7.787; };
  const double x = kXn * finv(fx), y = kYn * finv(fy), z = kZn * finv(fz);
  const double r = 3.2406 * x - 1.5372 * y - 0.4986 * z;
  const double g = -0.9689 * x + 1.8758 * y + 0.0415 * z;
  const double b = 0.0557 * x - 0.2040 * y + 1.0570 * z;
  return {delinearise(r), delinearise(g), delinearise(b)};
}

Msh toMsh(Lab c) {
  const double m = std::sqrt(c.l * c.l + c.a * c.a + c.b * c.b);
  return {m, std::acos(c.l / m), std::atan2(c.b, c.a)};
}

Lab fromMsh(Msh c) {
  return {c.m * std::cos(c.s), c.m * std::sin(c.s) * std::cos(c.h), c.m * std::sin(c.s) * std::sin(c.h)};
}

// Hue of the unsaturated end, spun so the path through white stays smooth.
double adjustHue(const Msh& saturated, double unsaturatedM) {
  if (saturated.m >= unsaturatedM) return saturated.h;
  const double spin = saturated.s * std::sqrt(unsaturatedM * unsaturatedM - saturated.m * saturated.m) /
                      (saturated.m * std::sin(saturated.s));
  return saturated.h > -M_PI / 3 ? saturated.h + spin : saturated.h - spin;
}

Rgb coolwarm(double t) {
  Msh a = toMsh(toLab({59 / 255.0, 76 / 255.0, 192 / 255.0}));
  Msh b = toMsh(toLab({180 / 255.0, 4 / 255.0, 38 / 255.0}));
  if (t < 0.5) {
    b = {88, 0, adjustHue(a, 88)};
    t *= 2;
  } else {
    a = {88, 0, adjustHue(b, 88)};
    t = 2 * t - 1;
  }
  return fromLab(fromMsh({(1 - t) * a.m + t * b.m, (1 - t) * a.s + t * b.s, (1 - t) * a.h + t * b.h}));
}

ColormapTable buildTable(Colormap map) {
  ColormapTable table{};
  for (int i = 0; i < 256; ++i) {
    const double t = i / 255.0;
    switch (map) {
      case Colormap::Viridis:
        table[i] = toQRgb(evalPoly(kViridis, t));
        break;
      case Colormap::Magma:
        table[i] = toQRgb(evalPoly(kMagma, t));
        break;
      case Colormap::Cividis:
        table[i] = toQRgb(evalPoly(kCividis, t));
        break;
      case Colormap::Coolwarm:
        table[i] = toQRgb(coolwarm(t));
        break;
      case Colormap::Gray:
        table[i] = toQRgb({t, t, t});
        break;
    }
  }
  return table;
}

}  // namespace

const ColormapTable& colormapTable(Colormap map) {
  static const std::array<ColormapTable, 5> tables = {buildTable(Colormap::Viridis), buildTable(Colormap::Magma),
                                                      buildTable(Colormap::Cividis), buildTable(Colormap::Coolwarm),
                                                      buildTable(Colormap::Gray)};
  return tables[static_cast<int>(map)];
}

QColor colormapColor(Colormap map, double t) {
  const double c = std::isnan(t) ? 0.0 : std::clamp(t, 0.0, 1.0);
  return QColor(colormapTable(map)[static_cast<int>(std::lround(c * 255.0))]);
}

QString colormapName(Colormap map) {
  switch (map) {
    case Colormap::Viridis:
      return "viridis";
    case Colormap::Magma:
      return "magma";
    case Colormap::Cividis:
      return "cividis";
    case Colormap::Coolwarm:
      return "coolwarm";
    case Colormap::Gray:
      return "gray";
  }
  return {};
}

}  // namespace kx::widgets
