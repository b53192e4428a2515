#include "widgets/labs/competition/custom_model_editor.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "core/phase/expression.h"
#include "widgets/lab/live_texts.h"

namespace kx::widgets {
namespace {

QLabel* errorLabel(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setStyleSheet("color: #b00020");
  label->setWordWrap(true);
  return label;
}

}  // namespace

CustomModelEditor::CustomModelEditor(QWidget* parent) : QWidget(parent) {
  m_dxdtLabel = new QLabel("dx/dt =", this);
  m_dydtLabel = new QLabel("dy/dt =", this);
  m_dxdt = new QLineEdit(this);
  m_dydt = new QLineEdit(this);
  m_dxdtError = errorLabel(this);
  m_dydtError = errorLabel(this);
  m_modelError = errorLabel(this);
  m_table = new QTableWidget(0, 4, this);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  m_table->setMaximumHeight(120);
  m_add = new QPushButton(this);
  m_remove = new QPushButton(this);
  liveTexts(this, [this] { setTexts(); });

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(m_dxdtLabel, 0, 0);
  grid->addWidget(m_dxdt, 0, 1);
  grid->addWidget(m_dxdtError, 0, 2);
  grid->addWidget(m_dydtLabel, 1, 0);
  grid->addWidget(m_dydt, 1, 1);
  grid->addWidget(m_dydtError, 1, 2);
  grid->addWidget(m_table, 0, 3, 3, 1);
  auto* buttons = new QVBoxLayout;
  buttons->addWidget(m_add);
  buttons->addWidget(m_remove);
  buttons->addStretch(1);
  grid->addLayout(buttons, 0, 4, 3, 1);
  grid->addWidget(m_modelError, 2, 0, 1, 3);
  grid->setColumnStretch(1, 3);
  grid->setColumnStretch(2, 2);
  grid->setColumnStretch(3, 3);

  for (QLineEdit* edit : {m_dxdt, m_dydt}) {
    connect(edit, &QLineEdit::textEdited, this, [this] { check(); });
    connect(edit, &QLineEdit::editingFinished, this, &CustomModelEditor::offer);
  }
  connect(m_table, &QTableWidget::cellChanged, this, [this] {
    if (!m_filling) offer();
  });
  connect(m_add, &QPushButton::clicked, this, [this] {
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{QString("p%1").arg(row + 1), "1", "0", "2"};
    for (int c = 0; c < 4; ++c) m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    m_filling = false;
    offer();
  });
  connect(m_remove, &QPushButton::clicked, this, [this] {
    if (m_table->rowCount() == 0) return;
    m_table->removeRow(m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1);
    offer();
  });
}

void CustomModelEditor::setTexts() {
  m_table->setHorizontalHeaderLabels({tr("name"), tr("default"), tr("min"), tr("max")});
  m_add->setText(tr("Add parameter"));
  m_remove->setText(tr("Remove parameter"));
  const QString help =
      tr("An expression in x, y and the parameters: + − * / ^, numbers, "
         "exp log sqrt sin cos tanh abs, min max.");
  m_dxdt->setToolTip(help);
  m_dydt->setToolTip(help);
}

QString CustomModelEditor::dxdtMessage() const { return m_dxdtError->text(); }
QString CustomModelEditor::dydtMessage() const { return m_dydtError->text(); }
QString CustomModelEditor::modelMessage() const { return m_modelError->text(); }
void CustomModelEditor::showModelMessage(const QString& text) { m_modelError->setText(text); }

void CustomModelEditor::setSpec(const core::PlanarModelSpec& spec) {
  m_shown = spec;
  m_filling = true;
  m_dxdt->setText(QString::fromStdString(spec.dxdt));
  m_dydt->setText(QString::fromStdString(spec.dydt));
  m_table->setRowCount(static_cast<int>(spec.parameters.size()));
  for (int r = 0; r < m_table->rowCount(); ++r) {
    const auto& p = spec.parameters[static_cast<std::size_t>(r)];
    const QStringList cells{QString::fromStdString(p.name), QString::number(p.value, 'g', 10),
                            QString::number(p.min, 'g', 10), QString::number(p.max, 'g', 10)};
    for (int c = 0; c < 4; ++c) m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
  }
  m_filling = false;
  check();
}

std::optional<core::PlanarModelSpec> CustomModelEditor::check() {
  core::PlanarModelSpec spec = m_shown;
  spec.id = "custom";
  spec.note.clear();
  spec.dxdt = m_dxdt->text().toStdString();
  spec.dydt = m_dydt->text().toStdString();
  spec.parameters.clear();
  QString tableError;
  for (int r = 0; r < m_table->rowCount(); ++r) {
    auto cell = [&](int c) { return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString(); };
    bool ok[3];
    const core::ModelParameter p{cell(0).toStdString(), cell(1).toDouble(&ok[0]), cell(2).toDouble(&ok[1]),
                                 cell(3).toDouble(&ok[2])};
    if (!(ok[0] && ok[1] && ok[2]) && tableError.isEmpty())
      tableError = tr("Row %1: default, min and max must be numbers.").arg(r + 1);
    spec.parameters.push_back(p);
  }
  // Each equation alone, for a message beside it (docs/math.md §7.1).
  std::vector<std::string> names{"x", "y"};
  for (const auto& p : spec.parameters) names.push_back(p.name);
  bool parsed = true;
  for (auto [text, label] : {std::pair{&spec.dxdt, m_dxdtError}, std::pair{&spec.dydt, m_dydtError}}) {
    core::Expr pool;
    auto root = core::parseExpression(*text, names, pool);
    label->setText(root ? QString() : QString::fromStdString(root.error()));
    parsed = parsed && static_cast<bool>(root);
  }
  if (tableError.isEmpty() && parsed)
    if (auto model = core::PlanarModel::compile(spec); !model) tableError = QString::fromStdString(model.error());
  m_modelError->setText(tableError);
  if (!tableError.isEmpty() || !parsed) return std::nullopt;
  return spec;
}

void CustomModelEditor::offer() {
  if (m_filling) return;
  if (auto spec = check(); spec && !(*spec == m_shown)) emit modelEdited(*spec);
}

}  // namespace kx::widgets
