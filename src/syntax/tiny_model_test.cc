// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
//
// Trains a tiny model on a handful of hand-annotated sentences, writes it,
// loads it back and checks the loaded model parses exactly as the trained
// one; then checks that the loader refuses damaged files.
#include <gtest/gtest.h>

#include <sstream>

#include "syntax/conllu.h"
#include "syntax/syntax_model.h"
#include "tag/model_file.h"

namespace dyad::internal {
namespace {

constexpr char kTrainingConllu[] =
    "1\tProtesters\tprotester\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tembassy\tembassy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tpresident\tpresident\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tMoscow\tMoscow\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tattend\tattend\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\ttalks\ttalk\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tembassy\tembassy\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tprotesters\tprotester\tNOUN\tNNS\t_\t4\tobl:agent\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tarmy\tarmy\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
    "5\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tvillage\tvillage\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
    "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

std::vector<ConlluSentence> TrainingSentences() {
  std::istringstream in(kTrainingConllu);
  ConlluReader reader(in, "tiny");
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  while (true) {
    StatusOr<bool> more = reader.Next(s);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    out.push_back(s);
  }
  return out;
}

std::unique_ptr<SyntaxModel> TrainTiny(uint32_t seed = 1) {
  std::vector<ConlluSentence> training = TrainingSentences();
  std::vector<TaggedSentence> tagged;
  std::vector<LemmaExample> lemmas;
  std::vector<ParserSentence> trees;
  for (const ConlluSentence& s : training) {
    TaggedSentence t;
    ParserSentence p;
    for (const ConlluWord& w : s.words) {
      t.push_back({w.form, UposFromName(w.upos), XposFromName(w.xpos)});
      lemmas.push_back({w.form, XposFromName(w.xpos), w.lemma});
      p.forms.push_back(w.form);
      p.tags.push_back({UposFromName(w.upos), XposFromName(w.xpos)});
      p.heads.push_back(w.head - 1);
      p.labels.push_back(DeprelFromName(w.deprel));
    }
    tagged.push_back(t);
    trees.push_back(p);
  }
  TaggerOptions tagger_options;
  tagger_options.epochs = 10;
  tagger_options.seed = seed;
  ParserOptions parser_options;
  parser_options.epochs = 30;
  parser_options.seed = seed;
  return std::make_unique<SyntaxModel>(
      Tagger::Train(tagged, tagger_options), Lemmatizer::Train(lemmas),
      Parser::Train(trees, parser_options), "tiny-test-1",
      std::map<std::string, std::string>{{"provenance", "tiny_model_test"}});
}

// One line per word: "form/XPOS/lemma head deprel".
std::string Describe(const SyntaxModel& model, std::string_view sentence) {
  std::vector<std::string_view> forms;
  size_t i = 0;
  while (i < sentence.size()) {
    size_t j = sentence.find(' ', i);
    if (j == std::string_view::npos) j = sentence.size();
    forms.push_back(sentence.substr(i, j - i));
    i = j + 1;
  }
  std::vector<WordAnalysis> words;
  model.Analyze(forms, words);
  std::string out;
  for (size_t w = 0; w < words.size(); ++w) {
    out += std::string(forms[w]) + "/" + std::string(XposName(words[w].xpos)) +
           "/" + words[w].lemma + " " + std::to_string(words[w].head + 1) +
           " " + std::string(DeprelName(words[w].deprel)) + "\n";
  }
  return out;
}

constexpr std::string_view kProbes[] = {
    "Protesters attacked the embassy .",
    "The minister met the president in Moscow .",
    "The embassy was attacked by protesters .",
    "Officials said the rebels attacked the president .",
    "Police did not attend the talks in Kabul .",
};

TEST(TinyModelTest, LearnsItsTrainingSentences) {
  auto model = TrainTiny();
  EXPECT_EQ(Describe(*model, "Protesters attacked the embassy ."),
            "Protesters/NNS/protester 2 nsubj\n"
            "attacked/VBD/attack 0 root\n"
            "the/DT/the 4 det\n"
            "embassy/NN/embassy 2 obj\n"
            "././. 2 punct\n");
}

TEST(TinyModelTest, SavedAndLoadedModelParsesTheSame) {
  auto model = TrainTiny();
  std::string bytes = model->Serialize();
  StatusOr<std::unique_ptr<SyntaxModel>> loaded =
      SyntaxModel::FromBytes(bytes, "tiny");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->data_version(), "tiny-test-1");
  EXPECT_EQ((*loaded)->metadata().at("provenance"), "tiny_model_test");
  for (std::string_view probe : kProbes) {
    EXPECT_EQ(Describe(**loaded, probe), Describe(*model, probe)) << probe;
  }
  // Serializing the loaded model gives the same bytes.
  EXPECT_EQ((*loaded)->Serialize(), bytes);
}

TEST(TinyModelTest, TrainingIsDeterministic) {
  EXPECT_EQ(TrainTiny()->Serialize(), TrainTiny()->Serialize());
}

TEST(TinyModelTest, WrongFormatVersionIsRefused) {
  std::string bytes = TrainTiny()->Serialize();
  bytes[8] = static_cast<char>(SyntaxModel::kFormatVersion + 1);
  auto loaded = SyntaxModel::FromBytes(bytes, "tiny");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kFailedPrecondition);
}

TEST(TinyModelTest, TruncatedOrCorruptFileIsDataLoss) {
  const std::string bytes = TrainTiny()->Serialize();
  auto truncated =
      SyntaxModel::FromBytes(bytes.substr(0, bytes.size() - 100), "tiny");
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().code(), StatusCode::kDataLoss);
  std::string corrupt = bytes;
  corrupt[corrupt.size() / 3] ^= 1;
  auto loaded = SyntaxModel::FromBytes(corrupt, "tiny");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kDataLoss);
}

TEST(TinyModelTest, SelfTestCatchesModelAndSamplesThatDisagree) {
  // A model's weights with self-test samples it does not reproduce:
  // checksums are fine, but the replayed analyses differ, as when code and
  // model disagree.
  const std::string a = TrainTiny(1)->Serialize();
  StatusOr<ModelFile> fa =
      ModelFile::Parse(a, SyntaxModel::kFormatVersion, "a");
  ASSERT_TRUE(fa.ok());
  ModelFileWriter writer;
  for (const char* name : {"META", "TAGGER", "LEMMAS", "PARSER"}) {
    writer.AddSection(name, std::string(*fa->Section(name)));
  }
  // Self-test expecting a head index no parse can give.
  ByteWriter test;
  test.Put<uint32_t>(1);
  test.PutString("Protesters attacked the embassy .");
  test.Put<uint32_t>(5);
  for (int i = 0; i < 5; ++i) {
    test.Put<uint8_t>(static_cast<uint8_t>(Xpos::kNN));
    test.Put<int32_t>(99);
    test.PutString("dep");
    test.PutString("x");
  }
  writer.AddSection("SELFTEST", std::move(test.bytes()));
  auto loaded = SyntaxModel::FromBytes(
      writer.Serialize(SyntaxModel::kFormatVersion, "mixed"), "mixed");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(loaded.status().message().find("self-test"), std::string::npos);
}

}  // namespace
}  // namespace dyad::internal
