// Elementwise ops: broadcasting arithmetic and the activation functions.
// Each backward rule is the derivative written with ops (see ops.h).
#include <stdexcept>
#include <string>

#include "core/nn/ops.h"
#include "core/nn/transcendental_kernel.h"

namespace kx::core::nn {
namespace {

using Eigen::Index;

Index broadcastDim(Index a, Index b) {
  if (a == b || b == 1) return a;
  if (a == 1) return b;
  throw std::invalid_argument("nn: cannot broadcast dimensions " + std::to_string(a) + " and " + std::to_string(b));
}

/// f applied coefficientwise to a and b broadcast to a common shape. f takes
/// two Eigen array expressions or an array and a scalar.
template <typename T, typename F>
Mat<T> broadcastBinary(Tape<T>& t, const Mat<T>& a, const Mat<T>& b, F f) {
  const Index rows = broadcastDim(a.rows(), b.rows());
  const Index cols = broadcastDim(a.cols(), b.cols());
  Mat<T> out = t.allocate(rows, cols);
  if (a.rows() == b.rows() && a.cols() == b.cols()) {
    out.array() = f(a.array(), b.array());
    return out;
  }
  // Column-major: one vectorised column at a time, scalars where a side has one row.
  for (Index j = 0; j < cols; ++j) {
    const Index ja = a.cols() == 1 ? 0 : j;
    const Index jb = b.cols() == 1 ? 0 : j;
    if (a.rows() == b.rows())
      out.col(j).array() = f(a.col(ja).array(), b.col(jb).array());
    else if (a.rows() == 1)
      out.col(j).array() = f(Mat<T>::Constant(rows, 1, a(0, ja)).array(), b.col(jb).array());
    else
      out.col(j).array() = f(a.col(ja).array(), Mat<T>::Constant(rows, 1, b(0, jb)).array());
  }
  return out;
}

/// f applied coefficientwise on the CPU's widest path (transcendental_kernel.h).
template <typename T>
Mat<T> transcendental(Tape<T>& t, const Mat<T>& x, Transcendental f) {
  Mat<T> out = t.allocate(x.rows(), x.cols());
  onActiveIsa([&](auto isa) { transcendentalOn<isa(), T>(f, x.data(), out.data(), x.size()); });
  return out;
}

/// out = g .* d(a), where d is the (piecewise constant) derivative of relu,
/// leaky relu or abs. Its own second derivative is zero almost everywhere, so
/// the rule only passes gradients on to g.
enum class Gate { Step, LeakyStep, Sign };

/// d(x) g for n entries as plain loops of ternaries: GCC turns them into
/// branch-free vector code on every instruction set. Eigen's select() is a
/// scalar loop with a branch per entry on SSE (a fifth of W4's time on the
/// x86-64-v2 baseline: signs of activations are random, so the branch
/// mispredicts half the time).
template <typename T>
void gateLoop(const T* __restrict x, const T* __restrict g, T* __restrict out, Eigen::Index n, Gate kind, T slope) {
  // Both operands are loaded for every entry: a load only on one side of the
  // ternary would keep the branch.
  switch (kind) {
    case Gate::Step:
      for (Eigen::Index i = 0; i < n; ++i) {
        const T xi = x[i], gi = g[i];
        out[i] = xi > T(0) ? gi : T(0);
      }
      return;
    case Gate::LeakyStep:
      for (Eigen::Index i = 0; i < n; ++i) {
        const T xi = x[i], gi = g[i];
        out[i] = xi > T(0) ? gi : slope * gi;
      }
      return;
    case Gate::Sign:
      for (Eigen::Index i = 0; i < n; ++i) {
        const T xi = x[i], gi = g[i];
        out[i] = xi > T(0) ? gi : xi < T(0) ? -gi : T(0);
      }
      return;
  }
}

template <typename T>
Var<T> gate(Var<T> g, Var<T> a, Gate kind, T slope) {
  auto& t = *g.tape;
  const Mat<T>& x = a.value();
  Mat<T> out = t.allocate(x.rows(), x.cols());
  gateLoop(x.data(), g.value().data(), out.data(), x.size(), kind, slope);
  return t.record(std::move(out), {g}, [gi = g.id, ai = a.id, kind, slope](Tape<T>& t, Var<T> gg) {
    t.accumulate(t.var(gi), gate(gg, t.var(ai), kind, slope));
  });
}

}  // namespace

template <typename T>
Var<T> add(Var<T> a, Var<T> b) {
  auto& t = *a.tape;
  return t.record(broadcastBinary<T>(t, a.value(), b.value(), [](auto x, auto y) { return x + y; }), {a, b},
                  [ai = a.id, bi = b.id](Tape<T>& t, Var<T> g) {
                    const Var<T> a = t.var(ai), b = t.var(bi);
                    if (t.needsGrad(ai)) t.accumulate(a, sumTo(g, a.rows(), a.cols()));
                    if (t.needsGrad(bi)) t.accumulate(b, sumTo(g, b.rows(), b.cols()));
                  });
}

template <typename T>
Var<T> sub(Var<T> a, Var<T> b) {
  auto& t = *a.tape;
  return t.record(broadcastBinary<T>(t, a.value(), b.value(), [](auto x, auto y) { return x - y; }), {a, b},
                  [ai = a.id, bi = b.id](Tape<T>& t, Var<T> g) {
                    const Var<T> a = t.var(ai), b = t.var(bi);
                    if (t.needsGrad(ai)) t.accumulate(a, sumTo(g, a.rows(), a.cols()));
                    if (t.needsGrad(bi)) t.accumulate(b, scale(sumTo(g, b.rows(), b.cols()), T(-1)));
                  });
}

template <typename T>
Var<T> mul(Var<T> a, Var<T> b) {
  auto& t = *a.tape;
  return t.record(broadcastBinary<T>(t, a.value(), b.value(), [](auto x, auto y) { return x * y; }), {a, b},
                  [ai = a.id, bi = b.id](Tape<T>& t, Var<T> g) {
                    const Var<T> a = t.var(ai), b = t.var(bi);
                    if (t.needsGrad(ai)) t.accumulate(a, sumTo(mul(g, b), a.rows(), a.cols()));
                    if (t.needsGrad(bi)) t.accumulate(b, sumTo(mul(g, a), b.rows(), b.cols()));
                  });
}

template <typename T>
Var<T> div(Var<T> a, Var<T> b) {
  auto& t = *a.tape;
  return t.record(broadcastBinary<T>(t, a.value(), b.value(), [](auto x, auto y) { return x / y; }), {a, b},
                  [ai = a.id, bi = b.id](Tape<T>& t, Var<T> g) {
                    const Var<T> a = t.var(ai), b = t.var(bi);
                    const Var<T> gOverB = div(g, b);
                    if (t.needsGrad(ai)) t.accumulate(a, sumTo(gOverB, a.rows(), a.cols()));
                    // d(a/b)/db = -a / b^2
                    if (t.needsGrad(bi))
                      t.accumulate(b, scale(sumTo(mul(gOverB, div(a, b)), b.rows(), b.cols()), T(-1)));
                  });
}

template <typename T>
Var<T> scale(Var<T> a, Scalar<T> s) {
  auto& t = *a.tape;
  return t.record(t.evaluate(a.value() * s), {a},
                  [ai = a.id, s](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), scale(g, s)); });
}

template <typename T>
Var<T> addScalar(Var<T> a, Scalar<T> s) {
  auto& t = *a.tape;
  return t.record(t.evaluate((a.value().array() + s).matrix()), {a},
                  [ai = a.id](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), g); });
}

template <typename T>
Var<T> relu(Var<T> a) {
  auto& t = *a.tape;
  return t.record(t.evaluate(a.value().cwiseMax(T(0))), {a},
                  [ai = a.id](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), gate(g, t.var(ai), Gate::Step, T(0))); });
}

template <typename T>
Var<T> leakyRelu(Var<T> a, Scalar<T> slope) {
  auto& t = *a.tape;
  const auto x = a.value().array();
  return t.record(t.evaluate((x > T(0)).select(x, slope * x).matrix()), {a}, [ai = a.id, slope](Tape<T>& t, Var<T> g) {
    t.accumulate(t.var(ai), gate(g, t.var(ai), Gate::LeakyStep, slope));
  });
}

template <typename T>
Var<T> abs(Var<T> a) {
  auto& t = *a.tape;
  return t.record(t.evaluate(a.value().cwiseAbs()), {a},
                  [ai = a.id](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), gate(g, t.var(ai), Gate::Sign, T(0))); });
}

template <typename T>
Var<T> tanh(Var<T> a) {
  auto& t = *a.tape;
  const int self = static_cast<int>(t.size());
  // tanh' = 1 - tanh^2
  return t.record(transcendental(t, a.value(), Transcendental::Tanh), {a}, [ai = a.id, self](Tape<T>& t, Var<T> g) {
    t.accumulate(t.var(ai), mul(g, addScalar(scale(square(t.var(self)), T(-1)), T(1))));
  });
}

template <typename T>
Var<T> sigmoid(Var<T> a) {
  auto& t = *a.tape;
  const int self = static_cast<int>(t.size());
  // sigma' = sigma (1 - sigma)
  return t.record(transcendental(t, a.value(), Transcendental::Logistic), {a}, [ai = a.id, self](Tape<T>& t, Var<T> g) {
    const Var<T> y = t.var(self);
    t.accumulate(t.var(ai), mul(g, mul(y, addScalar(scale(y, T(-1)), T(1)))));
  });
}

template <typename T>
Var<T> softplus(Var<T> a) {
  auto& t = *a.tape;
  // softplus' = sigmoid.
  return t.record(transcendental(t, a.value(), Transcendental::Softplus), {a},
                  [ai = a.id](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), mul(g, sigmoid(t.var(ai)))); });
}

template <typename T>
Var<T> exp(Var<T> a) {
  auto& t = *a.tape;
  const int self = static_cast<int>(t.size());
  return t.record(transcendental(t, a.value(), Transcendental::Exp), {a},
                  [ai = a.id, self](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), mul(g, t.var(self))); });
}

template <typename T>
Var<T> log(Var<T> a) {
  auto& t = *a.tape;
  return t.record(transcendental(t, a.value(), Transcendental::Log), {a},
                  [ai = a.id](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), div(g, t.var(ai))); });
}

template <typename T>
Var<T> square(Var<T> a) {
  auto& t = *a.tape;
  return t.record(t.evaluate(a.value().array().square().matrix()), {a},
                  [ai = a.id](Tape<T>& t, Var<T> g) { t.accumulate(t.var(ai), scale(mul(g, t.var(ai)), T(2))); });
}

template <typename T>
Var<T> sqrt(Var<T> a) {
  auto& t = *a.tape;
  const int self = static_cast<int>(t.size());
  // (sqrt a)' = 1 / (2 sqrt a)
  return t.record(t.evaluate(a.value().array().sqrt().matrix()), {a}, [ai = a.id, self](Tape<T>& t, Var<T> g) {
    t.accumulate(t.var(ai), div(scale(g, T(0.5)), t.var(self)));
  });
}

#define KX_NN_INSTANTIATE(T)                    \
  template Var<T> add(Var<T>, Var<T>);          \
  template Var<T> sub(Var<T>, Var<T>);          \
  template Var<T> mul(Var<T>, Var<T>);          \
  template Var<T> div(Var<T>, Var<T>);          \
  template Var<T> scale(Var<T>, Scalar<T>);     \
  template Var<T> addScalar(Var<T>, Scalar<T>); \
  template Var<T> relu(Var<T>);                 \
  template Var<T> leakyRelu(Var<T>, Scalar<T>); \
  template Var<T> abs(Var<T>);                  \
  template Var<T> tanh(Var<T>);                 \
  template Var<T> sigmoid(Var<T>);              \
  template Var<T> softplus(Var<T>);             \
  template Var<T> exp(Var<T>);                  \
  template Var<T> log(Var<T>);                  \
  template Var<T> square(Var<T>);               \
  template Var<T> sqrt(Var<T>);
KX_NN_INSTANTIATE(float)
KX_NN_INSTANTIATE(double)
#undef KX_NN_INSTANTIATE

}  // namespace kx::core::nn
