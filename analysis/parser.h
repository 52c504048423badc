// The dependency parser: arc-hybrid transitions (SHIFT, LEFT, RIGHT, the root at the end of the
// buffer, exactly one root word), chosen greedily by an averaged perceptron trained with a dynamic
// oracle and exploration; a second perceptron labels each arc when it is made.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/ud.h"
#include "learn/perceptron.h"

namespace trame::ud {

/// Sizes and schedule of parser training.
struct ParserOptions {
    unsigned transition_bits = 20;  ///< log2 of the transition model's feature slots.
    unsigned label_bits = 16;       ///< log2 of the label model's feature slots.
    int epochs = 15;                ///< At most this many passes; the best dev LAS is kept.
    double explore = 0.9;           ///< From epoch 2, follow a wrong prediction this often.
    std::uint64_t seed = 7;
};

/// The three arc-hybrid transitions.
enum class Transition { shift = 0, left = 1, right = 2 };

/// Parser configuration over n words: a stack, the buffer front (n stands for the root, which
/// sits at the end of the buffer), and the arcs made so far.
struct ParseState {
    explicit ParseState(std::size_t n);
    std::size_t n;
    std::vector<int> stack;
    int buffer = 0;                       ///< Front of the buffer; n once only the root is left.
    std::vector<int> head;                ///< -2 while unattached, -1 for the root word.
    std::vector<int> label;               ///< Label index per word, -1 while unattached.
    std::vector<int> left1, left2, right1, right2;  ///< Outermost children per word (-1 none).
    std::vector<int> left_count, right_count;
    std::vector<std::uint64_t> child_labels;  ///< Per word, a bit per label index (< 64) of its children.
    bool terminal() const { return stack.empty() && buffer == static_cast<int>(n); }
    bool legal(Transition t) const;
    /// The head of the arc LEFT or RIGHT makes now (-1: the root); its dependent is stack.back().
    int arc_head(Transition t) const {
        if (t == Transition::left) return buffer == static_cast<int>(n) ? -1 : buffer;
        return stack[stack.size() - 2];
    }
    /// Applies t; for an arc, the dependent gets label index `label`.
    void apply(Transition t, int label);
    /// Gold-tree losses of each transition for the dynamic oracle (gold_head: word index, or n
    /// for the root). A large cost for an illegal transition.
    int cost(Transition t, const std::vector<int>& gold_head) const;
};

/// Makes a tree projective by lifting each non-projective arc to the head's head, shortest
/// arcs first; heads are word indices with -1 for the root. Returns the number of lifts.
std::size_t projectivize(std::vector<int>& heads);

/// True when `heads` (-1 for the root) is a tree with exactly one root word.
bool is_single_rooted_tree(const std::vector<int>& heads);

/// A trained parser. Inference is const and keeps no state between sentences.
class Parser {
public:
    /// Trains on `train` (gold UPOS, FEATS, LEMMA, HEAD, DEPREL; non-projective trees are
    /// projectivized by lifting, sentences that are not single-rooted trees are skipped), keeping
    /// the epoch with the best LAS on `dev` when it is not empty.
    static Parser train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                        const ParserOptions& options, std::ostream* log);

    /// Sets head and deprel of every word from forms, lemmas, UPOS and FEATS.
    void parse(Sentence& sentence) const;

    void save(const std::string& path) const;
    /// Throws learn::ModelError naming the file when it is missing, truncated or not a parser.
    static Parser load(const std::string& path);

    struct Context;  // per-sentence word values (internal)

private:
    void run(const Context& c, ParseState& state) const;

    learn::Perceptron transitions_;
    learn::Perceptron labels_;
    std::vector<std::string> label_names_;
    int root_label_ = 0;

    friend struct ParserTrainer;
};

}  // namespace trame::ud
