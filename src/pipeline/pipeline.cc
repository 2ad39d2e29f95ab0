// Copyright 2026 The dyad Authors. Licensed under the Apache License 2.0.
#include "dyad/pipeline.h"

#include <string_view>
#include <vector>

#include "syntax/syntax_model.h"
#include "text/cleaner.h"
#include "text/segmenter.h"

namespace dyad {

Pipeline::Pipeline(const PipelineOptions& options) : options_(options) {}
Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Create(
    const PipelineOptions& options) {
  std::unique_ptr<Pipeline> pipeline(new Pipeline(options));
  if (options.syntax) {
    const std::string path = internal::SyntaxModelPath(options.data_dir);
    DYAD_ASSIGN_OR_RETURN(pipeline->syntax_, internal::SyntaxModel::Load(path));
  }
  return pipeline;
}

namespace {

// The words of sentence `s` of `doc`.
void SentenceForms(const Document& doc, const Sentence& s,
                   std::vector<std::string_view>& forms) {
  forms.clear();
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    forms.push_back(doc.TokenText(doc.tokens[t]));
  }
}

}  // namespace

void Pipeline::Annotate(Document& doc) const {
  if (!syntax_) return;
  Tag(doc);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) ParseSentence(doc, s);
}

void Pipeline::Tag(Document& doc) const {
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) TagSentence(doc, s);
}

void Pipeline::TagSentence(Document& doc, uint32_t s) const {
  if (!syntax_ || s >= doc.sentences.size()) return;
  thread_local std::vector<std::string_view> forms;
  thread_local std::vector<internal::WordAnalysis> words;
  const Sentence& sentence = doc.sentences[s];
  SentenceForms(doc, sentence, forms);
  syntax_->TagOnly(forms, words);
  for (size_t i = 0; i < words.size(); ++i) {
    Token& token = doc.tokens[sentence.token_begin + i];
    internal::WordAnalysis& w = words[i];
    token.upos = static_cast<uint8_t>(w.upos);
    token.xpos = static_cast<uint8_t>(w.xpos);
    token.feats = 0;
    token.lemma.swap(w.lemma);
    token.head = -1;
    token.deprel = 0;
  }
}

void Pipeline::ParseSentence(Document& doc, uint32_t s) const {
  if (!syntax_ || s >= doc.sentences.size()) return;
  thread_local std::vector<std::string_view> forms;
  thread_local std::vector<internal::WordAnalysis> words;
  const Sentence& sentence = doc.sentences[s];
  SentenceForms(doc, sentence, forms);
  words.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    const Token& token = doc.tokens[sentence.token_begin + i];
    words[i].upos = static_cast<internal::Upos>(token.upos);
    words[i].xpos = static_cast<internal::Xpos>(token.xpos);
    words[i].lemma.assign(token.lemma);  // reuses the buffer
  }
  syntax_->ParseTagged(forms, words);
  for (size_t i = 0; i < words.size(); ++i) {
    Token& token = doc.tokens[sentence.token_begin + i];
    token.feats = words[i].feats;
    token.head = words[i].head;
    token.deprel = static_cast<uint16_t>(words[i].deprel);
    // The parse repairs may re-tag a word ("were outraged" as an adjective).
    if (static_cast<uint8_t>(words[i].upos) != token.upos ||
        static_cast<uint8_t>(words[i].xpos) != token.xpos) {
      token.upos = static_cast<uint8_t>(words[i].upos);
      token.xpos = static_cast<uint8_t>(words[i].xpos);
      token.lemma.assign(words[i].lemma);
    }
  }
}

std::string Pipeline::syntax_data_version() const {
  return syntax_ ? syntax_->data_version() : std::string();
}

Status Pipeline::Run(const Article& article, Document& doc) const {
  DYAD_RETURN_IF_ERROR(Segment(article, doc));
  Annotate(doc);
  return Status::Ok();
}

Status Pipeline::Segment(const Article& article, Document& doc) const {
  doc.Clear();
  doc.article = &article;
  internal::CleanOptions clean;
  clean.drop_boilerplate = options_.clean;
  clean.detect_captions = options_.clean;
  clean.detect_truncation = options_.clean;
  // Paragraph marks travel from the cleaner to the segmenter only.
  thread_local std::vector<internal::Paragraph> paragraphs;
  internal::Clean(clean, doc, paragraphs);
  internal::Segment(paragraphs, doc);
  return Status::Ok();
}

}  // namespace dyad
