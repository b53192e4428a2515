#pragma once
// An undo step's text, made again in the current language after a switch
// (Lab::retranslate): a fixed text, or how to make it.
#include <QString>
#include <concepts>
#include <functional>

namespace kx::widgets {

class UndoText {
 public:
  UndoText(const char* fixed) : UndoText(QString(fixed)) {}
  UndoText(QString fixed) : m_make([fixed = std::move(fixed)] { return fixed; }) {}
  template <std::invocable F>
  UndoText(F make) : m_make(std::move(make)) {}

  QString operator()() const { return m_make(); }

 private:
  std::function<QString()> m_make;
};

}  // namespace kx::widgets
