// The content hash that recognizes an article whatever its file is called.
#pragma once

#include <string>
#include <string_view>

namespace trame {

/// The SHA-256 of `text`'s UTF-8 bytes as 64 lowercase hex digits, computed with OpenSSL. Of a
/// document's NFC text (Document::text), it is the document's trame:contentHash, by which
/// `trame extract --into` knows an article the graph already holds: `sha256sum` of the same
/// text gives the same digits.
std::string content_hash(std::string_view text);

}  // namespace trame
