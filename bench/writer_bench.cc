// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Output writing speed: EventWriter (the writer of `dyad code`) in each
// format (jsonl, csv, gdelt, phoenix) on hand-built realistic events (four
// CAMEO event kinds with actors, places, dates and evidence; 2,000
// articles, 3 events each), into a stream that only counts bytes and lines.
// Before timing, each checks that one line is written per event (plus the
// CSV header) and that the CAMEO codes appear in the text written.
//
//   ninja -C build writer_bench && build/bench/writer_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "dyad/writer.h"
#include "export/sample_events.h"

namespace {

constexpr int kArticles = 2000;
constexpr int kEventsPerArticle = 3;
const char* const kFormats[] = {"jsonl", "csv", "gdelt", "phoenix"};

struct Corpus {
  std::vector<dyad::Article> articles;
  std::vector<dyad::Document> docs;
  std::vector<std::vector<dyad::Event>> events;
};

const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus();
    const char* outlets[] = {"Reuters", "AP", "AFP", "BBC", "Al Jazeera"};
    for (int i = 0; i < kArticles; ++i) {
      std::string id = "story-" + std::to_string(i);
      char date[16];
      std::snprintf(date, sizeof date, "2015-%02d-%02d", 1 + i % 12,
                    1 + (i / 12) % 28);
      c->articles.push_back(dyad::testing::SampleArticle(
          id, date, outlets[i % 5], "https://news.example/" + id));
      std::vector<dyad::Event> events;
      for (int k = 0; k < kEventsPerArticle; ++k) {
        dyad::Event e = dyad::testing::SampleEventNumber(id, i + k);
        e.sentence = static_cast<uint32_t>(k);
        events.push_back(std::move(e));
      }
      c->events.push_back(std::move(events));
    }
    c->docs.resize(c->articles.size());
    for (size_t i = 0; i < c->articles.size(); ++i) {
      c->docs[i].article = &c->articles[i];
    }
    return c;
  }();
  return *corpus;
}

// Counts bytes and lines, keeps nothing.
class CountingBuf : public std::streambuf {
 public:
  uint64_t bytes = 0;
  uint64_t lines = 0;

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) {
      ++bytes;
      lines += c == '\n';
    }
    return traits_type::not_eof(c);
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i) lines += s[i] == '\n';
    bytes += static_cast<uint64_t>(n);
    return n;
  }
};

// Writes the whole corpus; false if a write failed.
bool WriteAll(const char* format, std::ostream& out) {
  const Corpus& c = TheCorpus();
  auto writer = dyad::EventWriter::Create(format, out);
  if (!writer.ok()) return false;
  for (size_t i = 0; i < c.docs.size(); ++i) {
    if (!(*writer)->Write(c.docs[i], c.events[i]).ok()) return false;
  }
  return (*writer)->Finish().ok();
}

void BM_WriteEvents(benchmark::State& state) {
  const char* format = kFormats[state.range(0)];
  state.SetLabel(format);
  const uint64_t events = uint64_t{kArticles} * kEventsPerArticle;
  {
    std::ostringstream text;
    if (!WriteAll(format, text)) {
      state.SkipWithError("write failed");
      return;
    }
    const std::string s = text.str();
    uint64_t lines = 0;
    for (char ch : s) lines += ch == '\n';
    const uint64_t header = std::string(format) == "csv" ? 1 : 0;
    if (lines != events + header || s.find("043") == std::string::npos ||
        s.find("USAGOV") == std::string::npos ||
        s.find("story-1999") == std::string::npos) {
      state.SkipWithError("writer output check failed");
      return;
    }
  }
  uint64_t bytes = 0;
  for (auto _ : state) {
    CountingBuf counted;
    std::ostream out(&counted);
    if (!WriteAll(format, out)) state.SkipWithError("write failed");
    bytes = counted.bytes;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * events));
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * events),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WriteEvents)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
