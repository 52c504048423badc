// trame-train: trains the tagger and the parser on CoNLL-U files, scores them on a gold file, and
// times them (see the usage text below).
#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/conllu.h"
#include "analysis/parser.h"
#include "analysis/syntax.h"
#include "analysis/tagger.h"
#include "analysis/ud_eval.h"
#include "tools/tool_main.h"

using namespace trame;

namespace {

const char* kUsage =
    "usage:\n"
    "  trame-train tagger --train F1[,F2...] [--dev F] -o MODEL [--epochs N] [--seed S] [--apertium AUTOMORF]\n"
    "  trame-train parser --train F1[,F2...] [--dev F] -o MODEL [--epochs N] [--seed S]\n"
    "                     [--jackknife K --tagger TAGGER_MODEL] [--explore P] [--apertium AUTOMORF]\n"
    "  trame-train evaluate --model-dir DIR GOLD.conllu [--output SYSTEM.conllu] [--apertium AUTOMORF]\n"
    "  trame-train analyse --model-dir DIR IN.conllu [--apertium AUTOMORF]   (CoNLL-U on stdout)\n"
    "  trame-train benchmark --model-dir DIR IN.conllu [--repeat N] [--apertium AUTOMORF]\n"
    "--upos-bits, --feats-bits, --lemma-bits, --transition-bits, --label-bits N: 2^N feature slots.\n"
    "--jackknife K: the parser learns from tags predicted by K taggers, each trained on the other\n"
    "K-1 parts of the training data; the dev file is tagged by TAGGER_MODEL.\n"
    "Training reads gold CoNLL-U; tagging and parsing use only the FORMs of the input's words.\n";

struct Args {
    std::string command;
    std::vector<std::string> train;
    int jackknife = 0;
    double explore = -1;
    std::map<std::string, unsigned> bits;  // --upos-bits, --feats-bits, ... given on the command line
    std::string tagger;
    std::string dev, output, model_dir, input, apertium = std::string(TRAME_APERTIUM_DIR) + "/fra-cat.automorf.bin";
    int epochs = 0;
    int repeat = 1;
    std::uint64_t seed = 0;
    bool has_seed = false;
};

std::vector<std::string> split_commas(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

Args parse_args(int argc, char** argv) {
    if (argc < 2) throw std::invalid_argument("no command");
    Args a;
    a.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw std::invalid_argument(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--train") a.train = split_commas(value());
        else if (arg == "--dev") a.dev = value();
        else if (arg == "-o" || arg == "--output") a.output = value();
        else if (arg == "--model-dir") a.model_dir = value();
        else if (arg == "--apertium") a.apertium = value();
        else if (arg == "--epochs") a.epochs = std::stoi(value());
        else if (arg == "--upos-bits" || arg == "--feats-bits" || arg == "--lemma-bits" || arg == "--transition-bits" ||
                 arg == "--label-bits")
            a.bits[arg.substr(2, arg.size() - 7)] = static_cast<unsigned>(std::stoul(value()));
        else if (arg == "--explore") a.explore = std::stod(value());
        else if (arg == "--jackknife") a.jackknife = std::stoi(value());
        else if (arg == "--tagger") a.tagger = value();
        else if (arg == "--repeat") a.repeat = std::stoi(value());
        else if (arg == "--seed") { a.seed = std::stoull(value()); a.has_seed = true; }
        else if (!arg.empty() && arg[0] != '-' && a.input.empty()) a.input = arg;
        else throw std::invalid_argument("unknown argument " + arg);
    }
    return a;
}

std::vector<ud::Sentence> read_all(const std::vector<std::string>& files) {
    std::vector<ud::Sentence> all;
    for (const std::string& f : files) {
        std::vector<ud::Sentence> s = ud::read_conllu_file(f);
        all.insert(all.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
    }
    return all;
}

std::vector<ud::SentenceMorphology> lookup_all(ud::Morphology& morph, const std::vector<ud::Sentence>& sentences) {
    std::vector<ud::SentenceMorphology> out;
    for (const ud::Sentence& s : sentences) {
        std::vector<std::string> forms;
        for (const ud::Word& w : s.words) forms.push_back(w.form);
        out.push_back(morph.lookup(forms));
    }
    return out;
}

/// A copy with only the FORMs (and the token structure) kept.
ud::Sentence forms_only(const ud::Sentence& s) {
    ud::Sentence out = s;
    for (ud::Word& w : out.words) {
        ud::Word blank;
        blank.form = w.form;
        blank.lemma = blank.upos = blank.xpos = blank.feats = blank.deprel = "_";
        blank.misc = w.misc;
        w = blank;
    }
    return out;
}

/// CPU time of this process, in seconds (the benchmark's clock: other processes on a shared
/// core do not count against it).
double cpu_seconds() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

/// Replaces LEMMA, UPOS and FEATS by the tagger's, keeping the tree.
void retag(const ud::Tagger& tagger, ud::Morphology& morph, std::vector<ud::Sentence>& sentences) {
    for (ud::Sentence& s : sentences) {
        std::vector<std::string> forms;
        for (const ud::Word& w : s.words) forms.push_back(w.form);
        std::vector<ud::Word> gold = s.words;
        tagger.tag(s, morph.lookup(forms));
        for (std::size_t i = 0; i < gold.size(); ++i) {
            s.words[i].head = gold[i].head;
            s.words[i].deprel = gold[i].deprel;
        }
    }
}

/// Training sentences with tags predicted by taggers that did not see them (k-fold).
std::vector<ud::Sentence> jackknife(const std::vector<ud::Sentence>& train, const std::vector<ud::Sentence>& dev,
                                    int folds, ud::Morphology& morph, std::uint64_t seed) {
    std::vector<ud::Sentence> out = train;
    auto dev_morph = lookup_all(morph, dev);
    for (int k = 0; k < folds; ++k) {
        std::vector<ud::Sentence> part, held;
        std::vector<std::size_t> held_index;
        for (std::size_t i = 0; i < train.size(); ++i) {
            if (static_cast<int>(i % static_cast<std::size_t>(folds)) == k) {
                held.push_back(train[i]);
                held_index.push_back(i);
            } else {
                part.push_back(train[i]);
            }
        }
        ud::TaggerOptions o;
        o.seed = seed + static_cast<std::uint64_t>(k);
        ud::Tagger t = ud::Tagger::train(part, lookup_all(morph, part), dev, dev_morph, o, nullptr);
        retag(t, morph, held);
        for (std::size_t j = 0; j < held.size(); ++j) out[held_index[j]] = std::move(held[j]);
        std::cerr << "jackknife: fold " << k + 1 << "/" << folds << " tagged" << std::endl;
    }
    return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int run(const Args& a) {
    auto start = std::chrono::steady_clock::now();
    if (a.command == "tagger" || a.command == "parser") {
        if (a.train.empty() || a.output.empty()) throw std::invalid_argument("--train and -o are required");
        std::vector<ud::Sentence> train = read_all(a.train);
        std::vector<ud::Sentence> dev = a.dev.empty() ? std::vector<ud::Sentence>{} : ud::read_conllu_file(a.dev);
        if (a.command == "tagger") {
            ud::TaggerOptions o;
            if (a.epochs) o.epochs = a.epochs;
            if (a.has_seed) o.seed = a.seed;
            if (a.bits.count("upos")) o.upos_bits = a.bits.at("upos");
            if (a.bits.count("feats")) o.feats_bits = a.bits.at("feats");
            if (a.bits.count("lemma")) o.lemma_bits = a.bits.at("lemma");
            ud::Morphology morph(a.apertium);
            auto tm = lookup_all(morph, train);
            auto dm = lookup_all(morph, dev);
            ud::Tagger t = ud::Tagger::train(train, tm, dev, dm, o, &std::cerr);
            t.save(a.output);
        } else {
            ud::ParserOptions o;
            if (a.epochs) o.epochs = a.epochs;
            if (a.has_seed) o.seed = a.seed;
            if (a.explore >= 0) o.explore = a.explore;
            if (a.bits.count("transition")) o.transition_bits = a.bits.at("transition");
            if (a.bits.count("label")) o.label_bits = a.bits.at("label");
            if (a.jackknife > 1) {
                if (a.tagger.empty()) throw std::invalid_argument("--jackknife needs --tagger");
                ud::Morphology morph(a.apertium);
                ud::Tagger full = ud::Tagger::load(a.tagger);
                train = jackknife(train, dev, a.jackknife, morph, o.seed);
                retag(full, morph, dev);
            }
            ud::Parser p = ud::Parser::train(train, dev, o, &std::cerr);
            p.save(a.output);
        }
        std::cerr << a.command << " trained in " << seconds_since(start) << " s, written to " << a.output << "\n";
        return 0;
    }
    if (a.command == "evaluate" || a.command == "analyse" || a.command == "benchmark") {
        if (a.model_dir.empty() || a.input.empty()) throw std::invalid_argument("--model-dir and an input file are required");
        ud::SyntaxModels models = ud::SyntaxModels::load(a.model_dir);
        ud::SyntaxAnalyser analyser(models, a.apertium);
        std::vector<ud::Sentence> gold = ud::read_conllu_file(a.input);
        std::vector<ud::Sentence> system;
        system.reserve(gold.size());
        for (const ud::Sentence& s : gold) system.push_back(forms_only(s));
        if (a.command == "benchmark") {
            // Times the three steps apart as well: lttoolbox lookups, tagging, parsing.
            ud::Morphology morphology(a.apertium);
            std::size_t words = 0, tokens = 0;
            double lookup_s = 0, tag_s = 0, parse_s = 0;
            auto t0 = std::chrono::steady_clock::now();
            double cpu0 = cpu_seconds();
            for (int r = 0; r < a.repeat; ++r)
                for (const ud::Sentence& s : system) {
                    ud::Sentence copy = s;
                    auto t1 = std::chrono::steady_clock::now();
                    std::vector<std::string> forms;
                    for (const ud::Word& w : copy.words) forms.push_back(w.form);
                    ud::SentenceMorphology m = morphology.lookup(forms);
                    auto t2 = std::chrono::steady_clock::now();
                    models.tagger.tag(copy, m);
                    auto t3 = std::chrono::steady_clock::now();
                    models.parser.parse(copy);
                    auto t4 = std::chrono::steady_clock::now();
                    lookup_s += std::chrono::duration<double>(t2 - t1).count();
                    tag_s += std::chrono::duration<double>(t3 - t2).count();
                    parse_s += std::chrono::duration<double>(t4 - t3).count();
                    words += copy.words.size();
                    tokens += copy.tokens.size();
                }
            double secs = seconds_since(t0);
            double cpu = cpu_seconds() - cpu0;
            std::printf("lookup %.3f s, tagging %.3f s, parsing %.3f s\n", lookup_s, tag_s, parse_s);
            struct rusage usage;
            getrusage(RUSAGE_SELF, &usage);
            std::printf("words %zu tokens %zu wall_seconds %.3f cpu_seconds %.3f words_per_cpu_second %.0f "
                        "tokens_per_cpu_second %.0f peak_rss_mb %.1f\n",
                        words, tokens, secs, cpu, words / cpu, tokens / cpu, usage.ru_maxrss / 1024.0);
            return 0;
        }
        for (ud::Sentence& s : system) analyser.analyse(s);
        if (a.command == "analyse") {
            ud::write_conllu(std::cout, system);
            return 0;
        }
        if (!a.output.empty()) {
            std::ofstream out(a.output);
            ud::write_conllu(out, system);
            if (!out) throw std::runtime_error(a.output + ": write failed");
        }
        ud::UdScores s = ud::evaluate(gold, system);
        std::printf("Metric   | Score\n");
        std::printf("UPOS     | %6.2f\n", s.percent(s.upos));
        std::printf("UFeats   | %6.2f\n", s.percent(s.ufeats));
        std::printf("Lemmas   | %6.2f\n", s.percent(s.lemmas));
        std::printf("UAS      | %6.2f\n", s.percent(s.uas));
        std::printf("LAS      | %6.2f\n", s.percent(s.las));
        std::printf("(%zu words)\n", s.words);
        return 0;
    }
    throw std::invalid_argument("unknown command " + a.command);
}

}  // namespace

int main(int argc, char** argv) {
    return trame::tools::tool_main<Args>("trame-train", kUsage, argc, argv, parse_args, run);
}
