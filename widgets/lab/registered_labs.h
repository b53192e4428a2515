// Every lab, in the order of the lab list, one line each:
//   KX_LAB(id, factory, title)
// `factory` (std::unique_ptr<Lab>(), in kx::widgets) is defined in the lab's
// own folder; `title` is the English source string, translated where it is
// shown (labTitle). Adding a lab is one line here (docs/architecture.md,
// "Adding a lab"). Read only by widgets/lab/lab_registry.cpp (an X-macro list:
// no include guard on purpose).
KX_LAB("competition", makeCompetitionLab, QT_TRANSLATE_NOOP("QObject", "Competition"))
KX_LAB("walk", makeWalkLab, QT_TRANSLATE_NOOP("QObject", "Random walk"))
KX_LAB("gan", makeGanLab, QT_TRANSLATE_NOOP("QObject", "GAN energy"))
KX_LAB("diffusion", makeDiffusionLab, QT_TRANSLATE_NOOP("QObject", "Diffusion"))
KX_LAB("vae", makeVaeLab, QT_TRANSLATE_NOOP("QObject", "VAE"))
