#include "analysis/morphology.h"

#include <algorithm>

#include "analysis/apertium_engines.h"
#include "analysis/apertium_stream.h"
#include "learn/perceptron.h"

namespace trame::ud {

const std::vector<std::string>& upos_tags() {
    static const std::vector<std::string> tags = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                                  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
    return tags;
}

int upos_index(const std::string& upos) {
    const auto& tags = upos_tags();
    for (std::size_t i = 0; i < tags.size(); ++i)
        if (tags[i] == upos) return static_cast<int>(i);
    return -1;
}

namespace {

std::uint32_t bit(const char* upos) { return 1u << upos_index(upos); }

constexpr std::size_t kMemoLimit = 500000;

}  // namespace

std::uint32_t upos_mask_of_apertium(const std::string& t) {
    if (t == "n") return bit("NOUN");
    if (t == "np") return bit("PROPN");
    if (t == "adj") return bit("ADJ");
    if (t == "vblex") return bit("VERB");
    if (t == "vbser" || t == "vbhaver" || t == "vbmod" || t == "vaux") return bit("AUX") | bit("VERB");
    if (t == "adv" || t == "preadv") return bit("ADV");
    if (t == "pr") return bit("ADP");
    if (t == "det" || t == "predet") return bit("DET");
    if (t == "prn") return bit("PRON");
    if (t == "rel") return bit("PRON") | bit("ADV");
    if (t == "cnjcoo") return bit("CCONJ");
    if (t == "cnjsub") return bit("SCONJ");
    if (t == "cnjadv") return bit("ADV") | bit("SCONJ") | bit("CCONJ");
    if (t == "num") return bit("NUM") | bit("DET");
    if (t == "ij") return bit("INTJ");
    if (t == "sent" || t == "cm" || t == "lpar" || t == "rpar" || t == "lquot" || t == "rquot" || t == "guio" ||
        t == "apos" || t == "quot" || t == "percent")
        return bit("PUNCT") | bit("SYM");
    if (t == "abbr") return bit("NOUN") | bit("PROPN");
    return 0;
}

MorphEntry make_entry(std::vector<MorphCandidate> candidates) {
    MorphEntry e;
    std::vector<std::string> coarse, fine;
    for (MorphCandidate& c : candidates) {
        c.upos_mask = c.tags.empty() ? 0 : upos_mask_of_apertium(c.tags[0]);
        e.upos_mask |= c.upos_mask;
        std::string joined;
        for (const std::string& t : c.tags) joined += t + ".";
        fine.push_back(joined);
        coarse.push_back(c.tags.empty() ? std::string() : c.tags[0]);
    }
    auto hash_set = [](std::vector<std::string>& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        std::string all = v.empty() ? std::string("<unknown>") : std::string();
        for (const std::string& s : v) all += s + "|";
        return learn::hash_string(all);
    };
    e.coarse = hash_set(coarse);
    e.fine = hash_set(fine);
    e.candidates = std::move(candidates);
    return e;
}

Morphology::Morphology(const std::string& automorf_path)
    : analyser_(std::make_unique<apertium::MorphAnalyser>(automorf_path)) {}

Morphology::~Morphology() = default;

std::vector<std::shared_ptr<const MorphEntry>> Morphology::lookup(const std::vector<std::string>& forms) {
    if (memo_.size() > kMemoLimit) memo_.clear();
    std::vector<std::shared_ptr<const MorphEntry>> out(forms.size());
    std::vector<std::string> chunks;
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < forms.size(); ++i) {
        auto it = memo_.find(forms[i]);
        if (it != memo_.end()) {
            out[i] = it->second;
        } else {
            missing.push_back(i);
            chunks.push_back(apertium::escape(forms[i]));
        }
    }
    if (chunks.empty()) return out;
    std::vector<std::string> streams = analyser_->analyse(chunks);
    for (std::size_t k = 0; k < missing.size(); ++k) {
        std::vector<apertium::LexicalUnit> units = apertium::parse_stream(streams[k]);
        std::vector<MorphCandidate> candidates;
        if (units.size() == 1) {
            for (const std::string& a : units[0].analyses) {
                if (apertium::is_unknown(a)) continue;
                std::vector<apertium::AnalysisPart> parts = apertium::split_analysis(a);
                if (parts.empty()) continue;
                MorphCandidate c;
                c.lemma = parts[0].lemma;
                c.tags = parts[0].tags;
                candidates.push_back(std::move(c));
            }
        }
        auto entry = std::make_shared<const MorphEntry>(make_entry(std::move(candidates)));
        out[missing[k]] = entry;
        memo_.emplace(forms[missing[k]], std::move(entry));
    }
    return out;
}

}  // namespace trame::ud
