#include "widgets/video/video_encoder.h"

#include <QFileInfo>
#include <cstring>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace kx::widgets {
namespace {

// QImage's Format_RGB32 and ARGB32 store a native-endian 0xAARRGGBB word per
// pixel: FFmpeg's AV_PIX_FMT_RGB32 is defined as exactly that.
constexpr AVPixelFormat kImageFormat = AV_PIX_FMT_RGB32;

std::string avError(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

core::Error avFail(const std::string& what, int code) { return core::fail(what + ": " + avError(code)); }

struct Codec {
  const char* encoder;  ///< FFmpeg's name, as `ffmpeg -encoders` lists it
  const char* muxer;
  AVPixelFormat pixels;
};

Codec codecOf(VideoFormat format) {
  switch (format) {
    case VideoFormat::Mp4:
      return {"libx264", "mp4", AV_PIX_FMT_YUV420P};
    case VideoFormat::WebM:
      return {"libvpx-vp9", "webm", AV_PIX_FMT_YUV420P};
    case VideoFormat::Gif:
      return {"gif", "gif", AV_PIX_FMT_PAL8};
  }
  return {};
}

// Quality settings chosen for figures (flat colours, thin lines, text):
// x264's crf 20 keeps one-pixel lines legible; preset "veryfast" skips the
// trellis quantisation that took half of the encoder's time on the particle
// clouds of W8 (docs/benchmarks.md) for files about 10 % larger. VP9 at crf
// 32 in libvpx's realtime mode at speed 8: its "good" mode at speed 5 took
// 71 s for W8's 300 frames, realtime 13 s, for files about 25 % larger.
void setEncoderOptions(VideoFormat format, AVDictionary** options) {
  switch (format) {
    case VideoFormat::Mp4:
      av_dict_set(options, "preset", "veryfast", 0);
      av_dict_set(options, "crf", "20", 0);
      break;
    case VideoFormat::WebM:
      av_dict_set(options, "crf", "32", 0);
      av_dict_set(options, "b", "0", 0);
      av_dict_set(options, "deadline", "realtime", 0);
      av_dict_set(options, "cpu-used", "8", 0);
      av_dict_set(options, "row-mt", "1", 0);
      break;
    case VideoFormat::Gif:
      break;
  }
}

}  // namespace

struct VideoEncoder::State {
  VideoFormat format{};
  QSize size;
  AVFormatContext* muxer = nullptr;
  AVCodecContext* codec = nullptr;
  AVStream* stream = nullptr;
  AVFrame* frame = nullptr;  ///< the codec's input (YUV) or the filters' input (GIF)
  AVPacket* packet = nullptr;
  SwsContext* scaler = nullptr;
  AVFilterGraph* filters = nullptr;  ///< GIF: palettegen + paletteuse
  AVFilterContext* filterIn = nullptr;
  AVFilterContext* filterOut = nullptr;
  AVFrame* filtered = nullptr;
  int64_t nextPts = 0;
  bool headerWritten = false;
  bool finished = false;

  ~State() {
    sws_freeContext(scaler);
    avfilter_graph_free(&filters);
    av_frame_free(&filtered);
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&codec);
    if (muxer) {
      if (muxer->pb) avio_closep(&muxer->pb);
      avformat_free_context(muxer);
    }
  }

  core::Status openFilters(int framesPerSecond) {
    filters = avfilter_graph_alloc();
    if (!filters) return core::fail("cannot allocate FFmpeg's filter graph");
    const std::string source = "video_size=" + std::to_string(size.width()) + "x" + std::to_string(size.height()) +
                               ":pix_fmt=" + std::to_string(int(kImageFormat)) +
                               ":time_base=1/" + std::to_string(framesPerSecond) + ":pixel_aspect=1/1";
    int code = avfilter_graph_create_filter(&filterIn, avfilter_get_by_name("buffer"), "in", source.c_str(), nullptr,
                                            filters);
    if (code < 0) return avFail("cannot create the GIF filters' input", code);
    code = avfilter_graph_create_filter(&filterOut, avfilter_get_by_name("buffersink"), "out", nullptr, nullptr,
                                        filters);
    if (code < 0) return avFail("cannot create the GIF filters' output", code);
    const AVPixelFormat sinkFormats[] = {AV_PIX_FMT_PAL8, AV_PIX_FMT_NONE};
    code = av_opt_set_int_list(filterOut, "pix_fmts", sinkFormats, AV_PIX_FMT_NONE, AV_OPT_SEARCH_CHILDREN);
    if (code < 0) return avFail("cannot ask the GIF filters for 8-bit palettes", code);
    // One palette per frame (stats_mode=single, new=1): a figure's few exact
    // colours survive; one palette for the whole animation would be built
    // only after the last frame, holding every frame in memory.
    AVFilterInOut* outputs = avfilter_inout_alloc();
    AVFilterInOut* inputs = avfilter_inout_alloc();
    outputs->name = av_strdup("in");
    outputs->filter_ctx = filterIn;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = filterOut;
    code = avfilter_graph_parse_ptr(filters, "split[a][b];[a]palettegen=stats_mode=single[p];[b][p]paletteuse=new=1",
                                    &inputs, &outputs, nullptr);
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    if (code < 0) return avFail("cannot build the GIF palette filters (is libavfilter complete?)", code);
    code = avfilter_graph_config(filters, nullptr);
    if (code < 0) return avFail("cannot configure the GIF palette filters", code);
    filtered = av_frame_alloc();
    if (!filtered) return core::fail("out of memory");
    return core::Ok{};
  }

  core::Status writePackets() {
    while (true) {
      const int code = avcodec_receive_packet(codec, packet);
      if (code == AVERROR(EAGAIN) || code == AVERROR_EOF) return core::Ok{};
      if (code < 0) return avFail("the encoder failed", code);
      av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
      packet->stream_index = stream->index;
      const int written = av_interleaved_write_frame(muxer, packet);  // takes the packet's data
      if (written < 0) return avFail("cannot write to the video file", written);
    }
  }

  core::Status encode(AVFrame* input) {
    const int code = avcodec_send_frame(codec, input);
    if (code < 0) return avFail("the encoder refused a frame", code);
    return writePackets();
  }

  /// Pushes `input` (null: the end) through the palette filters and encodes
  /// what comes out.
  core::Status filterAndEncode(AVFrame* input) {
    int code = av_buffersrc_add_frame_flags(filterIn, input, AV_BUFFERSRC_FLAG_KEEP_REF);
    if (code < 0) return avFail("the GIF palette filters refused a frame", code);
    while (true) {
      code = av_buffersink_get_frame(filterOut, filtered);
      if (code == AVERROR(EAGAIN) || code == AVERROR_EOF) return core::Ok{};
      if (code < 0) return avFail("the GIF palette filters failed", code);
      auto status = encode(filtered);
      av_frame_unref(filtered);
      if (!status) return status;
    }
  }
};

core::Result<VideoFormat> videoFormatFor(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == "mp4") return VideoFormat::Mp4;
  if (suffix == "webm") return VideoFormat::WebM;
  if (suffix == "gif") return VideoFormat::Gif;
  return core::fail("a video file ends in .mp4, .webm or .gif, not '" + path.toStdString() + "'");
}

core::Status checkVideoSize(VideoFormat format, QSize size) {
  constexpr int kMin = 16, kMax = 4096;
  if (size.width() < kMin || size.height() < kMin || size.width() > kMax || size.height() > kMax)
    return core::fail("a video is " + std::to_string(kMin) + " to " + std::to_string(kMax) + " pixels on each side, not " +
                      std::to_string(size.width()) + "x" + std::to_string(size.height()));
  if (format != VideoFormat::Gif && (size.width() % 2 || size.height() % 2))
    return core::fail("MP4 and WebM need an even width and height, not " + std::to_string(size.width()) + "x" +
                      std::to_string(size.height()));
  return core::Ok{};
}

VideoEncoder::VideoEncoder(std::unique_ptr<State> state) : m_state(std::move(state)) {}

VideoEncoder::~VideoEncoder() = default;

core::Result<std::unique_ptr<VideoEncoder>> VideoEncoder::open(const QString& path, VideoFormat format, QSize size,
                                                               int framesPerSecond) {
  if (auto status = checkVideoSize(format, size); !status) return core::fail(status.error());
  if (framesPerSecond < 1 || framesPerSecond > 120)
    return core::fail("frames per second are 1 to 120, not " + std::to_string(framesPerSecond));
  const Codec spec = codecOf(format);
  const AVCodec* encoder = avcodec_find_encoder_by_name(spec.encoder);
  if (!encoder)
    return core::fail(std::string("this FFmpeg has no ") + spec.encoder + " encoder: install Debian's libavcodec59 " +
                      "(with its codec libraries) or choose another format");

  auto state = std::make_unique<State>();
  state->format = format;
  state->size = size;
  av_log_set_level(AV_LOG_ERROR);  // the encoders' statistics are not for our users' terminals
  const QByteArray localPath = path.toLocal8Bit();
  // The name also lets the MP4 muxer reopen the file to move its index to the front.
  int code = avformat_alloc_output_context2(&state->muxer, nullptr, spec.muxer, localPath.constData());
  if (code < 0 || !state->muxer) return avFail(std::string("this FFmpeg cannot write ") + spec.muxer, code);

  AVCodecContext* codec = state->codec = avcodec_alloc_context3(encoder);
  if (!codec) return core::fail("out of memory");
  codec->width = size.width();
  codec->height = size.height();
  codec->pix_fmt = spec.pixels;
  codec->time_base = AVRational{1, framesPerSecond};
  codec->framerate = AVRational{framesPerSecond, 1};
  codec->sample_aspect_ratio = AVRational{1, 1};
  codec->gop_size = 2 * framesPerSecond;  // a key frame every 2 s: players can seek
  if (spec.pixels == AV_PIX_FMT_YUV420P) {
    // swscale converts with the BT.601 matrix to limited range: say so, so
    // players decode the figure's colours back as they were.
    codec->colorspace = AVCOL_SPC_SMPTE170M;
    codec->color_primaries = AVCOL_PRI_SMPTE170M;
    codec->color_trc = AVCOL_TRC_SMPTE170M;
    codec->color_range = AVCOL_RANGE_MPEG;
  }
  if (state->muxer->oformat->flags & AVFMT_GLOBALHEADER) codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  AVDictionary* options = nullptr;
  setEncoderOptions(format, &options);
  code = avcodec_open2(codec, encoder, &options);
  av_dict_free(&options);
  if (code < 0) return avFail(std::string("cannot open the ") + spec.encoder + " encoder", code);

  state->stream = avformat_new_stream(state->muxer, nullptr);
  if (!state->stream) return core::fail("out of memory");
  state->stream->time_base = codec->time_base;
  state->stream->avg_frame_rate = codec->framerate;
  code = avcodec_parameters_from_context(state->stream->codecpar, codec);
  if (code < 0) return avFail("cannot describe the video stream", code);

  code = avio_open(&state->muxer->pb, localPath.constData(), AVIO_FLAG_WRITE);
  if (code < 0) return avFail("cannot write " + path.toStdString(), code);
  AVDictionary* muxOptions = nullptr;
  if (format == VideoFormat::Mp4) av_dict_set(&muxOptions, "movflags", "+faststart", 0);  // plays while loading
  code = avformat_write_header(state->muxer, &muxOptions);
  av_dict_free(&muxOptions);
  if (code < 0) return avFail("cannot write the header of " + path.toStdString(), code);
  state->headerWritten = true;

  state->packet = av_packet_alloc();
  state->frame = av_frame_alloc();
  if (!state->packet || !state->frame) return core::fail("out of memory");
  state->frame->width = size.width();
  state->frame->height = size.height();
  if (format == VideoFormat::Gif) {
    state->frame->format = kImageFormat;
    if (auto status = state->openFilters(framesPerSecond); !status) return core::fail(status.error());
  } else {
    state->frame->format = spec.pixels;
    state->scaler = sws_getContext(size.width(), size.height(), kImageFormat, size.width(), size.height(), spec.pixels,
                                   SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
    if (!state->scaler) return core::fail("cannot convert RGB to YUV (swscale)");
  }
  code = av_frame_get_buffer(state->frame, 0);
  if (code < 0) return avFail("cannot allocate a video frame", code);
  return std::unique_ptr<VideoEncoder>(new VideoEncoder(std::move(state)));
}

core::Status VideoEncoder::add(const QImage& image) {
  State& s = *m_state;
  if (s.finished) return core::fail("the video is already finished");
  if (image.size() != s.size)
    return core::fail("a frame of " + std::to_string(image.width()) + "x" + std::to_string(image.height()) +
                      " in a video of " + std::to_string(s.size.width()) + "x" + std::to_string(s.size.height()));
  const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
                         ? image
                         : image.convertToFormat(QImage::Format_RGB32);
  // The encoder may still hold the frame's previous buffers.
  int code = av_frame_make_writable(s.frame);
  if (code < 0) return avFail("cannot reuse the video frame", code);
  s.frame->pts = s.nextPts++;
  if (s.format == VideoFormat::Gif) {
    for (int y = 0; y < rgb.height(); ++y)
      std::memcpy(s.frame->data[0] + std::ptrdiff_t(y) * s.frame->linesize[0], rgb.constScanLine(y),
                  std::size_t(rgb.width()) * 4);
    return s.filterAndEncode(s.frame);
  }
  const uint8_t* planes[1] = {rgb.constBits()};
  const int strides[1] = {int(rgb.bytesPerLine())};
  sws_scale(s.scaler, planes, strides, 0, rgb.height(), s.frame->data, s.frame->linesize);
  return s.encode(s.frame);
}

core::Status VideoEncoder::finish() {
  State& s = *m_state;
  if (s.finished) return core::Ok{};
  s.finished = true;
  auto status = s.format == VideoFormat::Gif ? s.filterAndEncode(nullptr) : core::Status(core::Ok{});
  if (status) status = s.encode(nullptr);  // drains the encoder's delayed frames
  if (!status) return status;
  const int code = av_write_trailer(s.muxer);
  if (code < 0) return avFail("cannot finish the video file", code);
  if (const int closed = avio_closep(&s.muxer->pb); closed < 0) return avFail("cannot close the video file", closed);
  return core::Ok{};
}

}  // namespace kx::widgets
