#include "core/phase/nullclines.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

// Values at the (cells + 1)² vertices of a grid over the window, row-major.
struct VertexGrid {
  PlaneRect rect;
  int cells;
  int side() const { return cells + 1; }
  std::size_t at(int i, int j) const { return static_cast<std::size_t>(j) * side() + i; }
  Vec2 point(int i, int j) const {
    return {rect.xMin + i * rect.width() / cells, rect.yMin + j * rect.height() / cells};
  }
};

// A crossing lives on a grid edge: id 2·vertex for the edge to the right of
// the vertex, 2·vertex + 1 for the edge above it. Two cells share an edge, so
// segments chain through equal ids exactly.
using Segment = std::pair<std::size_t, std::size_t>;

Vec2 crossing(const VertexGrid& g, const std::vector<double>& values, std::size_t edge) {
  const std::size_t vertex = edge / 2;
  const int i = static_cast<int>(vertex % g.side()), j = static_cast<int>(vertex / g.side());
  const int i1 = edge % 2 == 0 ? i + 1 : i, j1 = edge % 2 == 0 ? j : j + 1;
  const double a = values[vertex], b = values[g.at(i1, j1)];
  const double t = a / (a - b);  // linear interpolation of the zero
  return g.point(i, j) + t * (g.point(i1, j1) - g.point(i, j));
}

// Marching squares in one cell: the segments of values = 0, with values >= 0
// counted as positive (a zero vertex then belongs to one side consistently).
// The ambiguous saddle case is decided by the mean of the four corners.
void cellSegments(const VertexGrid& g, const std::vector<double>& values, int i, int j, std::vector<Segment>& out) {
  const std::size_t c[4] = {g.at(i, j), g.at(i + 1, j), g.at(i + 1, j + 1), g.at(i, j + 1)};
  const std::size_t e[4] = {2 * c[0], 2 * c[1] + 1, 2 * c[3], 2 * c[0] + 1};  // bottom, right, top, left
  bool positive[4];
  for (int k = 0; k < 4; ++k) positive[k] = values[c[k]] >= 0;
  std::size_t cut[4];
  int cuts = 0;
  for (int k = 0; k < 4; ++k)  // edge k joins corners k and k+1 (left: 0 and 3)
    if (positive[k] != positive[(k + 1) % 4]) cut[cuts++] = e[k];
  if (cuts == 2) {
    out.push_back({cut[0], cut[1]});
  } else if (cuts == 4) {
    const bool centre = (values[c[0]] + values[c[1]] + values[c[2]] + values[c[3]]) >= 0;
    if (centre == positive[0]) {  // corners 0 and 2 connected: cut off corners 1 and 3
      out.push_back({e[0], e[1]});
      out.push_back({e[2], e[3]});
    } else {
      out.push_back({e[3], e[0]});
      out.push_back({e[1], e[2]});
    }
  }
}

// Joins segments through shared edges into polylines of edge ids.
std::vector<std::vector<std::size_t>> chain(const std::vector<Segment>& segments) {
  std::unordered_map<std::size_t, std::vector<std::size_t>> byEdge;
  for (std::size_t s = 0; s < segments.size(); ++s) {
    byEdge[segments[s].first].push_back(s);
    byEdge[segments[s].second].push_back(s);
  }
  std::vector<char> used(segments.size(), 0);
  auto extend = [&](std::vector<std::size_t>& line) {
    for (;;) {
      const std::size_t end = line.back();
      std::size_t next = segments.size();
      for (std::size_t s : byEdge[end])
        if (!used[s]) next = s;
      if (next == segments.size()) return;
      used[next] = 1;
      line.push_back(segments[next].first == end ? segments[next].second : segments[next].first);
    }
  };
  std::vector<std::vector<std::size_t>> lines;
  for (std::size_t s = 0; s < segments.size(); ++s) {
    if (used[s]) continue;
    used[s] = 1;
    std::vector<std::size_t> forward{segments[s].first, segments[s].second};
    extend(forward);
    std::vector<std::size_t> backward{segments[s].first};
    extend(backward);
    std::vector<std::size_t> line(backward.rbegin(), backward.rend());
    line.insert(line.end(), forward.begin() + 1, forward.end());
    lines.push_back(std::move(line));
  }
  return lines;
}

// Newton's method along the edge on the exact field component, from the
// linear interpolant: it removes the interpolant's O(h²) error where the
// component curves along the edge (docs/math.md §7.5). A step that would
// leave the edge keeps the interpolant.
Vec2 refineOnEdge(const PlanarSystem& system, int component, const VertexGrid& g, std::size_t edge, Vec2 p) {
  const int axis = edge % 2 == 0 ? 0 : 1;
  const Vec2 start = g.point(static_cast<int>(edge / 2 % g.side()), static_cast<int>(edge / 2 / g.side()));
  const double lo = start(axis), hi = lo + (axis == 0 ? g.rect.width() : g.rect.height()) / g.cells;
  for (int k = 0; k < 3; ++k) {
    const double value = system.rhs(p)(component), slope = system.jacobian(p)(component, axis);
    const double next = p(axis) - value / slope;
    if (!std::isfinite(next) || next < lo || next > hi) break;
    p(axis) = next;
  }
  return p;
}

void addBranches(const VertexGrid& g, const std::vector<double>& values, const std::vector<Segment>& segments,
                 int component, const PlanarSystem* refineWith, std::vector<NullclineBranch>& out) {
  for (const auto& line : chain(segments)) {
    NullclineBranch branch{component, refineWith == nullptr, {}};
    for (std::size_t edge : line) {
      const Vec2 p = crossing(g, values, edge);
      branch.points.push_back(refineWith ? refineOnEdge(*refineWith, component, g, edge, p) : p);
    }
    out.push_back(std::move(branch));
  }
}

bool finiteCell(const VertexGrid& g, const std::vector<double>& values, int i, int j) {
  return std::isfinite(values[g.at(i, j)]) && std::isfinite(values[g.at(i + 1, j)]) &&
         std::isfinite(values[g.at(i + 1, j + 1)]) && std::isfinite(values[g.at(i, j + 1)]);
}

// Branches of h = 0 for one field component h (f or g), given h and its two
// partial derivatives at the vertices.
void componentBranches(const PlanarSystem& system, const VertexGrid& g, int component, const std::vector<double>& h,
                       const std::vector<double>& hx, const std::vector<double>& hy,
                       std::vector<NullclineBranch>& out) {
  std::vector<Segment> simple;
  std::vector<char> quiet(static_cast<std::size_t>(g.cells) * g.cells, 0);  // finite cells where h keeps its sign
  for (int j = 0; j < g.cells; ++j)
    for (int i = 0; i < g.cells; ++i) {
      if (!finiteCell(g, h, i, j)) continue;
      const std::size_t before = simple.size();
      cellSegments(g, h, i, j, simple);
      quiet[static_cast<std::size_t>(j) * g.cells + i] = simple.size() == before;
    }
  addBranches(g, h, simple, component, &system, out);

  // Tangential branches: where h has a double root its gradient vanishes too,
  // so a partial derivative changes sign there while h does not. A segment of
  // that derivative's zero contour counts if h vanishes at its ends, measured
  // against h's size at the cell's corners (docs/math.md §7.5).
  auto hAt = [&](const Vec2& p) { return std::abs(system.rhs(p)(component)); };
  std::vector<char> covered(quiet.size(), 0);
  for (const auto* d : {&hx, &hy}) {
    std::vector<Segment> tangent;
    for (int j = 0; j < g.cells; ++j)
      for (int i = 0; i < g.cells; ++i) {
        const std::size_t cell = static_cast<std::size_t>(j) * g.cells + i;
        if (!quiet[cell] || covered[cell] || !finiteCell(g, *d, i, j)) continue;
        const double size = std::max({std::abs(h[g.at(i, j)]), std::abs(h[g.at(i + 1, j)]),
                                      std::abs(h[g.at(i + 1, j + 1)]), std::abs(h[g.at(i, j + 1)])});
        if (size == 0) continue;  // h vanishes on the whole cell: no curve to draw
        std::vector<Segment> candidates;
        cellSegments(g, *d, i, j, candidates);
        for (const auto& s : candidates)
          if (hAt(crossing(g, *d, s.first)) <= 1e-3 * size && hAt(crossing(g, *d, s.second)) <= 1e-3 * size) {
            tangent.push_back(s);
            covered[cell] = 1;
          }
      }
    addBranches(g, *d, tangent, component, nullptr, out);  // tangential: as interpolated
  }
}

}  // namespace

std::vector<NullclineBranch> contourNullclines(const PlanarSystem& system, const PlaneRect& window, int cells) {
  const VertexGrid g{window, std::max(2, cells)};
  const std::size_t n = static_cast<std::size_t>(g.side()) * g.side();
  std::vector<double> x(n), y(n), f(n), gv(n), fx(n), fy(n), gx(n), gy(n);
  for (int j = 0; j < g.side(); ++j)
    for (int i = 0; i < g.side(); ++i) {
      const Vec2 p = g.point(i, j);
      x[g.at(i, j)] = p(0);
      y[g.at(i, j)] = p(1);
    }
  system.rhsBlock(x.data(), y.data(), n, f.data(), gv.data());
  system.jacobianBlock(x.data(), y.data(), n, fx.data(), fy.data(), gx.data(), gy.data());
  std::vector<NullclineBranch> branches;
  componentBranches(system, g, 0, f, fx, fy, branches);
  componentBranches(system, g, 1, gv, gx, gy, branches);
  return branches;
}

}  // namespace kx::core
