#include "rdf/serd_reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace trame {

std::string_view serd_text(const SerdNode* node) {
    if (!node || !node->buf) return {};
    return {reinterpret_cast<const char*>(node->buf), node->n_bytes};
}

SerdFileReader::SerdFileReader(std::string path) : path_(std::move(path)), env_(serd_env_new(nullptr)) {
    if (!env_) throw std::runtime_error("cannot create a Serd environment");
}

std::string SerdFileReader::expand(const SerdNode* node) const {
    SerdNode expanded = serd_env_expand_node(env_.get(), node);
    if (!expanded.buf) throw std::invalid_argument("cannot expand <" + std::string(serd_text(node)) + ">");
    std::string iri(reinterpret_cast<const char*>(expanded.buf), expanded.n_bytes);
    serd_node_free(&expanded);
    return iri;
}

void SerdFileReader::read(const OnStatement& on_statement, const OnEnd& on_end, const std::string& blank_prefix) {
    const bool standard_input = path_ == "-";
    FilePtr file(standard_input ? nullptr : std::fopen(path_.c_str(), "rb"));
    if (!standard_input && !file) throw std::runtime_error("cannot open " + path_ + ": " + std::strerror(errno));
    if (!standard_input && std::filesystem::is_directory(path_))
        throw std::runtime_error("cannot read " + path_ + ": is a directory");
    SerdReaderPtr reader(serd_reader_new(standard_input ? SERD_TRIG : serd_syntax_of_file(path_), this, nullptr,
                                         &on_base, &on_prefix, &SerdFileReader::on_statement, &SerdFileReader::on_end));
    if (!reader) throw std::runtime_error("cannot create a Serd reader for " + path_);
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), &on_error, this);
    if (!blank_prefix.empty()) serd_reader_add_blank_prefix(reader.get(), reinterpret_cast<const uint8_t*>(blank_prefix.c_str()));
    statement_handler_ = &on_statement;
    end_handler_ = on_end ? &on_end : nullptr;
    error_.clear();
    const std::string name = standard_input ? "(stdin)" : path_;
    const SerdStatus status = serd_reader_read_file_handle(reader.get(), standard_input ? stdin : file.get(),
                                                           reinterpret_cast<const uint8_t*>(name.c_str()));
    statement_handler_ = nullptr;
    end_handler_ = nullptr;
    if (!error_.empty()) throw std::runtime_error(error_);
    // Serd reports an input without any statement, such as an empty file, as SERD_FAILURE.
    if (status != SERD_SUCCESS && status != SERD_FAILURE)
        throw std::runtime_error("cannot read " + path_ + ": " + reinterpret_cast<const char*>(serd_strerror(status)));
}

SerdStatus SerdFileReader::on_base(void* handle, const SerdNode* uri) {
    return serd_env_set_base_uri(static_cast<SerdFileReader*>(handle)->env_.get(), uri);
}

SerdStatus SerdFileReader::on_prefix(void* handle, const SerdNode* name, const SerdNode* uri) {
    return serd_env_set_prefix(static_cast<SerdFileReader*>(handle)->env_.get(), name, uri);
}

SerdStatus SerdFileReader::guarded(const std::function<void()>& handler) {
    if (!error_.empty()) return SERD_ERR_BAD_ARG;
    try {
        handler();
    } catch (const std::exception& e) {
        error_ = path_ + ": " + e.what();
        return SERD_ERR_BAD_ARG;
    }
    return SERD_SUCCESS;
}

SerdStatus SerdFileReader::on_statement(void* handle, SerdStatementFlags flags, const SerdNode* graph,
                                        const SerdNode* subject, const SerdNode* predicate, const SerdNode* object,
                                        const SerdNode* datatype, const SerdNode* language) {
    auto& reader = *static_cast<SerdFileReader*>(handle);
    return reader.guarded([&] {
        (*reader.statement_handler_)(SerdStatement{flags, graph, subject, predicate, object, datatype, language});
    });
}

SerdStatus SerdFileReader::on_end(void* handle, const SerdNode* node) {
    auto& reader = *static_cast<SerdFileReader*>(handle);
    if (!reader.end_handler_) return SERD_SUCCESS;
    return reader.guarded([&] { (*reader.end_handler_)(node); });
}

SerdStatus SerdFileReader::on_error(void* handle, const SerdError* error) {
    auto& reader = *static_cast<SerdFileReader*>(handle);
    if (reader.error_.empty()) reader.error_ = "invalid RDF in " + serd_error_text(*error, reader.path_);
    return SERD_SUCCESS;
}

}  // namespace trame
