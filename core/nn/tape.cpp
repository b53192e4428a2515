#include "core/nn/tape.h"

#include <stdexcept>

#include "core/nn/ops.h"

namespace kx::core::nn {
namespace {

/// Restores the recording flag however a backward pass ends.
class RecordingGuard {
 public:
  RecordingGuard(bool& flag, bool value) : m_flag(flag), m_saved(flag) { m_flag = value; }
  ~RecordingGuard() { m_flag = m_saved; }
  RecordingGuard(const RecordingGuard&) = delete;
  RecordingGuard& operator=(const RecordingGuard&) = delete;

 private:
  bool& m_flag;
  bool m_saved;
};

}  // namespace

template <typename T>
Var<T> Tape<T>::constant(Mat<T> value) {
  m_nodes.push_back(Node{std::move(value), nullptr, nullptr, false, false, {}});
  return var(static_cast<int>(m_nodes.size()) - 1);
}

template <typename T>
Var<T> Tape<T>::input(Mat<T> value, bool requiresGrad) {
  m_nodes.push_back(Node{std::move(value), nullptr, nullptr, requiresGrad, false, {}});
  return var(static_cast<int>(m_nodes.size()) - 1);
}

template <typename T>
Var<T> Tape<T>::param(Parameter<T>& p) {
  const bool frozen = m_frozen.contains(&p);
  m_nodes.push_back(Node{Mat<T>(), &p.value, frozen ? nullptr : &p, !frozen, false, {}});
  return var(static_cast<int>(m_nodes.size()) - 1);
}

template <typename T>
void Tape<T>::freeze(const ParameterGroup<T>& group) {
  m_frozen.insert(group.begin(), group.end());
}

template <typename T>
Var<T> Tape<T>::record(Mat<T>&& value, std::initializer_list<Var<T>> inputs, BackwardFn backward) {
  bool needs = false;
  if (m_recording)
    for (const auto& in : inputs) needs = needs || requiresGrad(in);
  m_nodes.push_back(Node{std::move(value), nullptr, nullptr, needs, false, needs ? std::move(backward) : BackwardFn{}});
  return var(static_cast<int>(m_nodes.size()) - 1);
}

template <typename T>
const Mat<T>& Tape<T>::value(Var<T> v) const {
  const Node& n = m_nodes[static_cast<std::size_t>(v.id)];
  return n.external ? *n.external : n.value;
}

template <typename T>
void Tape<T>::accumulate(Var<T> to, Var<T> contribution) {
  if (!needsGrad(to.id)) return;
  const Mat<T>& target = value(to);
  if (contribution.rows() != target.rows() || contribution.cols() != target.cols())
    throw std::logic_error("nn::Tape: gradient shape differs from its node's shape");
  int& slot = m_grad[static_cast<std::size_t>(to.id)];
  if (slot < 0) {
    slot = contribution.id;
    return;
  }
  Node& sum = m_nodes[static_cast<std::size_t>(slot)];
  if (!m_recording && sum.ownedSum) {
    // A sum made here and not yet handed to any rule: add in place, no new matrix.
    sum.value += value(contribution);
    return;
  }
  const Var<T> total = add(var(slot), contribution);
  m_nodes[static_cast<std::size_t>(total.id)].ownedSum = !m_recording;
  slot = total.id;
}

template <typename T>
void Tape<T>::backwardPass(Var<T> output, bool createGraph) {
  m_grad.assign(m_nodes.size(), -1);
  RecordingGuard guard(m_recording, createGraph);
  const Mat<T>& out = value(output);
  m_grad[static_cast<std::size_t>(output.id)] = constant(Mat<T>::Ones(out.rows(), out.cols())).id;
  for (int i = output.id; i >= 0; --i) {
    const int g = m_grad[static_cast<std::size_t>(i)];
    Node& node = m_nodes[static_cast<std::size_t>(i)];
    if (g < 0 || !node.backward) continue;
    m_nodes[static_cast<std::size_t>(g)].ownedSum = false;  // now shared with the rule's outputs
    node.backward(*this, var(g));
  }
}

template <typename T>
void Tape<T>::backward(Var<T> output) {
  backwardPass(output, false);
  for (std::size_t i = 0; i < m_grad.size(); ++i) {
    Node& node = m_nodes[i];
    if (node.param && m_grad[i] >= 0) node.param->grad += value(var(m_grad[i]));
  }
}

template <typename T>
std::vector<Var<T>> Tape<T>::gradient(Var<T> output, const std::vector<Var<T>>& wrt, bool createGraph) {
  backwardPass(output, createGraph);
  std::vector<Var<T>> grads;
  grads.reserve(wrt.size());
  for (const auto& w : wrt) {
    const int g = m_grad[static_cast<std::size_t>(w.id)];
    grads.push_back(g >= 0 ? var(g) : constant(Mat<T>::Zero(w.rows(), w.cols())));
  }
  return grads;
}

template <typename T>
Mat<T> Tape<T>::allocate(Eigen::Index rows, Eigen::Index cols) {
  const auto it = m_free.find(rows * cols);
  if (it == m_free.end() || it->second.empty()) return Mat<T>(rows, cols);
  Mat<T> m = std::move(it->second.back());
  it->second.pop_back();
  m.resize(rows, cols);  // same size: no reallocation
  return m;
}

template <typename T>
void Tape<T>::clear() {
  // Keep one step's worth: what was left over from the step before goes.
  m_free.clear();
  for (auto& node : m_nodes)
    if (node.value.size() > 0) m_free[node.value.size()].push_back(std::move(node.value));
  m_nodes.clear();
  m_grad.clear();
  m_frozen.clear();
  m_recording = true;
}

template class Tape<float>;
template class Tape<double>;

}  // namespace kx::core::nn
