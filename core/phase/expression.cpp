#include "core/phase/expression.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <charconv>
#include <cmath>

namespace kx::core {

int Expr::intern(const ExprNode& n) {
  const auto key = std::make_tuple(n.op, n.a, n.b, std::bit_cast<std::uint64_t>(n.value), n.index);
  if (auto it = m_index.find(key); it != m_index.end()) return it->second;
  m_nodes.push_back(n);
  const int id = size() - 1;
  m_index.emplace(key, id);
  return id;
}

int Expr::constant(double value) { return intern({.op = Op::Const, .value = value}); }

int Expr::variable(int index) { return intern({.op = Op::Var, .index = index}); }

int Expr::unary(Op op, int a) {
  const ExprNode& x = node(a);
  if (x.op == Op::Const) return constant(applyOp(op, x.value, 0, 0));
  if (op == Op::Neg && x.op == Op::Neg) return x.a;
  return intern({.op = op, .a = a});
}

int Expr::binary(Op op, int a, int b) {
  const ExprNode &x = node(a), &y = node(b);
  if (x.op == Op::Const && y.op == Op::Const) return constant(applyOp(op, x.value, y.value, 0));
  switch (op) {
    case Op::Add:
      if (isConstant(a, 0)) return b;
      if (isConstant(b, 0)) return a;
      break;
    case Op::Sub:
      if (isConstant(b, 0)) return a;
      if (isConstant(a, 0)) return unary(Op::Neg, b);
      break;
    case Op::Mul:
      if (isConstant(a, 0) || isConstant(b, 0)) return constant(0);
      if (isConstant(a, 1)) return b;
      if (isConstant(b, 1)) return a;
      break;
    case Op::Div:
      if (isConstant(b, 1)) return a;
      break;
    case Op::Pow:
      // Small integer exponents become multiplications (exact and fast).
      if (y.op == Op::Const && y.value == std::round(y.value) && std::abs(y.value) <= 64) {
        const int n = static_cast<int>(y.value);
        if (n == 1) return a;
        if (n == 0) return constant(1);
        return intern({.op = Op::PowInt, .a = a, .index = n});
      }
      break;
    default:
      break;
  }
  return intern({.op = op, .a = a, .b = b});
}

namespace {

struct Function {
  const char* name;
  Op op;
  int arity;
};
constexpr Function kFunctions[] = {{"exp", Op::Exp, 1}, {"log", Op::Log, 1}, {"sqrt", Op::Sqrt, 1},
                                   {"sin", Op::Sin, 1}, {"cos", Op::Cos, 1}, {"tanh", Op::Tanh, 1},
                                   {"abs", Op::Abs, 1}, {"min", Op::Min, 2}, {"max", Op::Max, 2}};

// Bounds that keep hostile input (the fuzz target) from exhausting the stack or memory.
constexpr std::size_t kMaxLength = 10000;
constexpr int kMaxDepth = 200;

class Parser {
 public:
  Parser(const std::string& text, const std::vector<std::string>& names, Expr& pool)
      : m_text(text), m_names(names), m_pool(pool) {}

  Result<int> parse() {
    if (m_text.size() > kMaxLength) return fail("expression longer than " + std::to_string(kMaxLength) + " characters");
    skipSpace();
    if (m_pos == m_text.size()) return fail("empty expression");
    const int root = sum(0);
    if (m_pos != m_text.size()) error(unexpected());
    if (!m_error.empty()) return fail(m_error);
    return root;
  }

 private:
  // Each rule returns a node, or -1 with m_error set.
  int sum(int depth) { return leftAssociative(depth, '+', Op::Add, '-', Op::Sub, &Parser::product); }
  int product(int depth) { return leftAssociative(depth, '*', Op::Mul, '/', Op::Div, &Parser::signedPower); }

  // operand { (first | second) operand }, folded from the left.
  int leftAssociative(int depth, char first, Op firstOp, char second, Op secondOp, int (Parser::*operand)(int)) {
    int left = (this->*operand)(depth);
    while (left >= 0 && (peek(first) || peek(second))) {
      const Op op = m_text[m_pos++] == first ? firstOp : secondOp;
      const int right = (this->*operand)(depth);
      if (right < 0) return -1;
      left = m_pool.binary(op, left, right);
    }
    return left;
  }

  int signedPower(int depth) {
    if (depth > kMaxDepth) return error("expression nested too deeply");
    if (peek('-') || peek('+')) {
      const bool minus = m_text[m_pos++] == '-';
      const int operand = signedPower(depth + 1);
      if (operand < 0) return -1;
      return minus ? m_pool.unary(Op::Neg, operand) : operand;
    }
    const int base = primary(depth);
    if (base < 0 || !peek('^')) return base;
    ++m_pos;
    const int exponent = signedPower(depth + 1);  // right-associative; 2^-1 allowed
    return exponent < 0 ? -1 : m_pool.binary(Op::Pow, base, exponent);
  }

  int primary(int depth) {
    if (m_pos == m_text.size()) return error("unexpected end of expression");
    const char c = m_text[m_pos];
    if (c == '(') {
      ++m_pos;
      const int inner = sum(depth + 1);
      if (inner < 0) return -1;
      if (!peek(')')) return error("expected ')'");
      ++m_pos;
      skipSpace();
      return inner;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') return number();
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') return name(depth);
    return error(unexpected());
  }

  int number() {
    const std::size_t start = m_pos;
    double value = 0;
    const auto [end, ec] =
        std::from_chars(m_text.data() + m_pos, m_text.data() + m_text.size(), value, std::chars_format::general);
    if (ec != std::errc() || !std::isfinite(value)) return error("invalid number");
    m_pos = static_cast<std::size_t>(end - m_text.data());
    if (m_pos < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '.')) {
      m_pos = start;
      return error("invalid number");
    }
    skipSpace();
    return m_pool.constant(value);
  }

  int name(int depth) {
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '_'))
      ++m_pos;
    const std::string word = m_text.substr(start, m_pos - start);
    skipSpace();
    if (peek('(')) {
      for (const auto& f : kFunctions)
        if (word == f.name) return call(f, start, depth);
      m_pos = start;
      return error("unknown function '" + word + "'");
    }
    for (std::size_t i = 0; i < m_names.size(); ++i)
      if (m_names[i] == word) return m_pool.variable(static_cast<int>(i));
    m_pos = start;
    for (const auto& f : kFunctions)
      if (word == f.name) return error("function '" + word + "' needs '(' after it");
    return error("unknown name '" + word + "'");
  }

  int call(const Function& f, std::size_t start, int depth) {
    ++m_pos;  // '('
    int args[2] = {-1, -1};
    for (int k = 0; k < f.arity; ++k) {
      if (k > 0) {
        if (!peek(',')) return error(std::string(f.name) + " takes 2 arguments: expected ','");
        ++m_pos;
      }
      args[k] = sum(depth + 1);
      if (args[k] < 0) return -1;
    }
    if (peek(',')) {
      m_pos = start;
      return error(std::string(f.name) + " takes " + std::to_string(f.arity) + " argument" + (f.arity > 1 ? "s" : ""));
    }
    if (!peek(')')) return error("expected ')'");
    ++m_pos;
    skipSpace();
    return f.arity == 1 ? m_pool.unary(f.op, args[0]) : m_pool.binary(f.op, args[0], args[1]);
  }

  bool peek(char c) {
    skipSpace();
    return m_pos < m_text.size() && m_text[m_pos] == c;
  }
  void skipSpace() {
    while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos]))) ++m_pos;
  }
  std::string unexpected() const {
    if (m_pos >= m_text.size()) return "unexpected end of expression";
    const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
    return std::isprint(c) ? "unexpected '" + std::string(1, static_cast<char>(c)) + "'" : "unexpected character";
  }
  int error(const std::string& what) {
    if (m_error.empty()) m_error = what + " at column " + std::to_string(m_pos + 1);
    return -1;
  }

  const std::string& m_text;
  const std::vector<std::string>& m_names;
  Expr& m_pool;
  std::size_t m_pos = 0;
  std::string m_error;
};

}  // namespace

Result<int> parseExpression(const std::string& text, const std::vector<std::string>& names, Expr& pool) {
  return Parser(text, names, pool).parse();
}

std::vector<int> bindVariables(const Expr& from, const std::vector<int>& roots, int firstBound,
                               const std::vector<double>& values, Expr& to) {
  // Children precede parents, so one forward pass maps every node.
  int highest = -1;
  for (int r : roots) highest = std::max(highest, r);
  std::vector<int> mapped(static_cast<std::size_t>(highest + 1), -1);
  for (int i = 0; i <= highest; ++i) {
    const ExprNode& n = from.node(i);
    auto m = [&](int k) { return mapped[static_cast<std::size_t>(k)]; };
    int out;
    switch (n.op) {
      case Op::Const:
        out = to.constant(n.value);
        break;
      case Op::Var:
        out = n.index >= firstBound ? to.constant(values[static_cast<std::size_t>(n.index - firstBound)])
                                    : to.variable(n.index);
        break;
      case Op::PowInt:
        out = to.binary(Op::Pow, m(n.a), to.constant(n.index));
        break;
      default:
        out = n.b < 0 ? to.unary(n.op, m(n.a)) : to.binary(n.op, m(n.a), m(n.b));
        break;
    }
    mapped[static_cast<std::size_t>(i)] = out;
  }
  std::vector<int> out;
  for (int r : roots) out.push_back(mapped[static_cast<std::size_t>(r)]);
  return out;
}

}  // namespace kx::core
