// The matrix product, the one op where the time goes: Eigen's GEMM, threaded
// with OpenMP over threadCount() threads. Eigen splits the product into fixed
// blocks per thread, so results are deterministic for a given thread count.
#include <stdexcept>

#include "core/nn/ops.h"
#include "core/util/threads.h"

namespace kx::core::nn {
namespace {

constexpr double kMinParallelWork = 2e6;  // multiply-adds

template <typename T>
Mat<T> product(const Mat<T>& a, const Mat<T>& b, bool ta, bool tb) {
  const Eigen::Index inner = ta ? a.rows() : a.cols();
  if (inner != (tb ? b.cols() : b.rows())) throw std::invalid_argument("nn: matmul inner dimensions differ");
  // Below ~4 MFLOP a fork-join costs more than it saves, and on a loaded
  // machine a late worker stalls the whole product: run those on one thread.
  const double work = double(ta ? a.cols() : a.rows()) * double(tb ? b.rows() : b.cols()) * double(inner);
  Eigen::setNbThreads(work < kMinParallelWork ? 1 : threadCount());
  Mat<T> out(ta ? a.cols() : a.rows(), tb ? b.rows() : b.cols());
  if (!ta && !tb)
    out.noalias() = a * b;
  else if (ta && !tb)
    out.noalias() = a.transpose() * b;
  else if (!ta && tb)
    out.noalias() = a * b.transpose();
  else
    out.noalias() = a.transpose() * b.transpose();
  return out;
}

}  // namespace

template <typename T>
Var<T> matmul(Var<T> a, Var<T> b, bool ta, bool tb) {
  auto& t = *a.tape;
  // C = op(A) op(B): dop(A) = G op(B)^T and dop(B) = op(A)^T G, transposed
  // back when A or B entered transposed.
  return t.record(product<T>(a.value(), b.value(), ta, tb), {a, b},
                  [ai = a.id, bi = b.id, ta, tb](Tape<T>& t, Var<T> g) {
                    const Var<T> a = t.var(ai), b = t.var(bi);
                    if (t.needsGrad(ai)) t.accumulate(a, ta ? matmul(b, g, tb, true) : matmul(g, b, false, !tb));
                    if (t.needsGrad(bi)) t.accumulate(b, tb ? matmul(g, a, true, ta) : matmul(a, g, !ta, false));
                  });
}

template Var<float> matmul(Var<float>, Var<float>, bool, bool);
template Var<double> matmul(Var<double>, Var<double>, bool, bool);

}  // namespace kx::core::nn
