#pragma once
// An expected-like result for operations that can fail on user input
// (docs/architecture.md, "Errors"): either a value or a message a user can read.
#include <string>
#include <utility>
#include <variant>

namespace kx::core {

struct Error {
  std::string message;
};

template <typename T>
class Result {
 public:
  Result(T value) : m_state(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : m_state(std::move(error)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(m_state); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(m_state); }
  T& value() & { return std::get<T>(m_state); }
  T&& value() && { return std::get<T>(std::move(m_state)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  const std::string& error() const { return std::get<Error>(m_state).message; }

 private:
  std::variant<T, Error> m_state;
};

/// Result of an operation that produces nothing but can fail.
struct Ok {};
using Status = Result<Ok>;

inline Error fail(std::string message) { return Error{std::move(message)}; }

}  // namespace kx::core
