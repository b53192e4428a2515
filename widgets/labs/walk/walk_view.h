#pragma once
// The walk lab's interactive view: speed control and scrub slider on top; the
// GL picture of the walkers with the histogram (1D) or the density against
// the heat kernel (2D) beside it; the distance, MSD and path-integral charts
// below.
#include <QComboBox>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWidget>

namespace kx::widgets {

class WalkLab;
class GlCanvas;
class ChartWithLegend;
class LabChartView;
class DensityPairWidget;

class WalkView : public QWidget {
  Q_OBJECT
 public:
  WalkView(WalkLab* lab, QWidget* parent = nullptr);

  GlCanvas* canvas() const { return m_canvas; }
  QSlider* scrubSlider() const { return m_slider; }
  QLabel* stepLabel() const { return m_stepLabel; }
  QComboBox* speedBox() const { return m_speed; }
  QLabel* statusLabel() const { return m_status; }
  /// Pages: the walk's charts, the characteristic function, Bernoulli's products.
  QTabWidget* pages() const { return m_pages; }
  QSlider* omegaSlider() const { return m_omega; }
  QSpinBox* modesBox() const { return m_modes; }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void refresh();
  void showScene();
  QWidget* characteristicPage();
  QWidget* bernoulliPage();
  QString stepText(int step, int computed, int steps, bool scrubbed) const;

  WalkLab* m_lab;
  GlCanvas* m_canvas;
  QComboBox* m_speed;
  QSlider* m_slider;
  QLabel* m_stepLabel;
  QLabel* m_status;
  QStackedWidget* m_side;
  QSplitter* m_split;
  bool m_twoD = false, m_laidOut = false;
  DensityPairWidget* m_density;
  LabChartView *m_histogramView, *m_msdView;
  ChartWithLegend *m_distanceView, *m_propagatorView;  ///< many series: legends in wrapped rows
  LabChartView *m_characteristicView, *m_productsView, *m_sumsView;
  QTabWidget* m_pages;
  QLabel* m_table;
  QSlider* m_omega;
  QSpinBox* m_modes;
  QLabel* m_omegaLabel;
};

}  // namespace kx::widgets
