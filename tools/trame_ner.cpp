// trame-ner: trains and evaluates trame's named-entity recognizer on a BRAT corpus (WiNER-fr).
//
//   trame-ner train --corpus DIR --model OUT [--heldout YEAR] [--epochs N] [--bits B] [--data DIR]
//   trame-ner evaluate --corpus DIR --model MODEL [--heldout YEAR] [--data DIR]
//
// Both read every DIR/**/*.txt with its .ann, run trame's own reader, segmenter and analyser on
// the text (so the recognizer learns on the tokens the pipeline sees), and align the annotations
// (outermost Person, Location, Organization, Event, Product) to the tokens. The articles whose
// file name starts with YEAR_ (default 2018) are held out: `train` learns on the others, writes
// the model, reloads it and scores it on the held-out ones; `evaluate` only scores.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/analyser.h"
#include "reading/boilerplate.h"
#include "mentions/gazetteer.h"
#include "document/input_error.h"
#include "reading/reader.h"
#include "reading/segmenter.h"
#include "document/utf8.h"
#include "mentions/brat_corpus.h"
#include "mentions/perceptron_trainer.h"
#include "mentions/recognizer.h"
#include "tools/tool_main.h"

namespace {

using namespace trame;

const char* const kUsage = R"(Usage: trame-ner train --corpus DIR --model OUT [OPTION]...
       trame-ner evaluate --corpus DIR --model MODEL [OPTION]...
Train trame's named-entity recognizer on a BRAT corpus (DIR/**/*.txt with their .ann, such as
WiNER-fr) and score it, typed exact spans, on the held-out articles.

Options:
      --heldout SLICE articles for evaluation only: YEAR (default 2018) for the articles whose
                      file name starts with YEAR_, or 'fifth' for every fifth article in name
                      order (the 5th, 10th, ...)
      --epochs N      training passes (default 10)
      --bits B        each pass's weight table has 2^B rows (default 17)
      --first-pass-only
                      score the recognizer's first pass alone (without the document pass)
      --errors FILE   write the held-out spans missed or wrongly found to FILE, one a line
      --data DIR      trame's data folder, for the boilerplate rules and gazetteer
                      (default: this checkout's ontology/)
  -h, --help          show this help and exit
)";

struct Options {
    std::string command, corpus, model, data = TRAME_DATA_DIR, heldout = "2018", errors;
    PerceptronOptions training;
    bool first_pass_only = false;
};

/// One analysed article and its aligned annotations.
struct Article {
    Document doc;
    bool heldout = false;
    std::vector<TypedTextSpan> gold;                  ///< Outermost annotations, code points.
    std::vector<std::vector<TypedSpan>> gold_tokens;  ///< The aligned ones, per sentence.
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::size_t parse_count(const std::string& option, const std::string& value) {
    if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos)
        throw std::invalid_argument(option + " expects a whole number, not '" + value + "'");
    return static_cast<std::size_t>(std::stoul(value));
}

Options parse_options(int argc, char** argv) {
    Options o;
    if (argc < 2) throw std::invalid_argument("missing command (train or evaluate)");
    o.command = argv[1];
    if (o.command != "train" && o.command != "evaluate") throw std::invalid_argument("unknown command '" + o.command + "'");
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::invalid_argument(arg + " expects a value");
            return argv[++i];
        };
        if (arg == "--corpus") o.corpus = value();
        else if (arg == "--model") o.model = value();
        else if (arg == "--data") o.data = value();
        else if (arg == "--heldout") o.heldout = value();
        else if (arg == "--errors") o.errors = value();
        else if (arg == "--first-pass-only") o.first_pass_only = true;
        else if (arg == "--epochs") o.training.epochs = parse_count(arg, value());
        else if (arg == "--bits") o.training.bucket_bits = static_cast<unsigned>(parse_count(arg, value()));
        else throw std::invalid_argument("unknown option '" + arg + "'");
    }
    if (o.corpus.empty() || o.model.empty()) throw std::invalid_argument("--corpus and --model are required");
    if (o.training.bucket_bits < 10 || o.training.bucket_bits > 22) throw std::invalid_argument("--bits must be between 10 and 22");
    return o;
}

std::string base_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read");
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// Reads, analyses and aligns every article of the corpus.
std::vector<Article> load_corpus(const Options& o, const Gazetteer& gazetteer, AlignmentCounts& counts,
                                 std::size_t& text_mismatches) {
    (void)gazetteer;
    const Reader reader(Boilerplate::load(o.data + "/boilerplate.tsv"));
    const Segmenter segmenter;
    Analyser analyser(o.data);
    std::vector<InputError> errors;
    const std::vector<std::string> paths = reader.expand({o.corpus}, errors);
    if (!errors.empty()) throw std::runtime_error(errors.front().what());
    std::vector<Article> articles;
    for (const std::string& path : paths) {
        const std::string ann = path.substr(0, path.size() - 4) + ".ann";
        if (!std::ifstream(ann)) {  // a text without annotations (the corpus licence) is not an article
            std::cerr << "trame-ner: " << path << ": no " << base_name(ann) << ", skipped\n";
            continue;
        }
        const std::vector<BratEntity> entities = read_brat_entities(ann);
        Article article;
        article.doc = reader.parse(path, read_file(path));
        article.doc.id = base_name(path);
        article.heldout = o.heldout == "fifth" ? articles.size() % 5 == 4
                                               : base_name(path).compare(0, o.heldout.size() + 1, o.heldout + "_") == 0;
        segmenter.segment(article.doc);
        analyser.analyse(article.doc);
        for (const BratEntity& e : entities) {
            const std::size_t from = utf8_byte_offset(article.doc.text, e.begin);
            const std::size_t to = utf8_byte_offset(article.doc.text, e.end);
            if (article.doc.text.compare(from, to - from, e.text) != 0) ++text_mismatches;
        }
        article.gold = outermost_entities(entities, counts);
        article.gold_tokens = align_to_tokens(article.doc, article.gold, counts);
        articles.push_back(std::move(article));
    }
    return articles;
}

/// Exact-span counts of one type (or of all).
struct Score {
    std::size_t correct = 0, predicted = 0, gold = 0;
    double precision() const { return predicted ? double(correct) / predicted : 0.0; }
    double recall() const { return gold ? double(correct) / gold : 0.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

/// The text of a span of `doc`, with a few words of context: "… à [Istanbul] , en …".
std::string in_context(const Document& doc, const TypedTextSpan& span) {
    const std::size_t from = span.begin >= 30 ? span.begin - 30 : 0;
    auto piece = [&](std::size_t a, std::size_t b) {
        const std::size_t x = utf8_byte_offset(doc.text, a), y = utf8_byte_offset(doc.text, b);
        std::string s = doc.text.substr(x, y - x);
        for (char& c : s)
            if (c == '\n') c = ' ';
        return s;
    };
    return piece(from, span.begin) + "[" + piece(span.begin, span.end) + "]" + piece(span.end, span.end + 30);
}

void evaluate(const std::vector<Article>& articles, const Recognizer& recognizer, const std::string& errors_path,
              bool first_pass_only) {
    std::ofstream errors;
    if (!errors_path.empty()) {
        errors.open(errors_path);
        if (!errors) throw std::runtime_error(errors_path + ": cannot write");
    }
    std::map<std::string, Score> by_type;
    Score all;
    std::size_t documents = 0, tokens = 0;
    for (const Article& article : articles) {
        if (!article.heldout) continue;
        ++documents;
        std::set<TypedTextSpan> gold(article.gold.begin(), article.gold.end());
        std::set<TypedTextSpan> found;
        DocumentTokens sentences;
        for (const Sentence& sentence : article.doc.sentences) {
            tokens += sentence.tokens.size();
            sentences.push_back(&sentence.tokens);
        }
        const std::vector<std::vector<TypedSpan>> names =
            first_pass_only ? recognizer.recognise_first_pass(sentences) : recognizer.recognise(sentences);
        for (std::size_t s = 0; s < names.size(); ++s)
            for (const TypedSpan& span : names[s]) found.insert(text_span(article.doc.sentences[s], span));
        for (const TypedTextSpan& g : gold) {
            ++by_type[to_string(g.type)].gold;
            ++all.gold;
        }
        if (errors.is_open()) {
            for (const TypedTextSpan& g : gold)
                if (!found.count(g)) errors << article.doc.id << "\tmissed\t" << to_string(g.type) << "\t" << in_context(article.doc, g) << "\n";
            for (const TypedTextSpan& f : found)
                if (!gold.count(f)) errors << article.doc.id << "\twrong\t" << to_string(f.type) << "\t" << in_context(article.doc, f) << "\n";
        }
        for (const TypedTextSpan& f : found) {
            Score& s = by_type[to_string(f.type)];
            ++s.predicted;
            ++all.predicted;
            if (gold.count(f)) {
                ++s.correct;
                ++all.correct;
            }
        }
    }
    if (first_pass_only) std::cout << "first pass only\n";
    std::cout << "held-out: " << documents << " articles, " << tokens << " tokens\n";
    std::cout << std::fixed << std::setprecision(4);
    std::cout << "type          gold  found  correct  precision  recall  F1\n";
    auto row = [](const std::string& name, const Score& s) {
        std::cout << std::left << std::setw(12) << name << std::right << std::setw(6) << s.gold << std::setw(7)
                  << s.predicted << std::setw(9) << s.correct << std::setw(11) << s.precision() << std::setw(8)
                  << s.recall() << std::setw(8) << s.f1() << "\n";
    };
    for (std::size_t t = 0; t < kNerTypes; ++t) {
        const std::string name = to_string(static_cast<NerType>(t));
        row(name, by_type[name]);
    }
    row("micro", all);
}

int run(const Options& o) {
    const auto start = std::chrono::steady_clock::now();
    const Gazetteer gazetteer = Gazetteer::load(o.data + "/gazetteer");
    if (o.command == "evaluate") Recognizer::load(o.model, &gazetteer);  // a bad model fails before the long analysis
    AlignmentCounts counts;
    std::size_t mismatches = 0;
    const std::vector<Article> articles = load_corpus(o, gazetteer, counts, mismatches);
    std::size_t train_articles = 0;
    for (const Article& a : articles) train_articles += !a.heldout;
    std::cerr << "trame-ner: " << articles.size() << " articles read and analysed in " << std::setprecision(3)
              << seconds_since(start) << " s\n";
    std::cout << "articles: " << articles.size() << " (" << train_articles << " for training, "
              << articles.size() - train_articles << " held out: " << (o.heldout == "fifth" ? "every fifth" : o.heldout + "_*") << ")\n"
              << "annotations: " << counts.annotations << "; other types (Date, Hour): " << counts.other_types
              << "; nested in a kept one: " << counts.nested << "; kept (outermost): " << counts.kept << "\n"
              << "kept annotations on token bounds: " << counts.aligned << "; not on token bounds: " << counts.not_on_tokens
              << "; across sentences: " << counts.across_sentences << "; outside the analysed text: " << counts.outside_text
              << "; offsets not matching their text: " << mismatches << "\n";

    if (o.command == "train") {
        std::vector<TrainingDocument> documents;
        std::size_t sentences = 0;
        for (const Article& article : articles) {
            if (article.heldout) continue;
            TrainingDocument doc;
            for (const Sentence& sentence : article.doc.sentences) doc.sentences.push_back(&sentence.tokens);
            doc.names = article.gold_tokens;
            sentences += doc.sentences.size();
            documents.push_back(std::move(doc));
        }
        const auto training = std::chrono::steady_clock::now();
        const std::vector<NerModel> models =
            train_recognizer(documents, &gazetteer, o.training, 4, [](std::size_t epoch, std::size_t mistakes) {
                std::cerr << "trame-ner: pass " << epoch << ": " << mistakes << " sentences mislabelled\n";
            });
        save_models(o.model, models);
        std::cout << "trained on " << sentences << " sentences, " << o.training.epochs << " passes, 2^"
                  << o.training.bucket_bits << " rows, in " << std::setprecision(1) << std::fixed
                  << seconds_since(training) << " s\n";
    }
    const Recognizer recognizer = Recognizer::load(o.model, &gazetteer);
    evaluate(articles, recognizer, o.errors, o.first_pass_only);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    return trame::tools::tool_main<Options>("trame-ner", kUsage, argc, argv, parse_options, run);
}
