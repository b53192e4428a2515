#include "core/vae/training_schedule.h"

#include <algorithm>
#include <numeric>

#include "core/util/counter_rng.h"

namespace kx::core::vae {
namespace {

__extension__ typedef unsigned __int128 UInt128;  // GCC's, named without a -Wpedantic warning

}  // namespace

void shuffleWith(std::vector<int>& v, std::uint64_t key) {
  for (std::size_t i = v.size(); i > 1; --i) {
    const auto j = std::size_t(UInt128(streamWord(key, i)) * i >> 64);
    std::swap(v[i - 1], v[j]);
  }
}

TrainingSchedule::TrainingSchedule(int trainCount, int batch, std::uint64_t seed)
    : m_seed(seed),
      m_order(std::size_t(trainCount)),
      m_batch(std::min(batch, trainCount)),
      m_stepsPerEpoch(std::max(1, trainCount / batch)) {
  std::iota(m_order.begin(), m_order.end(), 0);
  shuffle();
}

// Each epoch shuffles the previous order again (any order is as good a start).
void TrainingSchedule::shuffle() { shuffleWith(m_order, blockKey(m_seed, kShuffleStreams + std::uint64_t(m_epoch))); }

std::vector<int> TrainingSchedule::batch() const {
  const auto begin = m_order.begin() + std::ptrdiff_t(m_step) * m_batch;
  return {begin, begin + m_batch};
}

std::uint64_t TrainingSchedule::stepIndex() const {
  return std::uint64_t(m_epoch) * std::uint64_t(m_stepsPerEpoch) + std::uint64_t(m_step);
}

void TrainingSchedule::advance(double loss) {
  m_lossSum += loss;
  if (++m_step == m_stepsPerEpoch) {
    m_lastEpochLoss = m_lossSum / m_stepsPerEpoch;
    m_step = 0;
    m_lossSum = 0;
    ++m_epoch;
    shuffle();
  }
}

}  // namespace kx::core::vae
