// Building a Mention by hand, for the callers that make documents without reading text: the tests
// and the reconciliation benchmark.
#pragma once

#include <string>
#include <utility>

#include "document/mention.h"

namespace trame {

/// A mention of `type` written `text`, named `name`, standing for `canonical`, at no token span yet
/// (the caller sets the span and the flags it needs).
inline Mention named_mention(std::string text, std::string name, std::string canonical, EntityType type) {
    Mention m;
    m.text = std::move(text);
    m.name = std::move(name);
    m.canonical = std::move(canonical);
    m.type = type;
    return m;
}

}  // namespace trame
