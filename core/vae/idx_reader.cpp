#include "core/vae/idx_reader.h"

#include <zlib.h>

#include <fstream>
#include <iterator>

namespace kx::core::vae {
namespace {

std::uint32_t bigEndian32(const std::uint8_t* p) {
  return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

std::string hexByte(std::uint8_t b) {
  const char* digits = "0123456789abcdef";
  return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

bool isGzip(std::span<const std::uint8_t> bytes) { return bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b; }

}  // namespace

Result<IdxArray> parseIdx(std::span<const std::uint8_t> bytes, const std::string& name) {
  const std::string where = name + ": ";
  if (bytes.size() < 4)
    return fail(where + "too short for an IDX header (" + std::to_string(bytes.size()) + " bytes; truncated?)");
  if (bytes[0] != 0 || bytes[1] != 0)
    return fail(where + "not an IDX file (the magic number must start with two zero bytes, found " + hexByte(bytes[0]) +
                " " + hexByte(bytes[1]) + ")");
  if (bytes[2] != 0x08)
    return fail(where + "IDX value type " + hexByte(bytes[2]) +
                " is not supported (images and labels are unsigned bytes, type 0x08)");
  const int ndims = bytes[3];
  if (ndims < 1 || ndims > 3)
    return fail(where + "an IDX file of images or labels has 1 to 3 dimensions, this one declares " +
                std::to_string(ndims));
  const std::size_t header = 4 + 4 * std::size_t(ndims);
  if (bytes.size() < header)
    return fail(where + "truncated inside the header (" + std::to_string(bytes.size()) + " bytes, the header needs " +
                std::to_string(header) + ")");
  IdxArray out;
  std::uint64_t total = 1;
  for (int k = 0; k < ndims; ++k) {
    const std::uint32_t d = bigEndian32(bytes.data() + 4 + 4 * k);
    if (d == 0) return fail(where + "dimension " + std::to_string(k + 1) + " is 0 (an empty data set)");
    total *= d;
    if (total > kMaxIdxBytes)
      return fail(where + "the declared dimensions need more than " + std::to_string(kMaxIdxBytes >> 20) +
                  " MB (corrupt header?)");
    out.dims.push_back(d);
  }
  const std::uint64_t expected = header + total;
  if (bytes.size() < expected)
    return fail(where + "truncated: the header declares " + std::to_string(total) + " values but only " +
                std::to_string(bytes.size() - header) + " follow");
  if (bytes.size() > expected)
    return fail(where + std::to_string(bytes.size() - expected) +
                " unexpected bytes after the declared data (wrong dimensions?)");
  out.data.assign(bytes.begin() + std::ptrdiff_t(header), bytes.end());
  return out;
}

Result<std::vector<std::uint8_t>> gunzip(std::span<const std::uint8_t> bytes, const std::string& name) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return fail(name + ": cannot start the gzip decoder");
  std::vector<std::uint8_t> out;
  std::uint8_t buffer[1 << 16];
  zs.next_in = const_cast<Bytef*>(bytes.data());
  zs.avail_in = static_cast<uInt>(bytes.size());
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    zs.next_out = buffer;
    zs.avail_out = sizeof buffer;
    rc = inflate(&zs, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      const std::string detail = zs.msg ? zs.msg : "";
      inflateEnd(&zs);
      if (rc == Z_BUF_ERROR) return fail(name + ": the gzip stream is truncated (it ends before its end marker)");
      return fail(name + ": corrupt gzip data" + (detail.empty() ? "" : " (" + detail + ")"));
    }
    out.insert(out.end(), buffer, buffer + (sizeof buffer - zs.avail_out));
    if (out.size() > kMaxIdxBytes) {
      inflateEnd(&zs);
      return fail(name + ": decompresses to more than " + std::to_string(kMaxIdxBytes >> 20) + " MB");
    }
    if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
      inflateEnd(&zs);
      return fail(name + ": the gzip stream is truncated (it ends before its end marker)");
    }
  }
  const bool trailing = zs.avail_in != 0;
  inflateEnd(&zs);
  if (trailing) return fail(name + ": unexpected bytes after the end of the gzip stream");
  return out;
}

Result<IdxArray> decodeIdx(std::span<const std::uint8_t> bytes, const std::string& name) {
  if (!isGzip(bytes)) return parseIdx(bytes, name);
  auto raw = gunzip(bytes, name);
  if (!raw) return fail(raw.error());
  return parseIdx(*raw, name);
}

Result<std::vector<std::uint8_t>> readFileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(path + ": cannot open the file (missing or unreadable)");
  std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return fail(path + ": read error");
  if (bytes.empty()) return fail(path + ": the file is empty");
  return bytes;
}

Result<ImageSet> imageSetFromIdx(const IdxArray& images, const IdxArray& labels, const std::string& imagesName,
                                 const std::string& labelsName) {
  if (images.dims.size() != 3)
    return fail(imagesName + ": an images file has 3 dimensions (count, rows, columns), this one has " +
                std::to_string(images.dims.size()) + " (is it a labels file?)");
  if (labels.dims.size() != 1)
    return fail(labelsName + ": a labels file has 1 dimension, this one has " + std::to_string(labels.dims.size()) +
                " (is it an images file?)");
  if (images.dims[1] > 1024 || images.dims[2] > 1024)
    return fail(imagesName + ": images of " + std::to_string(images.dims[1]) + " x " + std::to_string(images.dims[2]) +
                " pixels are larger than the 1024 x 1024 this lab accepts");
  if (images.dims[0] != labels.dims[0])
    return fail(labelsName + ": " + std::to_string(labels.dims[0]) + " labels do not match the " +
                std::to_string(images.dims[0]) + " images of " + imagesName);
  for (std::size_t i = 0; i < labels.data.size(); ++i)
    if (labels.data[i] >= kClasses)
      return fail(labelsName + ": label " + std::to_string(labels.data[i]) + " of item " + std::to_string(i) +
                  " is not a class 0..9");
  ImageSet set;
  set.name = imagesName;
  set.count = int(images.dims[0]);
  set.rows = int(images.dims[1]);
  set.cols = int(images.dims[2]);
  set.pixels = images.data;
  set.labels = labels.data;
  return set;
}

Result<ImageSet> loadIdxImageSet(const std::string& imagesPath, const std::string& labelsPath) {
  auto imageBytes = readFileBytes(imagesPath);
  if (!imageBytes) return fail(imageBytes.error());
  auto images = decodeIdx(*imageBytes, imagesPath);
  if (!images) return fail(images.error());
  auto labelBytes = readFileBytes(labelsPath);
  if (!labelBytes) return fail(labelBytes.error());
  auto labels = decodeIdx(*labelBytes, labelsPath);
  if (!labels) return fail(labels.error());
  return imageSetFromIdx(*images, *labels, imagesPath, labelsPath);
}

}  // namespace kx::core::vae
