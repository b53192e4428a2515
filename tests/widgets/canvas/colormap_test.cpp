#include "widgets/canvas/colormap.h"

#include <gtest/gtest.h>

namespace kx::widgets {
namespace {

void expectNear(QColor actual, QColor expected, int tolerance) {
  EXPECT_NEAR(actual.red(), expected.red(), tolerance) << actual.name().toStdString();
  EXPECT_NEAR(actual.green(), expected.green(), tolerance) << actual.name().toStdString();
  EXPECT_NEAR(actual.blue(), expected.blue(), tolerance) << actual.name().toStdString();
}

// Reference colours: the published tables of matplotlib 3.6 (viridis, magma,
// cividis) and Moreland (2009) for the diverging map. The polynomial fits are
// good to about 5/255 (cividis: 10/255); Moreland's map is computed exactly.
TEST(Colormap, EndpointsMatchThePublishedMaps) {
  expectNear(colormapColor(Colormap::Viridis, 0), QColor(68, 1, 84), 6);
  expectNear(colormapColor(Colormap::Viridis, 1), QColor(253, 231, 37), 6);
  expectNear(colormapColor(Colormap::Viridis, 0.5), QColor(33, 145, 140), 6);
  expectNear(colormapColor(Colormap::Magma, 0), QColor(0, 0, 4), 6);
  expectNear(colormapColor(Colormap::Magma, 1), QColor(252, 253, 191), 6);
  expectNear(colormapColor(Colormap::Cividis, 1), QColor(254, 232, 56), 10);
  expectNear(colormapColor(Colormap::Coolwarm, 0), QColor(59, 76, 192), 2);
  expectNear(colormapColor(Colormap::Coolwarm, 1), QColor(180, 4, 38), 2);
  expectNear(colormapColor(Colormap::Coolwarm, 0.5), QColor(221, 221, 221), 2);
  expectNear(colormapColor(Colormap::Gray, 0.5), QColor(128, 128, 128), 1);
}

TEST(Colormap, SequentialMapsGrowInLightness) {
  for (Colormap map : {Colormap::Viridis, Colormap::Magma, Colormap::Cividis, Colormap::Gray}) {
    const auto& table = colormapTable(map);
    for (int i = 16; i < 256; i += 16)
      EXPECT_GT(qGray(table[i]), qGray(table[i - 16])) << colormapName(map).toStdString() << " at " << i;
  }
}

TEST(Colormap, ClampsAndMapsNanToTheLowEnd) {
  EXPECT_EQ(colormapColor(Colormap::Viridis, -3), colormapColor(Colormap::Viridis, 0));
  EXPECT_EQ(colormapColor(Colormap::Viridis, 7), colormapColor(Colormap::Viridis, 1));
  EXPECT_EQ(colormapColor(Colormap::Viridis, NAN), colormapColor(Colormap::Viridis, 0));
}

}  // namespace
}  // namespace kx::widgets
