#pragma once
// Reverse-mode automatic differentiation over a recorded graph (a tape) of
// matrix operations. Values are batch x features Eigen matrices.
//
// Every op's backward rule is itself written with ops (ops.h), so when a
// backward pass is asked to record (createGraph), the gradients it produces are
// ordinary graph nodes and can be differentiated again: this is what makes a
// WGAN-GP style gradient penalty differentiable w.r.t. the parameters (docs/math.md
// §4.7). When it is not asked to record, the same rules run eagerly and leave
// constants behind.
//
// Creation order is a topological order, so a backward pass is one reverse
// sweep over the tape. A std::deque keeps node addresses stable while a
// backward rule appends new nodes.
#include <Eigen/Core>
#include <deque>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/nn/parameter.h"

namespace kx::core::nn {

template <typename T>
class Tape;

/// A handle to one node of a tape: cheap to copy, valid until the tape is cleared.
template <typename T>
struct Var {
  Tape<T>* tape = nullptr;
  int id = -1;

  const Mat<T>& value() const { return tape->value(*this); }
  Eigen::Index rows() const { return value().rows(); }
  Eigen::Index cols() const { return value().cols(); }
  bool requiresGrad() const { return tape->requiresGrad(*this); }
};

template <typename T>
class Tape {
 public:
  /// Pushes the gradient contributions of one node to its inputs, given the
  /// node's upstream gradient g, by calling accumulate().
  using BackwardFn = std::function<void(Tape&, Var<T> g)>;

  Tape() = default;
  Tape(const Tape&) = delete;
  Tape& operator=(const Tape&) = delete;

  /// A value no gradient flows to (data, targets, masks).
  Var<T> constant(Mat<T> value);
  /// A leaf whose gradient can be asked for with gradient() (e.g. the x of a gradient penalty).
  Var<T> input(Mat<T> value, bool requiresGrad = true);
  /// A leaf that views a parameter's value (no copy); backward() adds into its
  /// grad, unless the parameter is frozen on this tape.
  Var<T> param(Parameter<T>& p);
  /// From now until clear(), leaves of these parameters view their values as
  /// constants: no backward pass computes their gradients or touches their
  /// grads, while gradients still flow through them to the other inputs (the
  /// critic during a generator update). Nothing is written to a frozen
  /// parameter, so several tapes may read one from several threads at once.
  void freeze(const ParameterGroup<T>& group);

  /// Records an op's result. The node requires a gradient when recording is on
  /// and any input does; only then is the backward rule kept.
  Var<T> record(Mat<T>&& value, std::initializer_list<Var<T>> inputs, BackwardFn backward);

  /// Storage for an op's result, reused from the previous step's nodes when
  /// one of the same size is free: a training step repeats the same shapes,
  /// and fresh multi-megabyte blocks would cost page faults every step.
  Mat<T> allocate(Eigen::Index rows, Eigen::Index cols);
  /// An Eigen expression evaluated into allocate()d storage.
  template <typename Expr>
  Mat<T> evaluate(const Eigen::MatrixBase<Expr>& e) {
    Mat<T> m = allocate(e.rows(), e.cols());
    m = e;
    return m;
  }

  const Mat<T>& value(Var<T> v) const;
  bool requiresGrad(Var<T> v) const { return m_nodes[static_cast<std::size_t>(v.id)].requiresGrad; }
  Var<T> var(int id) { return {this, id}; }

  /// Adds d(output)/d(param) into every parameter's grad (output is usually a
  /// scalar loss; for a matrix the seed is all ones, i.e. the gradient of its sum).
  void backward(Var<T> output);
  /// d(output)/d(wrt[k]) as nodes of this tape. With createGraph the backward
  /// rules are recorded, so the results can be differentiated again.
  std::vector<Var<T>> gradient(Var<T> output, const std::vector<Var<T>>& wrt, bool createGraph = false);

  /// Used by backward rules: adds a gradient contribution to node `to`.
  void accumulate(Var<T> to, Var<T> contribution);
  /// Used by backward rules to skip work for inputs that need no gradient.
  bool needsGrad(int id) const { return m_nodes[static_cast<std::size_t>(id)].requiresGrad; }

  std::size_t size() const { return m_nodes.size(); }
  /// Forgets every node (keeping their storage for the next step's ops); Vars
  /// of this tape become invalid.
  void clear();

 private:
  struct Node {
    Mat<T> value;
    const Mat<T>* external = nullptr;  // parameter leaves view the parameter
    Parameter<T>* param = nullptr;
    bool requiresGrad = false;
    bool ownedSum = false;  // a gradient sum created by accumulate(): safe to add into in place
    BackwardFn backward;
  };

  void backwardPass(Var<T> output, bool createGraph);

  std::deque<Node> m_nodes;
  std::vector<int> m_grad;  // gradient node per node during a backward pass (-1 = none)
  bool m_recording = true;
  std::unordered_set<const Parameter<T>*> m_frozen;
  std::unordered_map<Eigen::Index, std::vector<Mat<T>>> m_free;  // by size: storage of the last step's nodes
};

extern template class Tape<float>;
extern template class Tape<double>;

}  // namespace kx::core::nn
