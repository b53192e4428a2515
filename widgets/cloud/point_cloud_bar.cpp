#include "widgets/cloud/point_cloud_bar.h"

#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>

#include "core/mixture/point_cloud.h"
#include "widgets/cloud/point_brush.h"
#include "widgets/lab/live_texts.h"

namespace kx::widgets {

PointCloudBar::PointCloudBar(GlCanvas* canvas, QWidget* parent) : QWidget(parent) {
  m_brush = new PointBrush(canvas);
  m_open = new QPushButton(this);
  m_draw = new QPushButton(this);
  m_draw->setCheckable(true);
  m_size = new QDoubleSpinBox(this);
  m_size->setRange(0.0, 5.0);
  m_size->setSingleStep(0.05);
  m_size->setValue(m_brush->radius());
  m_density = new QDoubleSpinBox(this);
  m_density->setDecimals(0);
  m_density->setRange(1, 1000);
  m_density->setSingleStep(5);
  m_density->setValue(m_brush->density());
  m_clear = new QPushButton(this);
  liveTexts(this, [this] {
    m_open->setText(tr("Open point cloud…"));
    m_open->setToolTip(tr("Use your own data: a CSV file with one point x,y per line (a header line is allowed; at "
                          "most %1 points). On an error the previous data stay and the message names the line")
                           .arg(core::mixture::kMaxCloudPoints));
    m_draw->setText(tr("Draw"));
    m_draw->setToolTip(
        tr("Draw your own points: while this is on, drag on the plot to spray points inside the brush's "
           "disc (a click leaves one point). Each stroke adds to the drawn points, which become the "
           "data like an opened CSV file. The wheel still zooms; turn Draw off to pan"));
    m_size->setPrefix(tr("size "));
    m_size->setToolTip(tr("The brush's radius in data units: points land uniformly in this disc around the cursor"));
    m_density->setPrefix(tr("density "));
    m_density->setToolTip(tr("Points per unit of length dragged"));
    m_clear->setText(tr("Clear points"));
    m_clear->setToolTip(tr("Remove the opened or drawn point cloud"));
  });
  connect(m_draw, &QPushButton::toggled, m_brush, &PointBrush::setActive);
  connect(m_size, &QDoubleSpinBox::valueChanged, m_brush, &PointBrush::setRadius);
  connect(m_density, &QDoubleSpinBox::valueChanged, m_brush, &PointBrush::setDensity);
  connect(m_brush, &PointBrush::stroke, this, &PointCloudBar::stroke);
  connect(m_clear, &QPushButton::clicked, this, &PointCloudBar::clearRequested);
  connect(m_open, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a point cloud"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) emit openRequested(path);
  });
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  for (QWidget* w : std::initializer_list<QWidget*>{m_open, m_draw, m_size, m_density, m_clear}) layout->addWidget(w);
}

}  // namespace kx::widgets
