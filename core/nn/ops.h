#pragma once
// The differentiable operations of the tape (tape.h). Values are batch x
// features matrices. Each op records its result and a backward rule written
// with these same ops, so gradients can be differentiated again.
//
// Broadcasting (add, sub, mul, div): each dimension of the two operands is
// equal, or 1 in one of them (a 1 x m row applies to every row, an n x 1
// column to every column, a 1 x 1 to everything). The gradient of a
// broadcast operand is summed back to its shape.
//
// Shape errors are programming errors and throw std::invalid_argument.
#include <type_traits>
#include <vector>

#include "core/nn/tape.h"

namespace kx::core::nn {

template <typename T>
using Scalar = std::type_identity_t<T>;  // lets `y * 2.0` work for Var<float>

// Elementwise arithmetic with broadcasting.
template <typename T>
Var<T> add(Var<T> a, Var<T> b);
template <typename T>
Var<T> sub(Var<T> a, Var<T> b);
template <typename T>
Var<T> mul(Var<T> a, Var<T> b);
template <typename T>
Var<T> div(Var<T> a, Var<T> b);
template <typename T>
Var<T> scale(Var<T> a, Scalar<T> s);  ///< s * a
template <typename T>
Var<T> addScalar(Var<T> a, Scalar<T> s);  ///< a + s

/// Matrix product op(a) op(b), op = transpose where asked. Uses Eigen's GEMM
/// on threadCount() threads (column blocks, parallelChunks).
template <typename T>
Var<T> matmul(Var<T> a, Var<T> b, bool transposeA = false, bool transposeB = false);

// Elementwise functions.
template <typename T>
Var<T> relu(Var<T> a);
template <typename T>
Var<T> leakyRelu(Var<T> a, Scalar<T> slope);
template <typename T>
Var<T> tanh(Var<T> a);
template <typename T>
Var<T> sigmoid(Var<T> a);
template <typename T>
Var<T> softplus(Var<T> a);  ///< log(1 + e^a), computed without overflow
template <typename T>
Var<T> exp(Var<T> a);
template <typename T>
Var<T> log(Var<T> a);
template <typename T>
Var<T> square(Var<T> a);
template <typename T>
Var<T> sqrt(Var<T> a);
template <typename T>
Var<T> abs(Var<T> a);  ///< derivative sign(a), 0 at 0

// Reductions: sum/mean of everything (1 x 1), of each row (n x 1), of each column (1 x m).
template <typename T>
Var<T> sum(Var<T> a);
template <typename T>
Var<T> mean(Var<T> a);
template <typename T>
Var<T> rowSums(Var<T> a);
template <typename T>
Var<T> rowMeans(Var<T> a);
template <typename T>
Var<T> colSums(Var<T> a);
template <typename T>
Var<T> colMeans(Var<T> a);
/// Repeats a 1 x 1, 1 x m or n x 1 value to rows x cols (the adjoint of sumTo).
template <typename T>
Var<T> broadcastTo(Var<T> a, Eigen::Index rows, Eigen::Index cols);
/// Sums a rows' x cols' value down to rows x cols, each 1 or unchanged.
template <typename T>
Var<T> sumTo(Var<T> a, Eigen::Index rows, Eigen::Index cols);

// Joining and cutting.
template <typename T>
Var<T> concatCols(const std::vector<Var<T>>& parts);
template <typename T>
Var<T> sliceCols(Var<T> a, Eigen::Index start, Eigen::Index count);
template <typename T>
Var<T> concatRows(const std::vector<Var<T>>& parts);
template <typename T>
Var<T> sliceRows(Var<T> a, Eigen::Index start, Eigen::Index count);
/// Column j of the result is column order[j] of a; order is a permutation of
/// 0..cols-1 (a flow's fixed mixing step, docs/math.md §5.7).
template <typename T>
Var<T> permuteCols(Var<T> a, const std::vector<Eigen::Index>& order);

// Operators: elementwise, like the named functions (`*` is NOT the matrix product).
template <typename T>
Var<T> operator+(Var<T> a, Var<T> b) {
  return add(a, b);
}
template <typename T>
Var<T> operator-(Var<T> a, Var<T> b) {
  return sub(a, b);
}
template <typename T>
Var<T> operator*(Var<T> a, Var<T> b) {
  return mul(a, b);
}
template <typename T>
Var<T> operator/(Var<T> a, Var<T> b) {
  return div(a, b);
}
template <typename T>
Var<T> operator-(Var<T> a) {
  return scale(a, T(-1));
}
template <typename T>
Var<T> operator+(Var<T> a, Scalar<T> s) {
  return addScalar(a, s);
}
template <typename T>
Var<T> operator+(Scalar<T> s, Var<T> a) {
  return addScalar(a, s);
}
template <typename T>
Var<T> operator-(Var<T> a, Scalar<T> s) {
  return addScalar(a, -s);
}
template <typename T>
Var<T> operator-(Scalar<T> s, Var<T> a) {
  return addScalar(scale(a, T(-1)), s);
}
template <typename T>
Var<T> operator*(Var<T> a, Scalar<T> s) {
  return scale(a, s);
}
template <typename T>
Var<T> operator*(Scalar<T> s, Var<T> a) {
  return scale(a, s);
}

}  // namespace kx::core::nn
