// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// ArticleReader over a list of inputs: paths are checked and directories
// walked up front (so a typo fails before any output is written), files are
// opened one at a time as reading reaches them, and each is read by the
// FormatReader its format calls for.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

#include "dyad/reader.h"
#include "io/format_reader.h"

namespace dyad {

StatusOr<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "csv") return InputFormat::kCsv;
  return InvalidArgumentError("unknown input format \"" + std::string(name) +
                              "\" (expected text, jsonl or csv)");
}

ArticleReader::~ArticleReader() = default;

namespace {

namespace fs = std::filesystem;
using internal::ByteSource;
using internal::FormatReader;
using internal::InputName;

constexpr const char* kStdinPath = "<stdin>";

struct Input {
  InputName name;
  bool is_stdin = false;
  // Set for in-memory inputs only.
  std::unique_ptr<ByteSource> memory;
};

class ChainReader final : public ArticleReader {
 public:
  ChainReader(std::vector<Input> inputs, ReaderOptions options,
              uint64_t bytes_total, std::vector<ReadError> notes)
      : inputs_(std::move(inputs)),
        options_(std::move(options)),
        bytes_total_(bytes_total),
        notes_(std::move(notes)) {}

  ReadResult Next(Article& article, ReadError& error) override {
    if (!notes_.empty()) {
      error = std::move(notes_.front());
      notes_.erase(notes_.begin());
      return ReadResult::kError;
    }
    while (!stopped_) {
      if (current_ == nullptr) {
        if (next_input_ == inputs_.size()) return ReadResult::kEnd;
        if (!OpenNext(error)) return ReadResult::kError;
        continue;
      }
      if (has_pending_) {
        has_pending_ = false;
        article = std::move(pending_);
        return ReadResult::kArticle;
      }
      ReadResult result = current_->Next(article, error);
      if (result == ReadResult::kArticle && options_.max_text_bytes > 0 &&
          article.text.size() > options_.max_text_bytes) {
        // Warn first, then hand out the cut article on the next call.
        error.kind = ReadError::Kind::kWarning;
        error.where = article.origin;
        error.message = "text of " + std::to_string(article.text.size()) +
                        " bytes cut to the first " +
                        std::to_string(options_.max_text_bytes) +
                        " (--max-text-bytes)";
        CutAtCharBoundary(article.text, options_.max_text_bytes);
        pending_ = std::move(article);
        has_pending_ = true;
        return ReadResult::kError;
      }
      if (result == ReadResult::kEnd) {
        bytes_done_ += current_->raw_bytes_read();
        current_.reset();
        continue;
      }
      if (result == ReadResult::kError &&
          error.kind == ReadError::Kind::kUsage) {
        stopped_ = true;
      }
      return result;
    }
    return ReadResult::kEnd;
  }

  uint64_t bytes_read() const override {
    return bytes_done_ + (current_ ? current_->raw_bytes_read() : 0);
  }
  uint64_t bytes_total() const override { return bytes_total_; }

 private:
  // Opens the next input; false with `error` set when it cannot be opened.
  bool OpenNext(ReadError& error) {
    Input& input = inputs_[next_input_++];
    std::unique_ptr<ByteSource> source;
    if (input.memory) {
      source = std::move(input.memory);
    } else {
      auto opened =
          ByteSource::OpenFile(input.is_stdin ? "-" : input.name.path);
      if (!opened.ok()) {
        error.kind = ReadError::Kind::kFile;
        error.where = input.name.path;
        // The message starts with the path already; keep only the reason.
        std::string message = opened.status().message();
        if (message.starts_with(input.name.path + ": ")) {
          message.erase(0, input.name.path.size() + 2);
        }
        error.message = message + "; file skipped";
        return false;
      }
      source = std::move(opened).value();
    }
    InputFormat format = options_.format;
    if (format == InputFormat::kAuto) {
      format = internal::FormatFromName(input.name.path);
    }
    switch (format) {
      case InputFormat::kText:
        current_ = internal::NewTextReader(std::move(source), input.name);
        break;
      case InputFormat::kCsv:
        current_ =
            internal::NewCsvReader(std::move(source), input.name, options_.csv);
        break;
      case InputFormat::kJsonl:
      case InputFormat::kAuto:
        current_ = internal::NewJsonlReader(std::move(source), input.name);
        break;
    }
    return true;
  }

  // Shortens valid UTF-8 `text` to at most `limit` bytes without splitting
  // a character.
  static void CutAtCharBoundary(std::string& text, size_t limit) {
    size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
    text.resize(end);
  }

  std::vector<Input> inputs_;
  ReaderOptions options_;
  Article pending_;  // a cut article, returned after its warning
  bool has_pending_ = false;
  uint64_t bytes_total_;
  std::vector<ReadError> notes_;  // warnings found by Open(), shown first
  size_t next_input_ = 0;
  std::unique_ptr<FormatReader> current_;
  uint64_t bytes_done_ = 0;
  bool stopped_ = false;
};

bool HasKnownExtension(const fs::path& path) {
  return internal::FormatFromName(path.filename().string()) !=
         InputFormat::kAuto;
}

}  // namespace

StatusOr<std::unique_ptr<ArticleReader>> ArticleReader::Open(
    const std::vector<std::string>& paths, const ReaderOptions& options) {
  std::vector<Input> inputs;
  std::vector<ReadError> notes;
  uint64_t total = 0;
  bool total_known = true;
  auto add_file = [&](std::string path, std::string name, uint64_t size) {
    Input& input = inputs.emplace_back();
    input.name = {std::move(path), std::move(name)};
    total += size;
  };
  std::vector<std::string> given = paths;
  if (given.empty()) given.push_back("-");
  for (const std::string& path : given) {
    if (path == "-") {
      Input& input = inputs.emplace_back();
      input.name = {kStdinPath, "stdin"};
      input.is_stdin = true;
      total_known = false;
      continue;
    }
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      std::error_code ec(errno, std::generic_category());
      if (errno == ENOENT || errno == ENOTDIR) {
        return NotFoundError(path + ": " + ec.message());
      }
      return InvalidArgumentError(path + ": " + ec.message());
    }
    if (S_ISDIR(st.st_mode)) {
      std::vector<std::pair<std::string, uint64_t>> found;
      std::error_code ec;
      fs::recursive_directory_iterator it(
          path, fs::directory_options::follow_directory_symlink, ec);
      for (; !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.filename().string().starts_with(".")) {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        std::error_code file_ec;
        if (!it->is_regular_file(file_ec) || !HasKnownExtension(p)) continue;
        found.emplace_back(p.string(), it->file_size(file_ec));
      }
      if (ec) return InvalidArgumentError(path + ": " + ec.message());
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        notes.push_back({ReadError::Kind::kWarning, path,
                         "directory holds no .txt, .jsonl, .ndjson or .csv "
                         "files (optionally .gz)"});
      }
      for (auto& [file, size] : found) {
        std::string name = fs::path(file).lexically_relative(path).string();
        add_file(file, name, size);
      }
    } else {
      if (!S_ISREG(st.st_mode)) total_known = false;  // fifo, device
      add_file(path, fs::path(path).filename().string(),
               static_cast<uint64_t>(st.st_size));
    }
  }
  return std::unique_ptr<ArticleReader>(new ChainReader(
      std::move(inputs), options, total_known ? total : 0, std::move(notes)));
}

std::unique_ptr<ArticleReader> ArticleReader::OpenMemory(
    std::string name, std::string data, const ReaderOptions& options) {
  std::vector<Input> inputs(1);
  inputs[0].name = {name, fs::path(name).filename().string()};
  const uint64_t size = data.size();
  inputs[0].memory = ByteSource::FromMemory(std::move(data));
  return std::unique_ptr<ArticleReader>(
      new ChainReader(std::move(inputs), options, size, {}));
}

}  // namespace dyad
