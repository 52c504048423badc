// trame-train: trains the tagger and the parser on CoNLL-U files, scores them on a gold file, and
// times them (see the usage text below).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/conllu.h"
#include "analysis/parser.h"
#include "analysis/syntax.h"
#include "analysis/tagger.h"
#include "analysis/ud_eval.h"

using namespace trame;

namespace {

const char* kUsage =
    "usage:\n"
    "  trame-train tagger --train F1[,F2...] [--dev F] -o MODEL [--epochs N] [--seed S] [--apertium AUTOMORF]\n"
    "  trame-train parser --train F1[,F2...] [--dev F] -o MODEL [--epochs N] [--seed S]\n"
    "  trame-train evaluate --model-dir DIR GOLD.conllu [--output SYSTEM.conllu] [--apertium AUTOMORF]\n"
    "  trame-train analyse --model-dir DIR IN.conllu [--apertium AUTOMORF]   (CoNLL-U on stdout)\n"
    "  trame-train benchmark --model-dir DIR IN.conllu [--repeat N] [--apertium AUTOMORF]\n"
    "Training reads gold CoNLL-U; tagging and parsing use only the FORMs of the input's words.\n";

struct Args {
    std::string command;
    std::vector<std::string> train;
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
            ud::Morphology morph(a.apertium);
            auto tm = lookup_all(morph, train);
            auto dm = lookup_all(morph, dev);
            ud::Tagger t = ud::Tagger::train(train, tm, dev, dm, o, &std::cerr);
            t.save(a.output);
        } else {
            ud::ParserOptions o;
            if (a.epochs) o.epochs = a.epochs;
            if (a.has_seed) o.seed = a.seed;
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
            std::size_t words = 0;
            auto t0 = std::chrono::steady_clock::now();
            for (int r = 0; r < a.repeat; ++r)
                for (const ud::Sentence& s : system) {
                    ud::Sentence copy = s;
                    analyser.analyse(copy);
                    words += copy.words.size();
                }
            double secs = seconds_since(t0);
            struct rusage usage;
            getrusage(RUSAGE_SELF, &usage);
            std::printf("words %zu seconds %.3f words/s %.0f peak_rss_mb %.1f\n", words, secs, words / secs,
                        usage.ru_maxrss / 1024.0);
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
    Args args;
    try {
        args = parse_args(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "trame-train: " << e.what() << "\n" << kUsage;
        return 2;
    }
    try {
        return run(args);
    } catch (const std::exception& e) {
        std::cerr << "trame-train: " << e.what() << "\n";
        return 1;
    }
}
