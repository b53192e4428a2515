#include "core/nn/weights_file.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

namespace kx::core::nn {
namespace {

constexpr char kMagic[8] = {'K', 'X', 'N', 'N', 'W', 'T', 'S', '1'};

std::uint64_t fnv1a(const std::vector<char>& bytes, std::size_t count) {
  std::uint64_t h = 14695981039346656037ull;
  for (std::size_t k = 0; k < count; ++k) {
    h ^= static_cast<unsigned char>(bytes[k]);
    h *= 1099511628211ull;
  }
  return h;
}

template <typename V>
void put(std::vector<char>& out, const V& v) {
  const char* p = reinterpret_cast<const char*>(&v);
  out.insert(out.end(), p, p + sizeof(V));
}

/// Reads fixed-size fields from a byte buffer, remembering an overrun instead of reading past the end.
class Reader {
 public:
  Reader(const std::vector<char>& bytes, std::size_t end) : m_bytes(bytes), m_end(end) {}
  bool read(void* to, std::size_t n) {
    if (m_pos + n > m_end) return false;
    if (n == 0) return true;  // `to` may be the null data() of an empty matrix: memcpy must not see it
    std::memcpy(to, m_bytes.data() + m_pos, n);
    m_pos += n;
    return true;
  }
  std::size_t position() const { return m_pos; }

 private:
  const std::vector<char>& m_bytes;
  std::size_t m_end;
  std::size_t m_pos = 0;
};

std::string shapeText(std::uint64_t rows, std::uint64_t cols) {
  return std::to_string(rows) + "x" + std::to_string(cols);
}

}  // namespace

template <typename T>
Status saveWeights(const std::string& path, const ParameterGroup<T>& group) {
  std::vector<char> bytes(std::begin(kMagic), std::end(kMagic));
  put(bytes, static_cast<std::uint32_t>(sizeof(T)));
  put(bytes, static_cast<std::uint32_t>(group.size()));
  for (const auto* p : group) {
    put(bytes, static_cast<std::uint32_t>(p->name.size()));
    bytes.insert(bytes.end(), p->name.begin(), p->name.end());
    put(bytes, static_cast<std::uint32_t>(p->value.rows()));
    put(bytes, static_cast<std::uint32_t>(p->value.cols()));
    const char* data = reinterpret_cast<const char*>(p->value.data());
    bytes.insert(bytes.end(), data, data + p->value.size() * sizeof(T));
  }
  put(bytes, fnv1a(bytes, bytes.size()));
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return fail("cannot write weight file '" + path + "'");
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!file) return fail("error while writing weight file '" + path + "'");
  return Ok{};
}

template <typename T>
Status loadWeights(const std::string& path, const ParameterGroup<T>& group) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return fail("cannot open weight file '" + path + "'");
  const std::vector<char> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  return readWeights(bytes, path, group);
}

template <typename T>
Status readWeights(const std::vector<char>& bytes, const std::string& source, const ParameterGroup<T>& group) {
  const std::string where = "weight file '" + source + "': ";
  if (bytes.empty()) return fail(where + "the file is empty");
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return fail(where + "not a Kexue Lab weight file (bad magic)");
  if (bytes.size() < sizeof(kMagic) + 8 + 8) return fail(where + "truncated header");

  const std::size_t body = bytes.size() - sizeof(std::uint64_t);
  Reader in(bytes, body);
  char magic[sizeof(kMagic)];
  std::uint32_t scalarBytes = 0, count = 0;
  in.read(magic, sizeof(magic));
  in.read(&scalarBytes, 4);
  in.read(&count, 4);
  if (scalarBytes != 4 && scalarBytes != 8)
    return fail(where + "corrupt header (scalar size " + std::to_string(scalarBytes) + ")");
  // Parse the structure first so a short file is reported as truncated, not as a bad checksum.
  std::vector<Mat<T>> values;
  std::vector<std::string> names;
  for (std::uint32_t k = 0; k < count; ++k) {
    std::uint32_t nameLength = 0, rows = 0, cols = 0;
    if (!in.read(&nameLength, 4) || nameLength > body) return fail(where + "truncated or corrupt");
    std::string name(nameLength, '\0');
    if (!in.read(name.data(), nameLength) || !in.read(&rows, 4) || !in.read(&cols, 4))
      return fail(where + "truncated or corrupt");
    if (rows != 0 && std::uint64_t(cols) > body / rows)
      return fail(where + "truncated (tensor '" + name + "' is cut short)");
    const std::uint64_t dataBytes = std::uint64_t(rows) * cols * scalarBytes;
    if (in.position() + dataBytes > body) return fail(where + "truncated (tensor '" + name + "' is cut short)");
    if (scalarBytes == sizeof(T)) {
      Mat<T> m(rows, cols);
      in.read(m.data(), dataBytes);
      values.push_back(std::move(m));
    } else {
      std::vector<char> skip(dataBytes);
      in.read(skip.data(), dataBytes);
    }
    names.push_back(std::move(name));
  }
  if (in.position() != body) return fail(where + "truncated or has trailing bytes");
  std::uint64_t stored = 0;
  std::memcpy(&stored, bytes.data() + body, sizeof(stored));
  if (stored != fnv1a(bytes, body)) return fail(where + "corrupt (checksum mismatch)");

  if (scalarBytes != sizeof(T))
    return fail(where + "holds " + std::to_string(8 * scalarBytes) + "-bit numbers, the model uses " +
                std::to_string(8 * sizeof(T)) + "-bit");
  if (count != group.size())
    return fail(where + "holds " + std::to_string(count) + " tensors, the model has " + std::to_string(group.size()));
  for (std::size_t k = 0; k < group.size(); ++k) {
    const Parameter<T>& p = *group[k];
    if (names[k] != p.name)
      return fail(where + "tensor " + std::to_string(k) + " is '" + names[k] + "', the model expects '" + p.name + "'");
    if (values[k].rows() != p.value.rows() || values[k].cols() != p.value.cols())
      return fail(where + "tensor '" + p.name + "' is " + shapeText(values[k].rows(), values[k].cols()) +
                  ", the model expects " + shapeText(p.value.rows(), p.value.cols()));
  }
  for (std::size_t k = 0; k < group.size(); ++k) group[k]->value = std::move(values[k]);
  return Ok{};
}

template Status saveWeights(const std::string&, const ParameterGroup<float>&);
template Status saveWeights(const std::string&, const ParameterGroup<double>&);
template Status loadWeights(const std::string&, const ParameterGroup<float>&);
template Status readWeights(const std::vector<char>&, const std::string&, const ParameterGroup<float>&);
template Status readWeights(const std::vector<char>&, const std::string&, const ParameterGroup<double>&);
template Status loadWeights(const std::string&, const ParameterGroup<double>&);

}  // namespace kx::core::nn
