// Reductions, broadcasting, concatenation and slicing. Sums and broadcasts are
// each other's adjoints, as are slices and zero-padding.
#include <stdexcept>

#include "core/nn/ops.h"

namespace kx::core::nn {
namespace {

using Eigen::Index;

enum class Axis { Rows, Cols };

/// a placed at [start, start + a's extent) along axis inside zeros of the given extent.
template <typename T>
Var<T> pad(Var<T> a, Axis axis, Index start, Index extent) {
  auto& t = *a.tape;
  const Mat<T>& v = a.value();
  Mat<T> out;
  if (axis == Axis::Cols) {
    out = t.allocate(v.rows(), extent);
    out.setZero();
    out.middleCols(start, v.cols()) = v;
  } else {
    out = t.allocate(extent, v.cols());
    out.setZero();
    out.middleRows(start, v.rows()) = v;
  }
  const Index count = axis == Axis::Cols ? v.cols() : v.rows();
  return t.record(std::move(out), {a}, [ai = a.id, axis, start, count](Tape<T>& t, Var<T> g) {
    t.accumulate(t.var(ai), axis == Axis::Cols ? sliceCols(g, start, count) : sliceRows(g, start, count));
  });
}

template <typename T>
Var<T> slice(Var<T> a, Axis axis, Index start, Index count) {
  auto& t = *a.tape;
  const Mat<T>& v = a.value();
  const Index extent = axis == Axis::Cols ? v.cols() : v.rows();
  if (start < 0 || count < 0 || start + count > extent) throw std::invalid_argument("nn: slice out of range");
  Mat<T> out = axis == Axis::Cols ? t.evaluate(v.middleCols(start, count)) : t.evaluate(v.middleRows(start, count));
  return t.record(std::move(out), {a}, [ai = a.id, axis, start, extent](Tape<T>& t, Var<T> g) {
    t.accumulate(t.var(ai), pad(g, axis, start, extent));
  });
}

template <typename T>
Var<T> concat(const std::vector<Var<T>>& parts, Axis axis) {
  if (parts.empty()) throw std::invalid_argument("nn: concatenation of nothing");
  auto& t = *parts.front().tape;
  Index total = 0;
  for (const auto& p : parts) {
    if ((axis == Axis::Cols ? p.rows() : p.cols()) != (axis == Axis::Cols ? parts[0].rows() : parts[0].cols()))
      throw std::invalid_argument("nn: concatenated parts differ in the other dimension");
    total += axis == Axis::Cols ? p.cols() : p.rows();
  }
  Mat<T> out = axis == Axis::Cols ? t.allocate(parts[0].rows(), total) : t.allocate(total, parts[0].cols());
  std::vector<int> ids;
  Index offset = 0;
  for (const auto& p : parts) {
    const Index n = axis == Axis::Cols ? p.cols() : p.rows();
    if (axis == Axis::Cols)
      out.middleCols(offset, n) = p.value();
    else
      out.middleRows(offset, n) = p.value();
    offset += n;
    ids.push_back(p.id);
  }
  // record() decides from its inputs whether to keep the rule; passing the
  // part that needs a gradient (if any) decides it for all of them.
  Var<T> needs = parts[0];
  for (const auto& p : parts)
    if (p.requiresGrad()) needs = p;
  return t.record(std::move(out), {needs}, [ids, axis](Tape<T>& t, Var<T> g) {
    Index offset = 0;
    for (int id : ids) {
      const Var<T> p = t.var(id);
      const Index n = axis == Axis::Cols ? p.cols() : p.rows();
      if (t.needsGrad(id)) t.accumulate(p, axis == Axis::Cols ? sliceCols(g, offset, n) : sliceRows(g, offset, n));
      offset += n;
    }
  });
}

}  // namespace

template <typename T>
Var<T> sum(Var<T> a) {
  auto& t = *a.tape;
  return t.record(Mat<T>::Constant(1, 1, a.value().sum()), {a}, [ai = a.id](Tape<T>& t, Var<T> g) {
    const Var<T> a = t.var(ai);
    t.accumulate(a, broadcastTo(g, a.rows(), a.cols()));
  });
}

template <typename T>
Var<T> mean(Var<T> a) {
  return scale(sum(a), T(1) / static_cast<T>(a.value().size()));
}

template <typename T>
Var<T> rowSums(Var<T> a) {
  auto& t = *a.tape;
  return t.record(a.value().rowwise().sum(), {a}, [ai = a.id](Tape<T>& t, Var<T> g) {
    const Var<T> a = t.var(ai);
    t.accumulate(a, broadcastTo(g, a.rows(), a.cols()));
  });
}

template <typename T>
Var<T> rowMeans(Var<T> a) {
  return scale(rowSums(a), T(1) / static_cast<T>(a.cols()));
}

template <typename T>
Var<T> colSums(Var<T> a) {
  auto& t = *a.tape;
  return t.record(a.value().colwise().sum(), {a}, [ai = a.id](Tape<T>& t, Var<T> g) {
    const Var<T> a = t.var(ai);
    t.accumulate(a, broadcastTo(g, a.rows(), a.cols()));
  });
}

template <typename T>
Var<T> colMeans(Var<T> a) {
  return scale(colSums(a), T(1) / static_cast<T>(a.rows()));
}

template <typename T>
Var<T> broadcastTo(Var<T> a, Index rows, Index cols) {
  auto& t = *a.tape;
  const Mat<T>& v = a.value();
  if (v.rows() == rows && v.cols() == cols) return a;
  if ((v.rows() != 1 && v.rows() != rows) || (v.cols() != 1 && v.cols() != cols))
    throw std::invalid_argument("nn: broadcastTo needs dimensions of 1 or of the target");
  Mat<T> out = t.evaluate(v.replicate(rows / v.rows(), cols / v.cols()));
  return t.record(std::move(out), {a}, [ai = a.id](Tape<T>& t, Var<T> g) {
    const Var<T> a = t.var(ai);
    t.accumulate(a, sumTo(g, a.rows(), a.cols()));
  });
}

template <typename T>
Var<T> sumTo(Var<T> a, Index rows, Index cols) {
  const Index r = a.rows(), c = a.cols();
  if (r == rows && c == cols) return a;
  if ((rows != 1 && rows != r) || (cols != 1 && cols != c))
    throw std::invalid_argument("nn: sumTo needs dimensions of 1 or of the source");
  if (rows == 1 && cols == 1) return sum(a);
  return rows == 1 ? colSums(a) : rowSums(a);
}

template <typename T>
Var<T> concatCols(const std::vector<Var<T>>& parts) {
  return concat(parts, Axis::Cols);
}
template <typename T>
Var<T> sliceCols(Var<T> a, Index start, Index count) {
  return slice(a, Axis::Cols, start, count);
}
template <typename T>
Var<T> concatRows(const std::vector<Var<T>>& parts) {
  return concat(parts, Axis::Rows);
}
template <typename T>
Var<T> sliceRows(Var<T> a, Index start, Index count) {
  return slice(a, Axis::Rows, start, count);
}

template <typename T>
Var<T> permuteCols(Var<T> a, const std::vector<Index>& order) {
  auto& t = *a.tape;
  const Mat<T>& v = a.value();
  const auto bad = [] { return std::invalid_argument("nn: permuteCols needs a permutation of the columns"); };
  if (Index(order.size()) != v.cols()) throw bad();
  std::vector<Index> inverse(order.size(), -1);
  for (std::size_t j = 0; j < order.size(); ++j) {
    const Index from = order[j];
    if (from < 0 || from >= v.cols() || inverse[std::size_t(from)] != -1) throw bad();
    inverse[std::size_t(from)] = Index(j);
  }
  Mat<T> out = t.allocate(v.rows(), v.cols());
  for (std::size_t j = 0; j < order.size(); ++j) out.col(Index(j)) = v.col(order[j]);
  // The adjoint of a permutation is its inverse.
  return t.record(std::move(out), {a}, [ai = a.id, inverse = std::move(inverse)](Tape<T>& t, Var<T> g) {
    t.accumulate(t.var(ai), permuteCols(g, inverse));
  });
}

#define KX_NN_INSTANTIATE(T)                              \
  template Var<T> sum(Var<T>);                            \
  template Var<T> mean(Var<T>);                           \
  template Var<T> rowSums(Var<T>);                        \
  template Var<T> rowMeans(Var<T>);                       \
  template Var<T> colSums(Var<T>);                        \
  template Var<T> colMeans(Var<T>);                       \
  template Var<T> broadcastTo(Var<T>, Index, Index);      \
  template Var<T> sumTo(Var<T>, Index, Index);            \
  template Var<T> concatCols(const std::vector<Var<T>>&); \
  template Var<T> sliceCols(Var<T>, Index, Index);        \
  template Var<T> concatRows(const std::vector<Var<T>>&); \
  template Var<T> sliceRows(Var<T>, Index, Index);        \
  template Var<T> permuteCols(Var<T>, const std::vector<Index>&);
KX_NN_INSTANTIATE(float)
KX_NN_INSTANTIATE(double)
#undef KX_NN_INSTANTIATE

}  // namespace kx::core::nn
