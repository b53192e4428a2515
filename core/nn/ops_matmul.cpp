// The matrix product, the one op where the time goes: Eigen's GEMM compiled
// for the CPU's instruction set (gemm_kernel.h), one call per block of
// output columns, blocks spread over threadCount() threads (core/util/threads.h).
//
// Why not Eigen's own OpenMP GEMM: its threads busy-wait on each other inside
// the product, and on a machine whose cores are busy (the GUI, a build) a
// descheduled partner turned one 512 x 128 x 128 product into milliseconds
// (40x slower than one thread, measured). Independent column blocks never wait
// on each other. Block width is fixed by the data, never by the thread count,
// so every column is computed by the same Eigen call whatever the threads:
// results are identical for any thread count.
#include <stdexcept>

#include "core/nn/gemm_kernel.h"
#include "core/nn/ops.h"
#include "core/util/threads.h"

namespace kx::core::nn {
namespace {

constexpr Eigen::Index kBlockColumns = 64;
constexpr double kMinParallelWork = 2e6;  // multiply-adds; below this a fork-join costs more than it saves

template <typename T>
Mat<T> product(Tape<T>& t, const Mat<T>& a, const Mat<T>& b, bool ta, bool tb) {
  const Eigen::Index inner = ta ? a.rows() : a.cols();
  if (inner != (tb ? b.cols() : b.rows())) throw std::invalid_argument("nn: matmul inner dimensions differ");
  const Eigen::Index rows = ta ? a.cols() : a.rows(), cols = tb ? b.rows() : b.cols();
  Mat<T> out = t.allocate(rows, cols);
  // out[:, c0:c0+w] = op(a) op(b)[:, c0:c0+w], on the CPU's widest path (gemm_kernel.h).
  auto block = [&](Eigen::Index c0, Eigen::Index w) {
    productColumns<T>({a.data(), a.rows(), a.cols()}, ta, {b.data(), b.rows(), b.cols()}, tb, out.data(), rows, c0, w);
  };
  const double work = double(rows) * double(cols) * double(inner);
  const Eigen::Index blocks = (cols + kBlockColumns - 1) / kBlockColumns;
  if (work < kMinParallelWork || blocks < 2 || threadCount() < 2) {
    // The same blocks in turn, so one thread computes exactly what two do.
    for (Eigen::Index k = 0; k < blocks; ++k)
      block(k * kBlockColumns, std::min(kBlockColumns, cols - k * kBlockColumns));
    return out;
  }
  parallelChunks(static_cast<std::size_t>(blocks), [&](std::size_t k) {
    const Eigen::Index c0 = static_cast<Eigen::Index>(k) * kBlockColumns;
    block(c0, std::min(kBlockColumns, cols - c0));
  });
  return out;
}

}  // namespace

template <typename T>
Var<T> matmul(Var<T> a, Var<T> b, bool ta, bool tb) {
  auto& t = *a.tape;
  // C = op(A) op(B): dop(A) = G op(B)^T and dop(B) = op(A)^T G, transposed
  // back when A or B entered transposed.
  return t.record(product<T>(t, a.value(), b.value(), ta, tb), {a, b},
                  [ai = a.id, bi = b.id, ta, tb](Tape<T>& t, Var<T> g) {
                    const Var<T> a = t.var(ai), b = t.var(bi);
                    if (t.needsGrad(ai)) t.accumulate(a, ta ? matmul(b, g, tb, true) : matmul(g, b, false, !tb));
                    if (t.needsGrad(bi)) t.accumulate(b, tb ? matmul(g, a, true, ta) : matmul(a, g, !ta, false));
                  });
}

template Var<float> matmul(Var<float>, Var<float>, bool, bool);
template Var<double> matmul(Var<double>, Var<double>, bool, bool);

}  // namespace kx::core::nn
