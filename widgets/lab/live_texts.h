#pragma once
// Texts that follow the language live (docs/architecture.md, "Translations"):
// a widget registers how it sets its texts once, and the language switch
// re-runs it, so no string keeps the language it was created in.
#include <QWidget>
#include <functional>

namespace kx::widgets {

/// Runs `apply` now and again on every LanguageChange that `owner` receives
/// (Qt sends one to every widget when a translator is installed), for as long
/// as owner lives.
void liveTexts(QWidget* owner, std::function<void()> apply);

}  // namespace kx::widgets
