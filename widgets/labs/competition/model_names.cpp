#include "widgets/labs/competition/model_names.h"

#include <QCoreApplication>

namespace kx::widgets {
namespace {

// The gallery's notes as core/phase writes them (English, no Qt), so that
// lupdate lists them; modelNote() translates them.
[[maybe_unused]] constexpr const char* kNotes[] = {
    QT_TRANSLATE_NOOP("PhaseModels",
                      "Two species compete for one habitat (kexue.fm 3120): coexistence, a winner or bistability."),
    QT_TRANSLATE_NOOP(
        "PhaseModels",
        "Prey x and predators y: closed orbits around a centre, one for each value of a conserved quantity."),
    QT_TRANSLATE_NOOP("PhaseModels",
                      "Logistic prey, predators with a saturating (Holling II) appetite: past K = 1/(ah) + 2x* the "
                      "equilibrium gives way to a limit cycle."),
    QT_TRANSLATE_NOOP("PhaseModels",
                      "Two species that help each other: both exceed their carrying capacities while b12·b21 < 1."),
    QT_TRANSLATE_NOOP(
        "PhaseModels",
        "Susceptible x and infected y as fractions of a population: an epidemic grows while beta·x > gamma.")};

}  // namespace

QString modelTitle(const std::string& id) {
  if (id == "competition") return QCoreApplication::translate("PhaseModels", "Competition (the essay's)");
  if (id == "lotka_volterra") return QCoreApplication::translate("PhaseModels", "Lotka–Volterra predator–prey");
  if (id == "rosenzweig_macarthur") return QCoreApplication::translate("PhaseModels", "Rosenzweig–MacArthur");
  if (id == "mutualism") return QCoreApplication::translate("PhaseModels", "Mutualism");
  if (id == "sir") return QCoreApplication::translate("PhaseModels", "SIR epidemic");
  return QCoreApplication::translate("PhaseModels", "Custom");
}

QString modelNote(const core::PlanarModelSpec& spec) {
  return QCoreApplication::translate("PhaseModels", spec.note.c_str());
}

}  // namespace kx::widgets
