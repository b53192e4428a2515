#pragma once
// Which training images a VAE trainer visits, batch by batch and epoch by
// epoch, and the running loss of the epoch: shared by the VAE (vae_trainer.h)
// and the f-VAE (fvae_trainer.h). Each epoch shuffles the previous order
// again with counter-based words, so a run depends only on the seed: not on
// the standard library, nor on the thread count.
#include <cstdint>
#include <vector>

namespace kx::core::vae {

// Streams blockKey(seed, kind + index): the batch order of epoch e, the noise
// of training step t, the noise of held-out batch b. Disjoint from the
// models' weight streams (vae_model.cpp, fvae_model.cpp).
inline constexpr std::uint64_t kShuffleStreams = 1ull << 40;
inline constexpr std::uint64_t kTrainNoiseStreams = 2ull << 40;
inline constexpr std::uint64_t kEvalNoiseStreams = 3ull << 40;

/// Fisher–Yates with j = floor(w (i + 1) / 2^64) from the words of stream
/// `key` (bias ~ n / 2^64), unlike std::shuffle the same with every standard
/// library. Also draws the f-VAE flow's permutations (flow.h).
void shuffleWith(std::vector<int>& v, std::uint64_t key);

class TrainingSchedule {
 public:
  /// Images 0..trainCount-1 in batches of min(batch, trainCount); an epoch is
  /// max(1, trainCount / batch) batches (the remainder waits for a later shuffle).
  TrainingSchedule(int trainCount, int batch, std::uint64_t seed);

  /// The indices of the current batch.
  std::vector<int> batch() const;
  /// Steps taken since the start: the index of the current step's noise stream.
  std::uint64_t stepIndex() const;
  /// Records the current batch's loss and moves to the next batch (reshuffling after the last of an epoch).
  void advance(double loss);

  int epoch() const { return m_epoch; }  ///< completed epochs
  int stepInEpoch() const { return m_step; }
  int stepsPerEpoch() const { return m_stepsPerEpoch; }
  /// Mean training loss of the batches of the current epoch so far.
  double epochLoss() const { return m_step ? m_lossSum / m_step : 0; }
  /// Mean training loss of the last completed epoch.
  double lastEpochLoss() const { return m_lastEpochLoss; }

 private:
  void shuffle();  // the order of m_epoch's batches

  std::uint64_t m_seed;
  std::vector<int> m_order;
  int m_batch, m_stepsPerEpoch, m_epoch = 0, m_step = 0;
  double m_lossSum = 0, m_lastEpochLoss = 0;
};

}  // namespace kx::core::vae
