#pragma once
// The Bernoulli products and sums met in the harmonic path integral
// (docs/math.md §2.9): the infinite products of sinh x / x and sin x / x over
// the path's Fourier modes, their partial products, the ratio of the
// harmonic to the free kernel at the origin, and the companion sums
// Σ 1/(n² ± ω²) with their closed forms.
namespace kx::core::walk {

/// ∏_{n=1}^{N} (1 + x²/(n²π²)), which tends to sinh(x)/x.
double sinhPartialProduct(double x, int terms);
/// ∏_{n=1}^{N} (1 − x²/(n²π²)), which tends to sin(x)/x.
double sinPartialProduct(double x, int terms);
/// sinh(x)/x and sin(x)/x, 1 at x = 0.
double sinhc(double x);
double sinc(double x);

/// K_ω(0, 0; T) / K_0(0, 0; T) = √(ωT / sinh ωT) as a function of u = ωT
/// (1 at u = 0), and its partial product ∏_{n≤N} (1 + u²/(n²π²))^(−1/2).
double harmonicToFreeRatio(double u);
double harmonicToFreePartial(double u, int terms);

/// Σ_{n=1}^{N} 1/(n² + ω²) and its limit (πω coth(πω) − 1)/(2ω²) (π²/6 at ω = 0).
double plusPartialSum(double omega, int terms);
double plusSum(double omega);
/// Σ_{n=1}^{N} 1/(n² − ω²) and its limit (1 − πω cot(πω))/(2ω²), with poles
/// at the nonzero integers (π²/6 at ω = 0; ±infinity exactly at a pole).
double minusPartialSum(double omega, int terms);
double minusSum(double omega);

/// Bounds on what the terms beyond N add, for N > |x|/π (products) and
/// N ≥ 2|ω| (sums): |ln(limit / partial)| for the products, |limit − partial|
/// for the sums (infinity outside those ranges). Both tails are of order 1/N.
double productTailBound(double x, int terms);
double sumTailBound(double omega, int terms);

}  // namespace kx::core::walk
