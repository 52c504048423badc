#include "analysis/apertium_engines.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <unicode/ustdio.h>

#include <apertium/file_morpho_stream.h>
#include <apertium/hmm.h>
#include <apertium/tagger_flags.h>
#include <apertium/tagger_word.h>
#include <cg3.h>
#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>

namespace trame::apertium {

namespace {

std::runtime_error failure(const std::string& what) {
    return std::runtime_error("analyser: " + what);
}

std::runtime_error system_failure(const std::string& what) {
    return failure(what + ": " + std::strerror(errno));
}

/// Owns a FILE* and closes it.
struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

FilePtr open_file(const std::string& path) {
    FilePtr f(std::fopen(path.c_str(), "rb"));
    if (!f) throw system_failure("cannot open " + path);
    return f;
}

/// An in-memory output file that ICU can write UTF-8 to; text() closes it and returns the bytes.
class MemoryOutput {
public:
    MemoryOutput() {
        file_ = open_memstream(&buffer_, &size_);
        if (!file_) throw system_failure("open_memstream");
        ufile_ = u_finit(file_, nullptr, "UTF-8");
        if (!ufile_) {
            std::fclose(file_);
            std::free(buffer_);
            throw failure("u_finit failed");
        }
    }
    ~MemoryOutput() {
        close();
        std::free(buffer_);
    }
    MemoryOutput(const MemoryOutput&) = delete;
    MemoryOutput& operator=(const MemoryOutput&) = delete;

    UFILE* ufile() { return ufile_; }
    std::string text() {
        close();
        return std::string(buffer_, size_);
    }

private:
    void close() {
        if (ufile_) u_fclose(ufile_);  // flushes, but leaves file_ open
        if (file_) std::fclose(file_);
        ufile_ = nullptr;
        file_ = nullptr;
    }

    char* buffer_ = nullptr;
    std::size_t size_ = 0;
    FILE* file_ = nullptr;
    UFILE* ufile_ = nullptr;
};

/// An anonymous in-memory file holding `bytes`, reachable by a /proc/self/fd path.
class MemoryFile {
public:
    explicit MemoryFile(const std::string& bytes) {
        fd_ = memfd_create("trame-hmm", MFD_CLOEXEC);
        if (fd_ < 0) throw system_failure("memfd_create");
        for (std::size_t done = 0; done < bytes.size();) {
            ssize_t n = write(fd_, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                int saved = errno;
                ::close(fd_);
                errno = saved;
                throw system_failure("writing the tagger input");
            }
            done += static_cast<std::size_t>(n);
        }
    }
    ~MemoryFile() { ::close(fd_); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

private:
    int fd_ = -1;
};

/// cg3_init must run once per process, before the first grammar is loaded.
void init_cg3_once() {
    static const bool ok = cg3_init(stdin, stdout, stderr) == CG3_SUCCESS;
    if (!ok) throw failure("cg3_init failed");
}

}  // namespace

// ---- lttoolbox ----------------------------------------------------------------------------

MorphAnalyser::MorphAnalyser(const std::string& path) : fst_(std::make_unique<FSTProcessor>()) {
    FilePtr f = open_file(path);
    fst_->load(f.get());
    fst_->setDictionaryCaseMode(true);
    fst_->initAnalysis();
    if (!fst_->valid()) throw failure("invalid lttoolbox transducer " + path);
}

MorphAnalyser::~MorphAnalyser() = default;

std::vector<std::string> MorphAnalyser::analyse(const std::vector<std::string>& escaped_chunks) {
    std::string input;
    for (const std::string& chunk : escaped_chunks) {
        input += chunk;
        input += "\n";  // lttoolbox 3.7.1 drops a word that touches '\0' or the end of input
        input += '\0';
    }
    FILE* in = fmemopen(input.data(), input.size(), "rb");
    if (!in) throw system_failure("fmemopen");
    InputFile input_file;
    input_file.wrap(in);  // closes `in`
    MemoryOutput output;
    fst_->setNullFlush(true);  // the null-flush analysis resets the flag, so set it every call
    fst_->analysis(input_file, output.ufile());
    std::string text = output.text();

    std::vector<std::string> streams;
    std::size_t start = 0;
    while (streams.size() < escaped_chunks.size()) {
        std::size_t nul = text.find('\0', start);
        if (nul == std::string::npos) throw failure("lttoolbox returned fewer chunks than it was given");
        streams.push_back(text.substr(start, nul - start));
        start = nul + 1;
    }
    return streams;
}

// ---- CG-3 ---------------------------------------------------------------------------------

ConstraintGrammar::ConstraintGrammar(const std::string& path) {
    init_cg3_once();
    grammar_ = cg3_grammar_load(path.c_str());
    if (!grammar_) throw failure("cg3_grammar_load failed on " + path);
    applicator_ = cg3_applicator_create(grammar_);
    if (!applicator_) {
        cg3_grammar_free(grammar_);
        throw failure("cg3_applicator_create failed on " + path);
    }
}

ConstraintGrammar::~ConstraintGrammar() {
    cg3_applicator_free(applicator_);
    cg3_grammar_free(grammar_);
}

void* ConstraintGrammar::tag(const std::string& text) {
    auto it = tags_.find(text);
    if (it != tags_.end()) return it->second;
    cg3_tag* t = cg3_tag_create_u8(applicator_, text.c_str());
    if (!t) throw failure("cg3_tag_create_u8 failed on " + text);
    return tags_.emplace(text, t).first->second;
}

void ConstraintGrammar::add_tag(void* reading, const std::string& text) {
    if (cg3_reading_addtag(reading, tag(text)) != CG3_SUCCESS) throw failure("cg3_reading_addtag failed on " + text);
}

void ConstraintGrammar::add_part(void* reading, const AnalysisPart& part) {
    add_tag(reading, "\"" + part.lemma + "\"");
    for (const std::string& t : part.tags) add_tag(reading, t);
}

void* ConstraintGrammar::make_reading(void* cohort, const std::string& analysis, bool window_end) {
    std::vector<AnalysisPart> parts = split_analysis(analysis);
    cg3_reading* reading = cg3_reading_create(cohort);  // adds the wordform tag itself
    if (!reading) throw failure("cg3_reading_create failed");
    add_part(reading, parts[0]);
    if (window_end) add_tag(reading, "<<<");
    cg3_reading* previous = reading;
    for (std::size_t p = 1; p < parts.size(); ++p) {  // the grammar reads sub-readings left to right
        cg3_reading* sub = cg3_subreading_create(reading);
        if (!sub) throw failure("cg3_subreading_create failed");
        add_part(sub, parts[p]);
        if (cg3_reading_setsubreading(previous, sub) != CG3_SUCCESS) throw failure("cg3_reading_setsubreading failed");
        previous = sub;
    }
    return reading;
}

void ConstraintGrammar::disambiguate(std::vector<LexicalUnit>& units, std::size_t first, std::size_t last) {
    if (first >= last) return;
    std::unique_ptr<void, void (*)(void*)> sentence(cg3_sentence_new(applicator_), cg3_sentence_free);
    if (!sentence) throw failure("cg3_sentence_new failed");
    std::unordered_map<cg3_reading*, std::size_t> analysis_of;  // reading -> index in analyses
    for (std::size_t u = first; u < last; ++u) {
        cg3_cohort* cohort = cg3_cohort_create(sentence.get());
        if (!cohort) throw failure("cg3_cohort_create failed");
        cg3_cohort_setwordform(cohort, tag("\"<" + units[u].surface + ">\""));
        for (std::size_t a = 0; a < units[u].analyses.size(); ++a) {
            cg3_reading* reading = make_reading(cohort, units[u].analyses[a], u + 1 == last);
            cg3_cohort_addreading(cohort, reading);
            analysis_of[reading] = a;
        }
        cg3_sentence_addcohort(sentence.get(), cohort);
    }
    cg3_sentence_runrules(applicator_, sentence.get());

    for (std::size_t u = first; u < last; ++u) {
        cg3_cohort* cohort = cg3_sentence_getcohort(sentence.get(), u - first + 1);  // 0 is >>>
        std::vector<std::size_t> kept;
        for (std::size_t r = 0; r < cg3_cohort_numreadings(cohort); ++r) {
            auto it = analysis_of.find(cg3_cohort_getreading(cohort, r));
            if (it != analysis_of.end()) kept.push_back(it->second);
        }
        if (kept.empty()) continue;
        std::sort(kept.begin(), kept.end());  // keep the analyser's order
        std::vector<std::string> survivors;
        for (std::size_t a : kept) survivors.push_back(units[u].analyses[a]);
        units[u].analyses = std::move(survivors);
    }
}

// ---- HMM tagger ---------------------------------------------------------------------------

HmmTagger::HmmTagger(const std::string& path) : flags_(std::make_unique<Apertium::TaggerFlags>()) {
    flags_->setShowSuperficial(true);  // before constructing: the tagger copies its flags
    hmm_ = std::make_unique<HMM>(*flags_);
    FilePtr f = open_file(path);
    hmm_->deserialise(f.get());
    TaggerWord::setArrayTags(hmm_->getArrayTags());
    TaggerWord::generate_marks = false;
}

HmmTagger::~HmmTagger() = default;

std::string HmmTagger::tag(const std::string& stream) {
    MemoryFile input(stream);
    MemoryOutput output;
    {
        FileMorphoStream morpho(input.path().c_str(), false, &hmm_->get_tagger_data());
        hmm_->tagger(morpho, output.ufile());
    }
    return output.text();
}

}  // namespace trame::apertium
